// SPDX-License-Identifier: MIT
// assocctl's shell completion as the packages install it: the scripts the build wrote with
// `assocctl completion SHELL` (BASH_COMPLETION, ZSH_COMPLETION, FISH_COMPLETION), loaded into
// the real shells and asked to complete partly typed command lines, the way <Tab> does.
#include "AssocctlProcess.h"
#include "cli/CommandCatalog.h"
#include "cli/CommandLine.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace assoc::test;
using assoc::cli::CommandCatalog;
using assoc::cli::CommandLine;
using assoc::cli::CommandSpec;

namespace {

// Loads the bash script, splits LINE into words as bash does for completion (COMP_WORDBREAKS
// makes "--category=US" three words: "--category", "=", "US"), calls the function the script
// registered with `complete -F` for assocctl and prints COMPREPLY, one candidate a line.
const QString kBashDriver = uR"(
source "$1" || exit 10
line=$2
spaced=${line//=/ = }
read -ra COMP_WORDS <<<"$spaced"
[[ $line == *' ' ]] && COMP_WORDS+=('')
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$line
COMP_POINT=${#line}
registered=$(complete -p assocctl) || exit 11
function=${registered#*-F }
function=${function%% *}
"$function" assocctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
)"_s;

QStringList lines(const RunResult &result) {
    return result.text().split(u'\n', Qt::SkipEmptyParts);
}

// Every option of assocctl's command line that is no command's own.
QStringList globalOptions() {
    QStringList own;
    for (const CommandSpec &spec : CommandCatalog::all())
        own += spec.options;
    QStringList global;
    for (const QCommandLineOption &option : CommandLine().options()) {
        if (own.contains(option.names().constLast()))
            continue;
        for (const QString &name : option.names())
            global.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    }
    return global;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

class TestCliCompletion : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // What bash offers for `line` (the cursor at its end).
    QStringList bash(const QString &line) {
        const RunResult r = runProgram(u"bash"_s,
                                       {u"--norc"_s, u"--noprofile"_s, u"-c"_s, kBashDriver,
                                        u"driver"_s, QStringLiteral(BASH_COMPLETION), line},
                                       QProcessEnvironment::systemEnvironment());
        if (!r.finished || r.exitCode != 0)
            qWarning("bash failed for \"%s\": %s", qPrintable(line), r.describe().constData());
        return lines(r);
    }

    // What fish offers for `line`: the candidates without their descriptions.
    QStringList fish(const QString &line) {
        const RunResult r = runProgram(u"fish"_s,
                                       {u"--no-config"_s, u"-c"_s,
                                        u"source $argv[1]; and complete --do-complete=$argv[2]"_s,
                                        QStringLiteral(FISH_COMPLETION), line},
                                       QProcessEnvironment::systemEnvironment());
        if (!r.finished || r.exitCode != 0)
            qWarning("fish failed for \"%s\": %s", qPrintable(line), r.describe().constData());
        QStringList candidates;
        for (const QString &candidate : lines(r))
            candidates.append(candidate.section(u'\t', 0, 0));
        return candidates;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"bash"_s).isEmpty(), "bash is not installed");
        QVERIFY(QFile::exists(QStringLiteral(BASH_COMPLETION)));
    }

    // assocctl cre<Tab> → create-label; assocctl <Tab> → every command --help lists.
    void bashCompletesCommandNames() {
        QCOMPARE(bash(u"assocctl cre"_s), QStringList{u"create-label"_s});
        QStringList listed;
        for (const CommandSpec &spec : CommandCatalog::all()) {
            if (!spec.hidden)
                listed.append(spec.name);
        }
        QVERIFY(listed.contains(u"set-limit"_s));
        QCOMPARE(sorted(bash(u"assocctl "_s)), sorted(listed));
        QCOMPARE(bash(u"assocctl --json --token t rem"_s), QStringList{u"remove-limit"_s});
    }

    // assocctl set-limit --<Tab> → the options of every command and set-limit's own --category
    // and --max, and nothing set-limit refuses (--label, --plan).
    void bashCompletesTheCommandsOptions() {
        const QStringList offered = bash(u"assocctl set-limit --"_s);
        QVERIFY2(offered.contains(u"--category"_s), qPrintable(offered.join(u' ')));
        QVERIFY(offered.contains(u"--token"_s));
        QVERIFY(offered.contains(u"--json"_s));
        QVERIFY(!offered.contains(u"--label"_s));
        QVERIFY(!offered.contains(u"--plan"_s));
        QStringList expected;
        for (const QString &option : globalOptions() + QStringList{u"--category"_s, u"--max"_s}) {
            if (option.startsWith(u"--"_s))
                expected.append(option);
        }
        QCOMPARE(sorted(offered), sorted(expected));

        // Before any command only the options of every command are offered.
        const QStringList beforeCommand = bash(u"assocctl --"_s);
        QVERIFY(beforeCommand.contains(u"--base-url"_s));
        QVERIFY(!beforeCommand.contains(u"--category"_s));
        QCOMPARE(bash(u"assocctl apply --dry"_s), QStringList{u"--dry-run"_s});
    }

    // FROM and TO take the standard object type names; option values are skipped on the way.
    void bashCompletesObjectTypes() {
        QCOMPARE(bash(u"assocctl labels con"_s), QStringList{u"contacts"_s});
        QCOMPARE(bash(u"assocctl --token t --base-url http://x labels contacts comp"_s),
                 QStringList{u"companies"_s});
        QCOMPARE(bash(u"assocctl --timeout-ms=100 set-limit deals tic"_s),
                 QStringList{u"tickets"_s});
        // The third argument of set-limit is a typeId: nothing to offer.
        QCOMPARE(bash(u"assocctl set-limit contacts companies "_s), QStringList{});
    }

    // Values: files for --plan, the accepted words for --api-version and --category.
    void bashCompletesOptionValues() {
        QFile plan(m_dir.filePath(u"plan-a.json"_s));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.close();
        QCOMPARE(bash(u"assocctl apply --plan "_s + m_dir.filePath(u"pla"_s)),
                 QStringList{plan.fileName()});
        QCOMPARE(bash(u"assocctl apply --plan="_s + m_dir.filePath(u"pla"_s)),
                 QStringList{plan.fileName()});
        QCOMPARE(sorted(bash(u"assocctl --api-version v4"_s)),
                 sorted(QStringList{u"v4"_s, u"v4-dated"_s}));
        QCOMPARE(bash(u"assocctl set-limit contacts companies 1 2 --category US"_s),
                 QStringList{u"USER_DEFINED"_s});
        QCOMPARE(bash(u"assocctl set-limit --category=HUB"_s), QStringList{u"HUBSPOT_DEFINED"_s});
        // Free text (a token) gets no suggestions.
        QCOMPARE(bash(u"assocctl --token "_s), QStringList{});
    }

    // diff's SOURCE and TARGET are schema files or the word portal.
    void bashCompletesSchemaSources() {
        QFile schema(m_dir.filePath(u"production.json"_s));
        QVERIFY(schema.open(QIODevice::WriteOnly));
        schema.close();
        QCOMPARE(bash(u"assocctl diff por"_s), QStringList{u"portal"_s});
        QCOMPARE(bash(u"assocctl diff portal "_s + m_dir.filePath(u"prod"_s)),
                 QStringList{schema.fileName()});
    }

    void zshScriptParses() {
        QFile script(QStringLiteral(ZSH_COMPLETION));
        QVERIFY(script.open(QIODevice::ReadOnly));
        // compinit autoloads files from $fpath whose first line names the command this way.
        QCOMPARE(script.readLine(), QByteArray("#compdef assocctl\n"));
        if (QStandardPaths::findExecutable(u"zsh"_s).isEmpty())
            QSKIP("zsh is not installed (tools/install-deps.sh installs it)");
        const RunResult r = runProgram(u"zsh"_s, {u"-n"_s, script.fileName()},
                                       QProcessEnvironment::systemEnvironment());
        QVERIFY2(r.finished && r.exitCode == 0, r.describe().constData());
    }

    // fish parses the script and completes with it as bash does.
    void fishCompletes() {
        if (QStandardPaths::findExecutable(u"fish"_s).isEmpty())
            QSKIP("fish is not installed (tools/install-deps.sh installs it)");
        const RunResult parsed =
            runProgram(u"fish"_s, {u"--no-execute"_s, QStringLiteral(FISH_COMPLETION)},
                       QProcessEnvironment::systemEnvironment());
        QVERIFY2(parsed.finished && parsed.exitCode == 0, parsed.describe().constData());

        QCOMPARE(fish(u"assocctl cre"_s), QStringList{u"create-label"_s});
        const QStringList options = fish(u"assocctl set-limit --"_s);
        QVERIFY2(options.contains(u"--category"_s), qPrintable(options.join(u' ')));
        QVERIFY(options.contains(u"--json"_s));
        QVERIFY(!options.contains(u"--label"_s));
        QCOMPARE(fish(u"assocctl --token t labels contacts comp"_s), QStringList{u"companies"_s});
        QCOMPARE(fish(u"assocctl diff por"_s), QStringList{u"portal"_s});
    }

    // The command behind the scripts: needs no credentials, prints what the build installed,
    // refuses other shells, and is not listed by --help.
    void completionCommand() {
        const QProcessEnvironment env = assocctlEnvironment();
        const RunResult printed = runAssocctl({u"completion"_s, u"bash"_s}, env);
        QVERIFY2(printed.exitCode == 0, printed.describe().constData());
        QFile installed(QStringLiteral(BASH_COMPLETION));
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QCOMPARE(printed.out, installed.readAll());

        const RunResult refused = runAssocctl({u"completion"_s, u"tcsh"_s}, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.errors().contains(u"tcsh"_s) && refused.errors().contains(u"fish"_s),
                 refused.describe().constData());
        QVERIFY(refused.out.isEmpty());

        const RunResult help = runAssocctl({u"--help"_s}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.text().contains(u"set-limit FROM TO"_s));
        QVERIFY(!help.text().contains(u"completion"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliCompletion)
#include "test_cli_completion.moc"
