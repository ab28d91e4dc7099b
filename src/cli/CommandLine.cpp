// SPDX-License-Identifier: MIT
// Over 450 lines on purpose: one parser for every option assocctl has (secrets from files,
// connection, output), each with its own check and message; the options belong together.
#include "CommandLine.h"

#include "CommandCatalog.h"
#include "api/ApiVersion.h"
#include "api/BaseUrlPolicy.h"
#include "api/ConnectionTls.h"
#include "api/ResponseCache.h"
#include "core/ObjectTypeChoice.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QUrl>
#include <assoc/Version.h>
#include <optional>
#include <tuple>

namespace assoc::cli {

namespace {
// lupdate files these strings under "CommandLine" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QString kTokenEnv = QStringLiteral("HUBSPOT_ACCESS_TOKEN");
const QString kClientIdEnv = QStringLiteral("HUBSPOT_CLIENT_ID");
const QString kClientSecretEnv = QStringLiteral("HUBSPOT_CLIENT_SECRET");
const QString kRefreshTokenEnv = QStringLiteral("HUBSPOT_REFRESH_TOKEN");
const QString kClientKeyPassphraseEnv = QStringLiteral("ASSOCCTL_CLIENT_KEY_PASSPHRASE");

const QStringList kCategories = {QStringLiteral("USER_DEFINED"), QStringLiteral("HUBSPOT_DEFINED"),
                                 QStringLiteral("INTEGRATOR_DEFINED"), QStringLiteral("WORK")};

QCommandLineOption option(const QStringList &names, const QString &description,
                          const QString &valueName = {}, const QString &defaultValue = {}) {
    return QCommandLineOption(names, description, valueName, defaultValue);
}

// Words of `text` on lines of at most 80 columns, each indented by `indent` spaces.
QString wrap(const QString &text, int indent) {
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > 80) {
            out += pad + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += pad + line + QLatin1Char('\n');
    return out;
}

// Every command talks to a portal except a diff of two files, scopes and completion.
bool needsPortal(const CliOptions &options) {
    if (options.command == QLatin1String("completion") ||
        options.command == QLatin1String("scopes"))
        return false;
    return options.command != QLatin1String("diff") ||
           options.arguments.contains(QStringLiteral("portal"));
}

// The secret in `path` ("-": standard input), without surrounding whitespace, so a trailing
// newline goes. Empty, several lines or more than `maxBytes` is an error naming the option.
std::optional<QString> readSecretFile(const QString &option, const QString &path, qint64 maxBytes,
                                      QString *error) {
    const bool fromStdin = path == QLatin1String("-");
    const QString shown = fromStdin ? Texts::tr("standard input") : path;
    QFile file(fromStdin ? QString() : path);
    const bool opened =
        fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error =
            Texts::tr("--%1: %2 could not be read: %3.").arg(option, shown, file.errorString());
        return std::nullopt;
    }
    // Read in pieces up to the cap: standard input may be endless.
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray piece = file.read(maxBytes + 1 - bytes.size());
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (file.error() != QFileDevice::NoError) {
        *error =
            Texts::tr("--%1: %2 could not be read: %3.").arg(option, shown, file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > maxBytes) {
        *error = Texts::tr("--%1: %2 is larger than %3 KiB; it must hold only the secret.")
                     .arg(option, shown)
                     .arg(maxBytes / 1024);
        return std::nullopt;
    }
    const QString secret = QString::fromUtf8(bytes).trimmed();
    if (secret.isEmpty()) {
        *error = Texts::tr("--%1: %2 is empty; it must hold the secret.").arg(option, shown);
        return std::nullopt;
    }
    if (secret.contains(QLatin1Char('\n'))) {
        *error = Texts::tr("--%1: %2 holds more than one line; it must hold only the secret.")
                     .arg(option, shown);
        return std::nullopt;
    }
    return secret;
}

// assocctl has no profiles, so its cache is kept per portal and identity: answers of one
// portal must never be confirmed against another that happens to share the base URL. The key is
// a short one-way digest; no secret can be read back from a folder name.
QString cacheKey(const ClientConfig &config) {
    const Credentials &c = config.credentials;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(config.baseUrl.adjusted(QUrl::StripTrailingSlash).toEncoded());
    for (const QString &part :
         {Credentials::kindId(c.kind), c.token, c.apiKeyHeader, c.clientId, c.refreshToken}) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(part.toUtf8());
    }
    return QStringLiteral("assocctl-") + QString::fromLatin1(hash.result().toHex().left(16));
}

bool readInt(const QString &text, int minimum, int maximum, int *out) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    *out = value;
    return true;
}
} // namespace

CommandLine::CommandLine()
    : m_help(option({QStringLiteral("h"), QStringLiteral("help")}, Texts::tr("Show this help.")))
    , m_version(option({QStringLiteral("version")}, Texts::tr("Show the version.")))
    , m_baseUrl(option({QStringLiteral("base-url")}, Texts::tr("HubSpot's API address."),
                       QStringLiteral("url"), QStringLiteral("https://api.hubapi.com")))
    , m_token(option({QStringLiteral("token")},
                     Texts::tr("Private-app token (or service key). A command line is visible "
                               "to other users: prefer the environment variable "
                               "HUBSPOT_ACCESS_TOKEN or --token-file."),
                     QStringLiteral("token")))
    , m_tokenFile(option({QStringLiteral("token-file")},
                         Texts::tr("Read the private-app token from this file, or from standard "
                                   "input if it is -."),
                         QStringLiteral("file")))
    , m_clientId(option({QStringLiteral("client-id")},
                        Texts::tr("OAuth client id (env HUBSPOT_CLIENT_ID)."),
                        QStringLiteral("id")))
    , m_clientSecret(option({QStringLiteral("client-secret")},
                            Texts::tr("OAuth client secret. Prefer the environment variable "
                                      "HUBSPOT_CLIENT_SECRET or --client-secret-file."),
                            QStringLiteral("secret")))
    , m_clientSecretFile(option({QStringLiteral("client-secret-file")},
                                Texts::tr("Read the OAuth client secret from this file, or from "
                                          "standard input if it is -."),
                                QStringLiteral("file")))
    , m_refreshToken(option({QStringLiteral("refresh-token")},
                            Texts::tr("OAuth refresh token. Prefer the environment variable "
                                      "HUBSPOT_REFRESH_TOKEN or --refresh-token-file."),
                            QStringLiteral("token")))
    , m_refreshTokenFile(option({QStringLiteral("refresh-token-file")},
                                Texts::tr("Read the OAuth refresh token from this file, or from "
                                          "standard input if it is -."),
                                QStringLiteral("file")))
    , m_apiKeyHeader(option({QStringLiteral("api-key-header")},
                            Texts::tr("Send the token in this API-key header instead of "
                                      "Authorization: private-app or private-app-legacy."),
                            QStringLiteral("header")))
    , m_apiVersion(option({QStringLiteral("api-version")},
                          Texts::tr("Association API version: %1.")
                              .arg(ApiVersions::ids().join(QStringLiteral(", "))),
                          QStringLiteral("version"), QStringLiteral("v4")))
    , m_timeout(option({QStringLiteral("timeout-ms")}, Texts::tr("Timeout of each request."),
                       QStringLiteral("ms"), QStringLiteral("30000")))
    , m_retries(option({QStringLiteral("retries")},
                       Texts::tr("Further attempts after a failed request that may be repeated."),
                       QStringLiteral("n"), QStringLiteral("4")))
    , m_concurrency(option({QStringLiteral("concurrency")},
                           Texts::tr("At most this many requests in flight at once (1 to 256). "
                                     "Without it the number adapts to how fast HubSpot answers "
                                     "and to its rate-limit headers, up to 64."),
                           QStringLiteral("n")))
    , m_proxy(option(
          {QStringLiteral("proxy")},
          Texts::tr("Use this HTTP proxy (http://[user@]host:port); its password comes from "
                    "the environment variable ASSOCCTL_PROXY_PASSWORD. Default: the system's."),
          QStringLiteral("url")))
    , m_noProxy(option({QStringLiteral("no-proxy")},
                       Texts::tr("Connect directly, ignoring the system's proxy.")))
    , m_caFile(option({QStringLiteral("ca-file")},
                      Texts::tr("Also trust the CA certificates in this PEM file (repeatable). "
                                "Certificate verification is always on."),
                      QStringLiteral("file")))
    , m_clientCert(option({QStringLiteral("client-cert")},
                          Texts::tr("Present this client certificate to networks that demand "
                                    "one: a PEM file (with --client-key, unless the key is in "
                                    "the same file) or a PKCS#12 file."),
                          QStringLiteral("file")))
    , m_clientKey(option({QStringLiteral("client-key")},
                         Texts::tr("The PEM key of --client-cert. Its passphrase comes from the "
                                   "environment variable ASSOCCTL_CLIENT_KEY_PASSPHRASE or "
                                   "--client-key-passphrase-file, never from the command line."),
                         QStringLiteral("file")))
    , m_clientKeyPassphraseFile(
          option({QStringLiteral("client-key-passphrase-file")},
                 Texts::tr("Read the passphrase of the client certificate's key from the first "
                           "line of this file."),
                 QStringLiteral("file")))
    , m_noHttp2(option({QStringLiteral("no-http2")}, Texts::tr("Do not use HTTP/2.")))
    , m_cache(option({QStringLiteral("cache")},
                     Texts::tr("Keep answers in the user's cache folder and ask HubSpot whether "
                               "they changed (the default).")))
    , m_noCache(option({QStringLiteral("no-cache")},
                       Texts::tr("Neither use nor fill the cache of answers.")))
    , m_noCompression(option({QStringLiteral("no-compression")},
                             Texts::tr("Do not ask for compressed responses.")))
    , m_json(option({QStringLiteral("json")}, Texts::tr("Machine-readable JSON on stdout.")))
    , m_verbose(option({QStringLiteral("verbose")}, Texts::tr("Every detail of a failure.")))
    , m_noHistory(option({QStringLiteral("no-history")},
                         Texts::tr("Do not record the changes made in the change history.")))
    , m_plan(option({QStringLiteral("plan")},
                    Texts::tr("apply: the plan file (from diff --output)."),
                    QStringLiteral("file")))
    , m_dryRun(
          option({QStringLiteral("dry-run")},
                 Texts::tr("apply: read the portal and show what would be done; change nothing.")))
    , m_allowDeletes(
          option({QStringLiteral("allow-deletes")},
                 Texts::tr("diff: include deletions in the plan; apply: allow the plan's "
                           "deletions.")))
    , m_forPortal(option({QStringLiteral("for-portal")},
                         Texts::tr("apply: the portal id a plan that names no target portal is "
                                   "for; it is applied only to that portal."),
                         QStringLiteral("id")))
    , m_objects(option({QStringLiteral("objects")},
                       Texts::tr("export, diff, apply, usage, types: the object types to read: "
                                 "auto (contacts, companies, deals, tickets, the custom objects "
                                 "and every standard type the portal's labels and limits "
                                 "mention), core (the four and the custom objects), all (every "
                                 "standard type and the custom objects), or type ids and names "
                                 "separated by commas (deals,line_items,2-7300101)."),
                       QStringLiteral("types"), QStringLiteral("auto")))
    , m_name(option({QStringLiteral("name")}, Texts::tr("create-label: the internal name."),
                    QStringLiteral("name")))
    , m_label(option({QStringLiteral("label")}, Texts::tr("create-label, rename-label: the label."),
                     QStringLiteral("text")))
    , m_inverseLabel(
          option({QStringLiteral("inverse-label")},
                 Texts::tr("create-label, rename-label: the label of the other direction."),
                 QStringLiteral("text")))
    , m_category(option({QStringLiteral("category")},
                        Texts::tr("set-limit, remove-limit: the association type's category (%1).")
                            .arg(kCategories.join(QStringLiteral(", "))),
                        QStringLiteral("category")))
    , m_max(option({QStringLiteral("max")},
                   Texts::tr("set-limit: the limit to set on every ID given, 1-10000 records."),
                   QStringLiteral("n")))
    , m_output(
          option({QStringLiteral("o"), QStringLiteral("output")},
                 Texts::tr("export, diff: write the document or plan to this file (atomically)."),
                 QStringLiteral("file"))) {
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addOptions({m_help,         m_version,       m_baseUrl,      m_token,      m_clientId,
                m_clientSecret, m_refreshToken,  m_apiKeyHeader, m_apiVersion, m_timeout,
                m_retries,      m_concurrency,   m_proxy,        m_noProxy,    m_caFile,
                m_noHttp2,      m_noCompression, m_json,         m_verbose,    m_name,
                m_label,        m_inverseLabel,  m_category,     m_output});
    addOptions({m_noHistory});
    addOptions({m_tokenFile, m_clientSecretFile, m_refreshTokenFile});
    addOptions({m_plan, m_dryRun, m_allowDeletes, m_forPortal, m_max, m_objects});
    addOptions({m_clientCert, m_clientKey, m_clientKeyPassphraseFile});
    addOptions({m_cache, m_noCache});
    m_parser.addPositionalArgument(QStringLiteral("command"), Texts::tr("The command to run."),
                                   QStringLiteral("COMMAND [ARGS...]"));
}

void CommandLine::addOptions(const QList<QCommandLineOption> &options) {
    m_parser.addOptions(options);
    m_options += options;
}

QString CommandLine::versionText() {
    return QStringLiteral("assocctl %1\n").arg(QStringLiteral(ASSOC_VERSION_STRING));
}

QString CommandLine::helpText() const {
    QString text = Texts::tr("Usage: assocctl [options] COMMAND [ARGS...]\n\n"
                             "Manage the association labels and limits of a HubSpot portal.\n\n"
                             "Commands:\n");
    for (const CommandSpec &spec : CommandCatalog::all()) {
        if (!spec.hidden)
            text +=
                QStringLiteral("  ") + spec.synopsis + QLatin1Char('\n') + wrap(spec.summary, 6);
    }
    const QStringList notes = {
        Texts::tr(
            "FROM and TO are object type ids (0-1, 2-7300101) or names: standard ones (contacts, "
            "contact, companies, deals, tickets, ...) or a custom object's name or "
            "fully-qualified name (vehicles, p7001234_vehicles)."),
        Texts::tr(
            "Credentials: HUBSPOT_ACCESS_TOKEN, --token-file or --token; or OAuth with the "
            "client id, client secret and refresh token (HUBSPOT_CLIENT_ID, "
            "HUBSPOT_CLIENT_SECRET, HUBSPOT_REFRESH_TOKEN, or --client-id, "
            "--client-secret-file and --refresh-token-file). A secret given as an argument is "
            "visible to other users of this computer, so assocctl warns about it; a -file "
            "option reads a file, or standard input when the file is - (one option at a "
            "time). Secrets are never printed."),
        Texts::tr(
            "Exit status: 0 success; 1 HubSpot or network failure; 2 usage or validation error "
            "(nothing was sent); 3 some items of a batch failed; 4 diff found differences; 5 a "
            "change was not made because the portal changed since it was approved."),
        Texts::tr(
            "SOURCE and TARGET of diff are schema export files or the word portal, meaning the "
            "portal the connection options name.")};
    for (const QString &note : notes)
        text += QLatin1Char('\n') + wrap(note, 0);
    text += QLatin1Char('\n');
    // QCommandLineParser's own text lists the options; its usage line is replaced by ours.
    const QString generated = m_parser.helpText();
    const qsizetype options = generated.indexOf(QStringLiteral("Options:"));
    if (options >= 0) {
        QString rest = generated.mid(options);
        const qsizetype arguments = rest.indexOf(QStringLiteral("\nArguments:"));
        if (arguments >= 0)
            rest.truncate(arguments + 1);
        text += rest;
    }
    return text;
}

CommandLine::Result CommandLine::fail(Result result, const QString &message) const {
    result.action = Action::Error;
    result.error = message;
    return result;
}

CommandLine::Result CommandLine::parse(const QStringList &arguments,
                                       const QProcessEnvironment &environment) {
    Result result;
    m_secrets.clear();
    const bool parsed = m_parser.parse(arguments);

    // Whatever happens next, every secret is known, so that no message can reveal one.
    for (const QCommandLineOption *o : {&m_token, &m_clientSecret, &m_refreshToken})
        m_secrets += m_parser.values(*o);
    for (const QString &name : {kTokenEnv, kClientSecretEnv, kRefreshTokenEnv}) {
        const QString value = environment.value(name);
        if (!value.isEmpty())
            m_secrets.append(value);
    }
    const QString password = QUrl(m_parser.value(m_baseUrl)).password();
    if (!password.isEmpty())
        m_secrets.append(password);
    m_proxyPassword = environment.value(QStringLiteral("ASSOCCTL_PROXY_PASSWORD"));
    if (!m_proxyPassword.isEmpty())
        m_secrets.append(m_proxyPassword);
    const QString proxyUrlPassword = QUrl(m_parser.value(m_proxy)).password();
    if (!proxyUrlPassword.isEmpty())
        m_secrets.append(proxyUrlPassword);
    m_clientKeyPassphrase = environment.value(kClientKeyPassphraseEnv);
    m_clientKeyPassphraseError.clear();
    if (m_parser.isSet(m_clientKeyPassphraseFile)) {
        const auto passphrase = readSecretFile(m_clientKeyPassphraseFile.names().constFirst(),
                                               m_parser.value(m_clientKeyPassphraseFile),
                                               MaxSecretFileBytes, &m_clientKeyPassphraseError);
        m_clientKeyPassphrase = passphrase.value_or(QString());
    }
    if (!m_clientKeyPassphrase.isEmpty())
        m_secrets.append(m_clientKeyPassphrase);

    result.options.json = m_parser.isSet(m_json);
    result.options.verbose = m_parser.isSet(m_verbose);
    result.options.noHistory = m_parser.isSet(m_noHistory);
    if (m_parser.isSet(m_help)) {
        result.action = Action::Help;
        return result;
    }
    if (m_parser.isSet(m_version)) {
        result.action = Action::Version;
        return result;
    }
    if (!parsed)
        return fail(result, m_parser.errorText());

    result.warnings = secretArgumentWarnings();
    QString error;
    if (!readCommand(result.options, &error) || !readConnection(result.options, &error))
        return fail(result, error);
    if (needsPortal(result.options) &&
        (!readSecretFiles(&error) || !readCredentials(result.options, environment, &error)))
        return fail(result, error);
    if (result.options.client.connection.cacheResponses)
        result.options.client.cacheDirectory =
            ResponseCache::directoryFor(cacheKey(result.options.client));
    result.action = Action::Run;
    return result;
}

QStringList CommandLine::secretArgumentWarnings() const {
    QStringList warnings;
    const QList<std::tuple<const QCommandLineOption *, QString, const QCommandLineOption *>>
        secretOptions = {{&m_token, kTokenEnv, &m_tokenFile},
                         {&m_clientSecret, kClientSecretEnv, &m_clientSecretFile},
                         {&m_refreshToken, kRefreshTokenEnv, &m_refreshTokenFile}};
    for (const auto &[o, env, file] : secretOptions) {
        if (m_parser.isSet(*o))
            warnings.append(
                Texts::tr("assocctl: warning: --%1 puts the secret on the command line, where "
                          "other users of this computer can see it. Use the environment "
                          "variable %2 or --%3 instead.")
                    .arg(o->names().constFirst(), env, file->names().constFirst()));
    }
    return warnings;
}

bool CommandLine::readSecretFiles(QString *error) {
    m_fileSecrets.clear();
    const QList<std::pair<const QCommandLineOption *, const QCommandLineOption *>> pairs = {
        {&m_token, &m_tokenFile},
        {&m_clientSecret, &m_clientSecretFile},
        {&m_refreshToken, &m_refreshTokenFile}};
    int fromStdin = 0;
    for (const auto &[o, file] : pairs) {
        if (!m_parser.isSet(*file))
            continue;
        if (m_parser.isSet(*o)) {
            *error = Texts::tr("Give either --%1 or --%2, not both.")
                         .arg(o->names().constFirst(), file->names().constFirst());
            return false;
        }
        if (m_parser.values(*file).size() > 1) {
            *error = Texts::tr("--%1 may be given once.").arg(file->names().constFirst());
            return false;
        }
        if (m_parser.value(*file) == QLatin1String("-"))
            ++fromStdin;
    }
    if (fromStdin > 1) {
        *error = Texts::tr("Only one of --token-file, --client-secret-file and "
                           "--refresh-token-file can read standard input (-).");
        return false;
    }
    for (const auto &[o, file] : pairs) {
        if (!m_parser.isSet(*file))
            continue;
        const QString name = file->names().constFirst();
        const auto secret = readSecretFile(name, m_parser.value(*file), MaxSecretFileBytes, error);
        if (!secret)
            return false;
        m_fileSecrets.insert(name, *secret);
        m_secrets.append(*secret);
    }
    return true;
}

bool CommandLine::isGiven(const QCommandLineOption &option,
                          const QCommandLineOption &fileOption) const {
    return m_parser.isSet(option) || m_parser.isSet(fileOption);
}

QString CommandLine::givenValue(const QCommandLineOption &option,
                                const QCommandLineOption &fileOption) const {
    if (m_parser.isSet(fileOption))
        return m_fileSecrets.value(fileOption.names().constFirst());
    return m_parser.value(option).trimmed();
}

bool CommandLine::readCommand(CliOptions &options, QString *error) const {
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = Texts::tr("No command given. Run assocctl --help for the list.");
        return false;
    }
    options.command = positional.takeFirst();
    const CommandSpec *spec = CommandCatalog::find(options.command);
    if (!spec) {
        *error = Texts::tr("Unknown command \"%1\". Run assocctl --help for the list.")
                     .arg(options.command);
        return false;
    }
    if (!spec->acceptsArgumentCount(int(positional.size()))) {
        *error = Texts::tr("Wrong number of arguments for %1. Usage: assocctl %2")
                     .arg(spec->name, spec->synopsis);
        return false;
    }
    options.arguments = positional;

    const QList<const QCommandLineOption *> commandOptions = {
        &m_name,   &m_label,        &m_inverseLabel, &m_category, &m_output, &m_plan,
        &m_dryRun, &m_allowDeletes, &m_forPortal,    &m_max,      &m_objects};
    for (const QCommandLineOption *o : commandOptions) {
        const QString name = o->names().constLast();
        if (m_parser.isSet(*o) && !spec->options.contains(name)) {
            *error = Texts::tr("--%1 is not an option of %2. Usage: assocctl %3")
                         .arg(name, spec->name, spec->synopsis);
            return false;
        }
    }
    for (const QString &required : spec->requiredOptions) {
        if (!m_parser.isSet(required)) {
            *error = Texts::tr("%1 needs --%2. Usage: assocctl %3")
                         .arg(spec->name, required, spec->synopsis);
            return false;
        }
    }
    if (m_parser.isSet(m_name))
        options.name = m_parser.value(m_name);
    if (m_parser.isSet(m_label))
        options.label = m_parser.value(m_label);
    if (m_parser.isSet(m_inverseLabel))
        options.inverseLabel = m_parser.value(m_inverseLabel);
    if (m_parser.isSet(m_output))
        options.outputFile = m_parser.value(m_output);
    if (m_parser.isSet(m_max))
        options.maximum = m_parser.value(m_max);
    if (m_parser.isSet(m_plan))
        options.planFile = m_parser.value(m_plan);
    options.dryRun = m_parser.isSet(m_dryRun);
    options.allowDeletes = m_parser.isSet(m_allowDeletes);
    if (m_parser.isSet(m_forPortal)) {
        bool ok = false;
        const qint64 id = m_parser.value(m_forPortal).trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = Texts::tr("--for-portal must be a portal id, a positive number; got \"%1\".")
                         .arg(m_parser.value(m_forPortal));
            return false;
        }
        options.forPortal = id;
    }
    if (m_parser.isSet(m_objects)) {
        const auto choice = ObjectTypeChoice::parse(m_parser.value(m_objects));
        if (!choice) {
            *error = QStringLiteral("--objects: ") + choice.error();
            return false;
        }
        options.client.objectTypes = choice.value();
        options.objectsGiven = true;
    }
    if (m_parser.isSet(m_category)) {
        const QString category = m_parser.value(m_category).trimmed().toUpper();
        if (!kCategories.contains(category)) {
            *error = Texts::tr("--category must be one of %1; got \"%2\".")
                         .arg(kCategories.join(QStringLiteral(", ")), m_parser.value(m_category));
            return false;
        }
        options.category = category;
    }
    return true;
}

bool CommandLine::readConnection(CliOptions &options, QString *error) const {
    ClientConfig &config = options.client;
    const QUrl url(m_parser.value(m_baseUrl).trimmed(), QUrl::StrictMode);
    // The client would refuse it too; refusing it here exits 2 before anything starts.
    const QString urlProblem = BaseUrlPolicy::problem(url);
    if (!urlProblem.isEmpty()) {
        *error = QStringLiteral("--base-url: ") + urlProblem;
        return false;
    }
    config.baseUrl = url;

    const auto version = ApiVersions::fromId(m_parser.value(m_apiVersion).trimmed());
    if (!version) {
        *error = Texts::tr("--api-version must be one of %1.")
                     .arg(ApiVersions::ids().join(QStringLiteral(", ")));
        return false;
    }
    config.version = *version;

    ConnectionSettings &connection = config.connection;
    if (!readInt(m_parser.value(m_timeout), 1, 3600 * 1000, &connection.timeoutMs)) {
        *error = Texts::tr("--timeout-ms must be a number of milliseconds, at least 1.");
        return false;
    }
    if (!readInt(m_parser.value(m_retries), 0, 100, &connection.maxRetries)) {
        *error = Texts::tr("--retries must be a number from 0 to 100.");
        return false;
    }
    if (m_parser.isSet(m_concurrency) &&
        !readInt(m_parser.value(m_concurrency), 1, 256, &connection.maxInFlight)) {
        *error = Texts::tr("--concurrency must be a number from 1 to 256.");
        return false;
    }
    connection.http2 = !m_parser.isSet(m_noHttp2);
    connection.compression = !m_parser.isSet(m_noCompression);
    if (m_parser.isSet(m_cache) && m_parser.isSet(m_noCache)) {
        *error = Texts::tr("Give either --cache or --no-cache, not both.");
        return false;
    }
    connection.cacheResponses = !m_parser.isSet(m_noCache);
    if (m_parser.isSet(m_proxy) && m_parser.isSet(m_noProxy)) {
        *error = Texts::tr("Give either --proxy or --no-proxy, not both.");
        return false;
    }
    if (m_parser.isSet(m_noProxy))
        connection.proxyMode = ConnectionSettings::ProxyMode::None;
    if (m_parser.isSet(m_proxy)) {
        const QUrl proxy = QUrl::fromUserInput(m_parser.value(m_proxy).trimmed());
        if (!proxy.isValid() || proxy.host().isEmpty() || proxy.port() <= 0) {
            *error = Texts::tr("--proxy must look like http://host:port or http://user@host:port.");
            return false;
        }
        connection.proxyMode = ConnectionSettings::ProxyMode::Manual;
        connection.proxyHost = proxy.host();
        connection.proxyPort = proxy.port();
        connection.proxyUser = proxy.userName();
        connection.proxyPassword = m_proxyPassword;
    }
    for (const QString &file : m_parser.values(m_caFile)) {
        if (QSslCertificate::fromPath(file, QSsl::Pem).isEmpty()) {
            *error = Texts::tr("--ca-file %1 holds no PEM certificate.").arg(file);
            return false;
        }
        connection.extraCaCertificateFiles.append(file);
    }
    if (!m_clientKeyPassphraseError.isEmpty()) {
        *error = m_clientKeyPassphraseError;
        return false;
    }
    connection.clientCertificateFile = m_parser.value(m_clientCert).trimmed();
    connection.clientKeyFile = m_parser.value(m_clientKey).trimmed();
    if (!connection.clientCertificateFile.isEmpty() || !connection.clientKeyFile.isEmpty()) {
        connection.clientKeyPassphrase = m_clientKeyPassphrase;
        // A wrong passphrase or an unreadable file is named now, with nothing sent.
        const auto tls = ConnectionTls::load(connection);
        if (!tls) {
            *error = tls.error();
            return false;
        }
    }
    return true;
}

bool CommandLine::readCredentials(CliOptions &options, const QProcessEnvironment &environment,
                                  QString *error) const {
    const bool tokenGiven = isGiven(m_token, m_tokenFile);
    const bool oauthFlags = m_parser.isSet(m_clientId) ||
                            isGiven(m_clientSecret, m_clientSecretFile) ||
                            isGiven(m_refreshToken, m_refreshTokenFile);
    if (tokenGiven && oauthFlags) {
        *error = Texts::tr("Give either --token (--token-file) or the OAuth options "
                           "(--client-id, --client-secret, --refresh-token), not both.");
        return false;
    }
    QString token = givenValue(m_token, m_tokenFile);
    if (!tokenGiven && !oauthFlags)
        token = environment.value(kTokenEnv).trimmed();

    const bool apiKey = m_parser.isSet(m_apiKeyHeader);
    const QString header = m_parser.value(m_apiKeyHeader).trimmed();
    if (apiKey && header != QLatin1String("private-app") &&
        header != QLatin1String("private-app-legacy")) {
        *error = Texts::tr("--api-key-header must be private-app or private-app-legacy.");
        return false;
    }

    if (m_parser.isSet(m_token) && token.isEmpty()) {
        *error = Texts::tr("--token is empty.");
        return false;
    }
    if (!token.isEmpty()) {
        options.client.credentials =
            apiKey ? Credentials::apiKey(token, header) : Credentials::privateApp(token);
        return true;
    }

    auto pick = [&](const QCommandLineOption &o, const QCommandLineOption &file,
                    const QString &env) {
        return isGiven(o, file) ? givenValue(o, file) : environment.value(env).trimmed();
    };
    const QString clientId = m_parser.isSet(m_clientId) ? m_parser.value(m_clientId).trimmed()
                                                        : environment.value(kClientIdEnv).trimmed();
    const QString clientSecret = pick(m_clientSecret, m_clientSecretFile, kClientSecretEnv);
    const QString refreshToken = pick(m_refreshToken, m_refreshTokenFile, kRefreshTokenEnv);
    if (clientId.isEmpty() && clientSecret.isEmpty() && refreshToken.isEmpty()) {
        *error =
            Texts::tr("No credentials. Set HUBSPOT_ACCESS_TOKEN (or pass --token-file), or give "
                      "the OAuth client id, client secret and refresh token.");
        return false;
    }
    if (clientId.isEmpty() || clientSecret.isEmpty() || refreshToken.isEmpty()) {
        QStringList missing;
        if (clientId.isEmpty())
            missing.append(QStringLiteral("--client-id (HUBSPOT_CLIENT_ID)"));
        if (clientSecret.isEmpty())
            missing.append(QStringLiteral("--client-secret-file (HUBSPOT_CLIENT_SECRET)"));
        if (refreshToken.isEmpty())
            missing.append(QStringLiteral("--refresh-token-file (HUBSPOT_REFRESH_TOKEN)"));
        *error =
            Texts::tr("OAuth needs the client id, client secret and refresh token; missing: %1.")
                .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    if (apiKey) {
        *error = Texts::tr("--api-key-header applies to a token, not to OAuth.");
        return false;
    }
    options.client.credentials = Credentials::oauth(clientId, clientSecret, refreshToken);
    return true;
}

} // namespace assoc::cli
