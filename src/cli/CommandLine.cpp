// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include "CommandCatalog.h"
#include "api/ApiVersion.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QUrl>

#ifndef PROJECT_VERSION
#define PROJECT_VERSION "0.0.0"
#endif

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

// Every command talks to a portal except a diff of two files.
bool needsPortal(const CliOptions &options) {
    return options.command != QLatin1String("diff") ||
           options.arguments.contains(QStringLiteral("portal"));
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
    , m_token(
          option({QStringLiteral("token")},
                 Texts::tr("Private-app token (or service key). Prefer the environment variable "
                           "HUBSPOT_ACCESS_TOKEN: a command line is visible to other users."),
                 QStringLiteral("token")))
    , m_clientId(option({QStringLiteral("client-id")},
                        Texts::tr("OAuth client id (env HUBSPOT_CLIENT_ID)."),
                        QStringLiteral("id")))
    , m_clientSecret(option({QStringLiteral("client-secret")},
                            Texts::tr("OAuth client secret (env HUBSPOT_CLIENT_SECRET)."),
                            QStringLiteral("secret")))
    , m_refreshToken(option({QStringLiteral("refresh-token")},
                            Texts::tr("OAuth refresh token (env HUBSPOT_REFRESH_TOKEN)."),
                            QStringLiteral("token")))
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
                           Texts::tr("Requests in flight at once."), QStringLiteral("n"),
                           QStringLiteral("8")))
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
    , m_noHttp2(option({QStringLiteral("no-http2")}, Texts::tr("Do not use HTTP/2.")))
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
    m_parser.addOptions({m_help,         m_version,       m_baseUrl,      m_token,      m_clientId,
                         m_clientSecret, m_refreshToken,  m_apiKeyHeader, m_apiVersion, m_timeout,
                         m_retries,      m_concurrency,   m_proxy,        m_noProxy,    m_caFile,
                         m_noHttp2,      m_noCompression, m_json,         m_verbose,    m_name,
                         m_label,        m_inverseLabel,  m_category,     m_output});
    m_parser.addOption(m_noHistory);
    m_parser.addOptions({m_plan, m_dryRun, m_allowDeletes, m_forPortal, m_max});
    m_parser.addPositionalArgument(QStringLiteral("command"), Texts::tr("The command to run."),
                                   QStringLiteral("COMMAND [ARGS...]"));
}

QString CommandLine::versionText() {
    return QStringLiteral("assocctl %1\n").arg(QStringLiteral(PROJECT_VERSION));
}

QString CommandLine::helpText() const {
    QString text = Texts::tr("Usage: assocctl [options] COMMAND [ARGS...]\n\n"
                             "Manage the association labels and limits of a HubSpot portal.\n\n"
                             "Commands:\n");
    for (const CommandSpec &spec : CommandCatalog::all())
        text += QStringLiteral("  ") + spec.synopsis + QLatin1Char('\n') + wrap(spec.summary, 6);
    const QStringList notes = {
        Texts::tr(
            "FROM and TO are object type ids (0-1, 2-7300101) or names: standard ones (contacts, "
            "contact, companies, deals, tickets, ...) or a custom object's name or "
            "fully-qualified name (vehicles, p7001234_vehicles)."),
        Texts::tr(
            "Credentials: --token or HUBSPOT_ACCESS_TOKEN; or OAuth with --client-id, "
            "--client-secret and --refresh-token (or HUBSPOT_CLIENT_ID, HUBSPOT_CLIENT_SECRET, "
            "HUBSPOT_REFRESH_TOKEN). Secrets are never printed."),
        Texts::tr(
            "Exit status: 0 success; 1 HubSpot or network failure; 2 usage or validation error "
            "(nothing was sent); 3 some items of a batch failed; 4 diff found differences."),
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

    QString error;
    if (!readCommand(result.options, &error) || !readConnection(result.options, &error) ||
        (needsPortal(result.options) && !readCredentials(result.options, environment, &error)))
        return fail(result, error);
    result.action = Action::Run;
    return result;
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
        &m_name, &m_label,  &m_inverseLabel, &m_category,  &m_output,
        &m_plan, &m_dryRun, &m_allowDeletes, &m_forPortal, &m_max};
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
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        *error = Texts::tr("--base-url must be an http or https address, such as "
                           "https://api.hubapi.com.");
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
    if (!readInt(m_parser.value(m_concurrency), 1, 256, &connection.maxInFlight)) {
        *error = Texts::tr("--concurrency must be a number from 1 to 256.");
        return false;
    }
    connection.http2 = !m_parser.isSet(m_noHttp2);
    connection.compression = !m_parser.isSet(m_noCompression);
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
    return true;
}

bool CommandLine::readCredentials(CliOptions &options, const QProcessEnvironment &environment,
                                  QString *error) const {
    const bool oauthFlags = m_parser.isSet(m_clientId) || m_parser.isSet(m_clientSecret) ||
                            m_parser.isSet(m_refreshToken);
    if (m_parser.isSet(m_token) && oauthFlags) {
        *error =
            Texts::tr("Give either --token or the OAuth options (--client-id, --client-secret, "
                      "--refresh-token), not both.");
        return false;
    }
    QString token = m_parser.value(m_token).trimmed();
    if (!m_parser.isSet(m_token) && !oauthFlags)
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

    auto pick = [&](const QCommandLineOption &o, const QString &env) {
        return m_parser.isSet(o) ? m_parser.value(o).trimmed() : environment.value(env).trimmed();
    };
    const QString clientId = pick(m_clientId, kClientIdEnv);
    const QString clientSecret = pick(m_clientSecret, kClientSecretEnv);
    const QString refreshToken = pick(m_refreshToken, kRefreshTokenEnv);
    if (clientId.isEmpty() && clientSecret.isEmpty() && refreshToken.isEmpty()) {
        *error =
            Texts::tr("No credentials. Set HUBSPOT_ACCESS_TOKEN (or pass --token), or give the "
                      "OAuth client id, client secret and refresh token.");
        return false;
    }
    if (clientId.isEmpty() || clientSecret.isEmpty() || refreshToken.isEmpty()) {
        QStringList missing;
        if (clientId.isEmpty())
            missing.append(QStringLiteral("--client-id (HUBSPOT_CLIENT_ID)"));
        if (clientSecret.isEmpty())
            missing.append(QStringLiteral("--client-secret (HUBSPOT_CLIENT_SECRET)"));
        if (refreshToken.isEmpty())
            missing.append(QStringLiteral("--refresh-token (HUBSPOT_REFRESH_TOKEN)"));
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
