// SPDX-License-Identifier: MIT
// Over 450 lines on purpose: the bash, zsh and fish scripts are mostly shell text, generated
// from one collection of words; split, each would repeat that collection's walk.
#include "Completion.h"

#include "CommandCatalog.h"
#include "api/ApiVersion.h"
#include "core/AssociationCategory.h"
#include "core/ObjectType.h"

#include <QRegularExpression>

namespace assoc::cli {

namespace {

// What the shells need to know, read from the catalogue and the options.
enum class ValueKind { Flag, Text, File, Choice };
enum class ArgumentKind { Free, ObjectType, SchemaSource, Shell };

struct OptionWords {
    QStringList spellings; // "-o", "--output"
    QString valueName;     // "file"; empty for a flag
    QString description;   // the first sentence of its help
    ValueKind value = ValueKind::Flag;
    QStringList choices;
};

struct ArgumentWords {
    QString placeholder; // "FROM"
    ArgumentKind kind = ArgumentKind::Free;
    bool optional = false; // in brackets in the synopsis
    bool repeats = false;  // "ID..."
};

struct CommandWords {
    QString name;
    QString summary;
    bool listed = true; // hidden commands are completed only once typed
    QList<OptionWords> options;
    QList<ArgumentWords> arguments;
};

struct Words {
    QList<OptionWords> globalOptions;
    QList<CommandWords> commands;
    QStringList objectTypes;
    QStringList shells;
};

QString firstSentence(const QString &text) {
    static const QRegularExpression end(QStringLiteral("\\.(\\s|$)"));
    const QRegularExpressionMatch match = end.match(text);
    return match.hasMatch() ? text.left(match.capturedStart() + 1) : text;
}

// Values the command line accepts for an option, where they are a short list.
QStringList choicesOf(const QString &longName) {
    if (longName == QLatin1String("api-version"))
        return ApiVersions::ids();
    if (longName == QLatin1String("objects"))
        return {QStringLiteral("auto"), QStringLiteral("core"), QStringLiteral("all")};
    if (longName == QLatin1String("category")) {
        QStringList names;
        for (const auto kind :
             {AssociationCategory::UserDefined, AssociationCategory::HubSpotDefined,
              AssociationCategory::IntegratorDefined, AssociationCategory::Work})
            names.append(AssociationCategory(kind).apiName());
        return names;
    }
    return {};
}

OptionWords optionWords(const QCommandLineOption &option) {
    OptionWords words;
    for (const QString &name : option.names())
        words.spellings.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) +
                               name);
    words.valueName = option.valueName();
    words.description = firstSentence(option.description());
    words.choices = choicesOf(option.names().constLast());
    if (words.valueName.isEmpty())
        words.value = ValueKind::Flag;
    else if (!words.choices.isEmpty())
        words.value = ValueKind::Choice;
    else if (words.valueName == QLatin1String("file"))
        words.value = ValueKind::File;
    else
        words.value = ValueKind::Text;
    return words;
}

ArgumentKind argumentKind(const QString &placeholder) {
    if (placeholder == QLatin1String("FROM") || placeholder == QLatin1String("TO"))
        return ArgumentKind::ObjectType;
    if (placeholder == QLatin1String("SOURCE") || placeholder == QLatin1String("TARGET"))
        return ArgumentKind::SchemaSource;
    if (placeholder == QLatin1String("SHELL"))
        return ArgumentKind::Shell;
    return ArgumentKind::Free;
}

// The positional arguments of a synopsis such as "delete-label FROM TO ID [ID...]": the words
// after the command name, up to the first option or the "|" before another form of it.
QList<ArgumentWords> argumentsOf(const CommandSpec &spec) {
    QList<ArgumentWords> arguments;
    const QStringList tokens = spec.synopsis.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool inBrackets = false;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        QString token = tokens.at(i);
        const bool opens = token.startsWith(QLatin1Char('['));
        if (opens)
            token.remove(0, 1);
        if (token.startsWith(QLatin1Char('-')) || token == QLatin1String("|"))
            break;
        const bool closes = token.endsWith(QLatin1Char(']'));
        if (closes)
            token.chop(1);
        ArgumentWords argument;
        argument.repeats = token.endsWith(QLatin1String("..."));
        if (argument.repeats)
            token.chop(3);
        argument.optional = inBrackets || opens;
        argument.placeholder = token;
        argument.kind = argumentKind(token);
        arguments.append(argument);
        inBrackets = (inBrackets || opens) && !closes;
    }
    return arguments;
}

Words collectWords(const QList<QCommandLineOption> &options) {
    QStringList commandOptions;
    for (const CommandSpec &spec : CommandCatalog::all())
        commandOptions += spec.options;

    Words words;
    for (const QCommandLineOption &option : options) {
        if (!commandOptions.contains(option.names().constLast()))
            words.globalOptions.append(optionWords(option));
    }
    for (const CommandSpec &spec : CommandCatalog::all()) {
        CommandWords command;
        command.name = spec.name;
        command.summary = firstSentence(spec.summary);
        command.listed = !spec.hidden;
        for (const QCommandLineOption &option : options) {
            if (spec.options.contains(option.names().constLast()))
                command.options.append(optionWords(option));
        }
        command.arguments = argumentsOf(spec);
        words.commands.append(command);
    }
    for (const ObjectType &type : StandardObjectTypes::all())
        words.objectTypes.append(type.name);
    words.shells = Completion::shellNames();
    return words;
}

// The placeholders of one kind, across all commands: "FROM", "TO".
QStringList placeholdersOf(const Words &words, ArgumentKind kind) {
    QStringList placeholders;
    for (const CommandWords &command : words.commands) {
        for (const ArgumentWords &argument : command.arguments) {
            if (argument.kind == kind && !placeholders.contains(argument.placeholder))
                placeholders.append(argument.placeholder);
        }
    }
    return placeholders;
}

// A word for a POSIX shell or fish, in single quotes.
QString shellQuoted(QString text) {
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) +
           QLatin1Char('\'');
}

QString fishQuoted(QString text) {
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QStringList spellingsOf(const QList<OptionWords> &options, ValueKind kind) {
    QStringList spellings;
    for (const OptionWords &option : options) {
        if (option.value == kind)
            spellings += option.spellings;
    }
    return spellings;
}

QStringList valuedSpellings(const Words &words) {
    QStringList spellings;
    QList<OptionWords> all = words.globalOptions;
    for (const CommandWords &command : words.commands)
        all += command.options;
    for (const OptionWords &option : all) {
        if (option.value != ValueKind::Flag) {
            for (const QString &spelling : option.spellings) {
                if (!spellings.contains(spelling))
                    spellings.append(spelling);
            }
        }
    }
    return spellings;
}

// Every option once: the global ones, then each command's.
QList<OptionWords> everyOption(const Words &words) {
    QList<OptionWords> all = words.globalOptions;
    QStringList seen;
    for (const OptionWords &option : all)
        seen += option.spellings;
    for (const CommandWords &command : words.commands) {
        for (const OptionWords &option : command.options) {
            if (!seen.contains(option.spellings.constLast())) {
                seen += option.spellings;
                all.append(option);
            }
        }
    }
    return all;
}

QString header(const QString &shell) {
    return QStringLiteral("# %1 completion for assocctl.\n"
                          "# Written by \"assocctl completion %1\" from assocctl's own command "
                          "catalogue; do not edit.\n")
        .arg(shell);
}

// ---------------------------------------------------------------------------------------------
// bash: a function for `complete -F`; it reads COMP_WORDS and COMP_CWORD and fills COMPREPLY.
QString bashScript(const Words &words) {
    QString valueCases;
    const QList<OptionWords> options = everyOption(words);
    const QStringList files = spellingsOf(options, ValueKind::File);
    if (!files.isEmpty())
        valueCases += QStringLiteral("        %1) _assocctl_files \"$cur\" ;;\n")
                          .arg(files.join(QLatin1Char('|')));
    for (const OptionWords &option : options) {
        if (option.value == ValueKind::Choice)
            valueCases += QStringLiteral("        %1) _assocctl_words \"$cur\" %2 ;;\n")
                              .arg(option.spellings.join(QLatin1Char('|')),
                                   shellQuoted(option.choices.join(QLatin1Char(' '))));
    }

    QStringList globals;
    for (const OptionWords &option : words.globalOptions)
        globals += option.spellings;
    QString optionCases;
    QString argumentCases;
    QStringList listed;
    for (const CommandWords &command : words.commands) {
        if (command.listed)
            listed.append(command.name);
        QStringList own;
        for (const OptionWords &option : command.options)
            own += option.spellings;
        if (!own.isEmpty())
            optionCases +=
                QStringLiteral("        %1) options+=%2 ;;\n")
                    .arg(command.name, shellQuoted(QLatin1Char(' ') + own.join(QLatin1Char(' '))));
        QStringList placeholders;
        for (const ArgumentWords &argument : command.arguments)
            placeholders.append(argument.placeholder +
                                (argument.repeats ? QStringLiteral("...") : QString()));
        if (!placeholders.isEmpty())
            argumentCases += QStringLiteral("        %1) arguments=(%2) ;;\n")
                                 .arg(command.name, placeholders.join(QLatin1Char(' ')));
    }

    QString kindCases;
    const QStringList typePlaceholders = placeholdersOf(words, ArgumentKind::ObjectType);
    if (!typePlaceholders.isEmpty())
        kindCases += QStringLiteral("        %1) _assocctl_words \"$cur\" %2 ;;\n")
                         .arg(typePlaceholders.join(QLatin1Char('|')),
                              shellQuoted(words.objectTypes.join(QLatin1Char(' '))));
    const QStringList sourcePlaceholders = placeholdersOf(words, ArgumentKind::SchemaSource);
    if (!sourcePlaceholders.isEmpty())
        kindCases += QStringLiteral("        %1)\n"
                                    "            _assocctl_files \"$cur\"\n"
                                    "            [[ portal == \"$cur\"* ]] && COMPREPLY+=(portal)\n"
                                    "            ;;\n")
                         .arg(sourcePlaceholders.join(QLatin1Char('|')));
    const QStringList shellPlaceholders = placeholdersOf(words, ArgumentKind::Shell);
    if (!shellPlaceholders.isEmpty())
        kindCases += QStringLiteral("        %1) _assocctl_words \"$cur\" %2 ;;\n")
                         .arg(shellPlaceholders.join(QLatin1Char('|')),
                              shellQuoted(words.shells.join(QLatin1Char(' '))));

    QString script = header(QStringLiteral("bash")) + QStringLiteral(R"(
_assocctl_words()
{
    mapfile -t COMPREPLY < <(compgen -W "$2" -- "$1")
}

_assocctl_files()
{
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$1")
}

# Whether option $1 takes a value.
_assocctl_takes_value()
{
    case $1 in
        @VALUED@) return 0 ;;
    esac
    return 1
}

_assocctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]} option=
    ((COMP_CWORD > 0)) && option=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # bash splits --option=value at the '=' into three words.
    if [[ $cur == = ]]; then
        cur=
    elif [[ $option == = ]] && ((COMP_CWORD > 1)); then
        option=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    if _assocctl_takes_value "$option"; then
        case $option in
@VALUE_CASES@        esac
        return 0
    fi

    # The command is the first word that is neither an option nor an option's value; the
    # words after it are its arguments.
    local i word command= position=0 only_arguments=
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ -z $only_arguments ]] && _assocctl_takes_value "$word"; then
            [[ ${COMP_WORDS[i + 1]} == = ]] && i=$((i + 1))
            i=$((i + 1))
        elif [[ -z $only_arguments && $word == -- ]]; then
            only_arguments=1
        elif [[ -z $only_arguments && $word == -* ]]; then
            :
        elif [[ -z $command ]]; then
            command=$word
        else
            position=$((position + 1))
        fi
    done

    if [[ -z $only_arguments && $cur == -* ]]; then
        local options=@GLOBAL_OPTIONS@
        case $command in
@OPTION_CASES@        esac
        _assocctl_words "$cur" "$options"
        return 0
    fi
    if [[ -z $command ]]; then
        _assocctl_words "$cur" @COMMANDS@
        return 0
    fi

    # The placeholder of the argument being typed, as in the command's synopsis; a last one
    # written "ID..." repeats.
    local -a arguments=()
    case $command in
@ARGUMENT_CASES@    esac
    local placeholder=${arguments[position]}
    if [[ -z $placeholder ]] && ((${#arguments[@]} > 0)) && [[ ${arguments[-1]} == *... ]]; then
        placeholder=${arguments[-1]}
    fi
    case ${placeholder%...} in
@KIND_CASES@    esac
    return 0
}

complete -F _assocctl assocctl
)");
    script.replace(QLatin1String("@VALUED@"), valuedSpellings(words).join(QLatin1Char('|')));
    script.replace(QLatin1String("@VALUE_CASES@"), valueCases);
    script.replace(QLatin1String("@GLOBAL_OPTIONS@"), shellQuoted(globals.join(QLatin1Char(' '))));
    script.replace(QLatin1String("@OPTION_CASES@"), optionCases);
    script.replace(QLatin1String("@COMMANDS@"), shellQuoted(listed.join(QLatin1Char(' '))));
    script.replace(QLatin1String("@ARGUMENT_CASES@"), argumentCases);
    script.replace(QLatin1String("@KIND_CASES@"), kindCases);
    return script;
}

// ---------------------------------------------------------------------------------------------
// zsh: a completion function for compsys (autoloaded from fpath through #compdef, or sourced).
QString zshDescription(QString text) {
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('['), QLatin1String("\\["));
    text.replace(QLatin1Char(']'), QLatin1String("\\]"));
    return text;
}

QString zshAction(const Words &words, ArgumentKind kind) {
    switch (kind) {
    case ArgumentKind::ObjectType:
        return QLatin1Char('(') + words.objectTypes.join(QLatin1Char(' ')) + QLatin1Char(')');
    case ArgumentKind::SchemaSource:
        return QStringLiteral("_assocctl_schema_source");
    case ArgumentKind::Shell:
        return QLatin1Char('(') + words.shells.join(QLatin1Char(' ')) + QLatin1Char(')');
    case ArgumentKind::Free:
        break;
    }
    return QStringLiteral(" ");
}

QString zshOptionSpecs(const QList<OptionWords> &options, const QString &indent) {
    QString specs;
    for (const OptionWords &option : options) {
        for (const QString &spelling : option.spellings) {
            QString spec = spelling;
            if (option.value != ValueKind::Flag && spelling.startsWith(QLatin1String("--")))
                spec += QLatin1Char('='); // --name value and --name=value
            spec += QLatin1Char('[') + zshDescription(option.description) + QLatin1Char(']');
            switch (option.value) {
            case ValueKind::Flag:
                break;
            case ValueKind::Text:
                spec += QLatin1Char(':') + option.valueName + QStringLiteral(": ");
                break;
            case ValueKind::File:
                spec += QLatin1Char(':') + option.valueName + QStringLiteral(":_files");
                break;
            case ValueKind::Choice:
                spec += QLatin1Char(':') + option.valueName + QStringLiteral(":(") +
                        option.choices.join(QLatin1Char(' ')) + QLatin1Char(')');
                break;
            }
            specs += indent + shellQuoted(spec) + QLatin1Char('\n');
        }
    }
    return specs;
}

QString zshScript(const Words &words) {
    QString commandList;
    QString commandCases;
    for (const CommandWords &command : words.commands) {
        if (command.listed)
            commandList += QStringLiteral("        ") +
                           shellQuoted(command.name + QLatin1Char(':') + command.summary) +
                           QLatin1Char('\n');
        QString specs = QStringLiteral("            _arguments : $global_options \\\n");
        const QString specIndent = QStringLiteral("              ");
        for (const QString &line : zshOptionSpecs(command.options, specIndent)
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            specs += line + QStringLiteral(" \\\n");
        for (qsizetype i = 0; i < command.arguments.size(); ++i) {
            const ArgumentWords &argument = command.arguments.at(i);
            const QString position =
                argument.repeats ? QStringLiteral("*") : QString::number(i + 1);
            const QString colons = argument.optional ? QStringLiteral("::") : QStringLiteral(":");
            specs += specIndent +
                     shellQuoted(position + colons + argument.placeholder + QLatin1Char(':') +
                                 zshAction(words, argument.kind)) +
                     QStringLiteral(" \\\n");
        }
        specs += QStringLiteral("              && ret=0\n");
        commandCases += QStringLiteral("          %1)\n").arg(command.name) + specs +
                        QStringLiteral("            ;;\n");
    }

    QString script =
        QStringLiteral("#compdef assocctl\n") + header(QStringLiteral("zsh")) + QStringLiteral(R"(
# A schema export file or the word portal (diff's SOURCE and TARGET).
_assocctl_schema_source() {
    _alternative 'portal:portal:(portal)' 'files:schema export file:_files'
}

_assocctl() {
    local curcontext=$curcontext state state_descr line ret=1
    typeset -A opt_args
    local -a global_options
    global_options=(
@GLOBAL_OPTIONS@    )

    _arguments -C : $global_options '1:command:->command' '*::argument:->argument' && ret=0
    case $state in
    command)
        local -a commands
        commands=(
@COMMANDS@        )
        _describe -t commands 'assocctl command' commands && ret=0
        ;;
    argument)
        curcontext=${curcontext%:*:*}:assocctl-$words[1]:
        case $words[1] in
@COMMAND_CASES@        esac
        ;;
    esac
    return ret
}

if [[ $funcstack[1] == _assocctl ]]; then
    _assocctl "$@"
else
    compdef _assocctl assocctl
fi
)");
    script.replace(QLatin1String("@GLOBAL_OPTIONS@"),
                   zshOptionSpecs(words.globalOptions, QStringLiteral("        ")));
    script.replace(QLatin1String("@COMMANDS@"), commandList);
    script.replace(QLatin1String("@COMMAND_CASES@"), commandCases);
    return script;
}

// ---------------------------------------------------------------------------------------------
// fish: `complete` rules whose conditions read the command line typed so far.
QString fishScript(const Words &words) {
    QString rules;
    QStringList listed;
    for (const CommandWords &command : words.commands) {
        if (!command.listed)
            continue;
        listed.append(command.name);
        rules += QStringLiteral("complete -c assocctl -n __assocctl_needs_command -a %1 -d %2\n")
                     .arg(command.name, fishQuoted(command.summary));
    }

    auto optionRule = [](const OptionWords &option, const QString &condition) {
        QString rule = QStringLiteral("complete -c assocctl");
        if (!condition.isEmpty())
            rule += QStringLiteral(" -n ") + fishQuoted(condition);
        for (const QString &spelling : option.spellings)
            rule += (spelling.startsWith(QLatin1String("--")) ? QStringLiteral(" -l ")
                                                              : QStringLiteral(" -s ")) +
                    spelling.mid(spelling.startsWith(QLatin1String("--")) ? 2 : 1);
        switch (option.value) {
        case ValueKind::Flag:
            break;
        case ValueKind::Text:
            rule += QStringLiteral(" -x");
            break;
        case ValueKind::File:
            rule += QStringLiteral(" -r -F");
            break;
        case ValueKind::Choice:
            rule += QStringLiteral(" -x -a ") + fishQuoted(option.choices.join(QLatin1Char(' ')));
            break;
        }
        return rule + QStringLiteral(" -d ") + fishQuoted(option.description) + QLatin1Char('\n');
    };
    rules += QStringLiteral("\n# Options of every command.\n");
    for (const OptionWords &option : words.globalOptions)
        rules += optionRule(option, {});
    rules += QStringLiteral("\n# Options of single commands.\n");
    for (const OptionWords &option : everyOption(words).mid(words.globalOptions.size())) {
        QStringList commands;
        for (const CommandWords &command : words.commands) {
            for (const OptionWords &own : command.options) {
                if (own.spellings == option.spellings)
                    commands.append(command.name);
            }
        }
        rules += optionRule(option, QStringLiteral("__assocctl_command_is ") +
                                        commands.join(QLatin1Char(' ')));
    }

    rules += QStringLiteral("\n# Arguments.\n");
    const QStringList types = placeholdersOf(words, ArgumentKind::ObjectType);
    if (!types.isEmpty())
        rules += QStringLiteral("complete -c assocctl -n %1 -a %2\n")
                     .arg(fishQuoted(QStringLiteral("__assocctl_placeholder_is ") +
                                     types.join(QLatin1Char(' '))),
                          fishQuoted(words.objectTypes.join(QLatin1Char(' '))));
    const QStringList sources = placeholdersOf(words, ArgumentKind::SchemaSource);
    if (!sources.isEmpty())
        rules += QStringLiteral("complete -c assocctl -n %1 -F -a portal\n")
                     .arg(fishQuoted(QStringLiteral("__assocctl_placeholder_is ") +
                                     sources.join(QLatin1Char(' '))));
    const QStringList shells = placeholdersOf(words, ArgumentKind::Shell);
    if (!shells.isEmpty())
        rules += QStringLiteral("complete -c assocctl -n %1 -a %2\n")
                     .arg(fishQuoted(QStringLiteral("__assocctl_placeholder_is ") +
                                     shells.join(QLatin1Char(' '))),
                          fishQuoted(words.shells.join(QLatin1Char(' '))));

    QString argumentCases;
    for (const CommandWords &command : words.commands) {
        QStringList placeholders;
        for (const ArgumentWords &argument : command.arguments)
            placeholders.append(argument.placeholder +
                                (argument.repeats ? QStringLiteral("...") : QString()));
        if (!placeholders.isEmpty())
            argumentCases += QStringLiteral("        case %1\n            set arguments %2\n")
                                 .arg(command.name, placeholders.join(QLatin1Char(' ')));
    }

    QString script = header(QStringLiteral("fish")) + QStringLiteral(R"(
# The words typed before the cursor that are neither options nor option values: the command,
# then its arguments.
function __assocctl_positionals
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip_value 0
    set -l only_arguments 0
    for token in $tokens
        if test $skip_value = 1
            set skip_value 0
        else if test $only_arguments = 1
            printf '%s\n' $token
        else
            switch $token
                case --
                    set only_arguments 1
                case @VALUED@
                    set skip_value 1
                case '-*'
                case '*'
                    printf '%s\n' $token
            end
        end
    end
end

function __assocctl_needs_command
    set -l words (__assocctl_positionals)
    not set -q words[1]
end

function __assocctl_command_is
    set -l words (__assocctl_positionals)
    set -q words[1]; and contains -- $words[1] $argv
end

# The placeholder, as in the command's synopsis, of the argument being typed; a last one
# written "ID..." repeats.
function __assocctl_placeholder
    set -l words (__assocctl_positionals)
    set -q words[1]; or return
    set -l arguments
    switch $words[1]
@ARGUMENT_CASES@    end
    set -l position (count $words)
    if test $position -le (count $arguments)
        string replace -r '\.\.\.$' '' -- $arguments[$position]
    else if set -q arguments[1]; and string match -q -- '*...' $arguments[-1]
        string replace -r '\.\.\.$' '' -- $arguments[-1]
    end
end

function __assocctl_placeholder_is
    set -l placeholder (__assocctl_placeholder)
    contains -- "$placeholder" $argv
end

complete -c assocctl -f
)") + rules;
    script.replace(QLatin1String("@VALUED@"), valuedSpellings(words).join(QLatin1Char(' ')));
    script.replace(QLatin1String("@ARGUMENT_CASES@"), argumentCases);
    return script;
}

} // namespace

QStringList Completion::shellNames() {
    return {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};
}

std::optional<Completion::Shell> Completion::shellFromName(const QString &name) {
    if (name == QLatin1String("bash"))
        return Shell::Bash;
    if (name == QLatin1String("zsh"))
        return Shell::Zsh;
    if (name == QLatin1String("fish"))
        return Shell::Fish;
    return std::nullopt;
}

QString Completion::script(Shell shell, const QList<QCommandLineOption> &options) {
    const Words words = collectWords(options);
    switch (shell) {
    case Shell::Bash:
        return bashScript(words);
    case Shell::Zsh:
        return zshScript(words);
    case Shell::Fish:
        return fishScript(words);
    }
    return {};
}

} // namespace assoc::cli
