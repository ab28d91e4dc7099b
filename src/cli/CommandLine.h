// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace assoc::cli {

// Reads assocctl's command line and environment into CliOptions, checking everything that can
// be checked without HubSpot: the command, its arguments and options, the connection options
// and the credentials.
class CommandLine {
public:
    enum class Action { Run, Help, Version, Error };
    struct Result {
        Action action = Action::Error;
        CliOptions options; // json and verbose are set even when action is Error
        QString error;
        QStringList warnings; // for stderr, e.g. a secret given as an argument
    };

    // Most bytes a --*-file option reads: a token is a few hundred characters.
    static constexpr qint64 MaxSecretFileBytes = 64 * 1024;

    CommandLine();

    Result parse(const QStringList &arguments, const QProcessEnvironment &environment);
    QString helpText() const;
    static QString versionText();
    // Every option the command line accepts, in the order --help lists them.
    QList<QCommandLineOption> options() const { return m_options; }
    // Every secret seen in the last parse (command line or environment), for redaction; filled
    // even when parsing failed.
    QStringList secrets() const { return m_secrets; }

private:
    Result fail(Result result, const QString &message) const;
    bool readConnection(CliOptions &options, QString *error) const;
    // Reads --token-file, --client-secret-file and --refresh-token-file ("-": standard input).
    bool readSecretFiles(QString *error);
    // A secret given explicitly: the argument of `option` or the content of `fileOption`.
    bool isGiven(const QCommandLineOption &option, const QCommandLineOption &fileOption) const;
    QString givenValue(const QCommandLineOption &option,
                       const QCommandLineOption &fileOption) const;
    QStringList secretArgumentWarnings() const;
    bool readCredentials(CliOptions &options, const QProcessEnvironment &environment,
                         QString *error) const;
    bool readCommand(CliOptions &options, QString *error) const;

    void addOptions(const QList<QCommandLineOption> &options);

    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_token;
    QCommandLineOption m_tokenFile;
    QCommandLineOption m_clientId;
    QCommandLineOption m_clientSecret;
    QCommandLineOption m_clientSecretFile;
    QCommandLineOption m_refreshToken;
    QCommandLineOption m_refreshTokenFile;
    QCommandLineOption m_apiKeyHeader;
    QCommandLineOption m_apiVersion;
    QCommandLineOption m_timeout;
    QCommandLineOption m_retries;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_proxy;
    QCommandLineOption m_noProxy;
    QCommandLineOption m_caFile;
    QCommandLineOption m_clientCert;
    QCommandLineOption m_clientKey;
    QCommandLineOption m_clientKeyPassphraseFile;
    QCommandLineOption m_noHttp2;
    QCommandLineOption m_cache;
    QCommandLineOption m_noCache;
    QCommandLineOption m_noCompression;
    QCommandLineOption m_json;
    QCommandLineOption m_verbose;
    QCommandLineOption m_noHistory;
    QCommandLineOption m_plan;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_allowDeletes;
    QCommandLineOption m_forPortal;
    QCommandLineOption m_objects;
    QCommandLineOption m_name;
    QCommandLineOption m_label;
    QCommandLineOption m_inverseLabel;
    QCommandLineOption m_category;
    QCommandLineOption m_max;
    QCommandLineOption m_output;
    QStringList m_secrets;
    QString m_proxyPassword;
    QHash<QString, QString> m_fileSecrets; // file option name -> the secret it read
    QString m_clientKeyPassphrase;
    QString m_clientKeyPassphraseError; // why --client-key-passphrase-file could not be read
};

} // namespace assoc::cli
