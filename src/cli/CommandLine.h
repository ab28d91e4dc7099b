// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
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
    };

    CommandLine();

    Result parse(const QStringList &arguments, const QProcessEnvironment &environment);
    QString helpText() const;
    static QString versionText();
    // Every secret seen in the last parse (command line or environment), for redaction; filled
    // even when parsing failed.
    QStringList secrets() const { return m_secrets; }

private:
    Result fail(Result result, const QString &message) const;
    bool readConnection(CliOptions &options, QString *error) const;
    bool readCredentials(CliOptions &options, const QProcessEnvironment &environment,
                         QString *error) const;
    bool readCommand(CliOptions &options, QString *error) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_token;
    QCommandLineOption m_clientId;
    QCommandLineOption m_clientSecret;
    QCommandLineOption m_refreshToken;
    QCommandLineOption m_apiKeyHeader;
    QCommandLineOption m_apiVersion;
    QCommandLineOption m_timeout;
    QCommandLineOption m_retries;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_proxy;
    QCommandLineOption m_noProxy;
    QCommandLineOption m_caFile;
    QCommandLineOption m_noHttp2;
    QCommandLineOption m_noCompression;
    QCommandLineOption m_json;
    QCommandLineOption m_verbose;
    QCommandLineOption m_noHistory;
    QCommandLineOption m_plan;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_allowDeletes;
    QCommandLineOption m_forPortal;
    QCommandLineOption m_name;
    QCommandLineOption m_label;
    QCommandLineOption m_inverseLabel;
    QCommandLineOption m_category;
    QCommandLineOption m_max;
    QCommandLineOption m_output;
    QStringList m_secrets;
    QString m_proxyPassword;
};

} // namespace assoc::cli
