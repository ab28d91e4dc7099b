// SPDX-License-Identifier: MIT
#include "Runner.h"

#include "Command.h"
#include "CommandCatalog.h"
#include "CommandLine.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "auth/Redactor.h"
#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

namespace assoc::cli {

namespace {
// Qt's own warnings go to stderr too; they must not carry a secret either.
auth::Redactor *g_messageRedactor = nullptr;

void redactingMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message) {
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    const QString safe = g_messageRedactor ? g_messageRedactor->redact(message) : message;
    const QByteArray bytes = (QStringLiteral("assocctl: ") + safe + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// Commands that write to the portal, and so are recorded in the change history.
bool writes(const QString &command) {
    static const QStringList writing = {
        QStringLiteral("create-label"), QStringLiteral("rename-label"),
        QStringLiteral("delete-label"), QStringLiteral("set-limit"),
        QStringLiteral("remove-limit"), QStringLiteral("apply")};
    return writing.contains(command);
}

struct MessageHandlerScope {
    explicit MessageHandlerScope(auth::Redactor *redactor) {
        g_messageRedactor = redactor;
        m_previous = qInstallMessageHandler(redactingMessageHandler);
    }
    ~MessageHandlerScope() {
        qInstallMessageHandler(m_previous);
        g_messageRedactor = nullptr;
    }
    MessageHandlerScope(const MessageHandlerScope &) = delete;
    MessageHandlerScope &operator=(const MessageHandlerScope &) = delete;
    QtMessageHandler m_previous = nullptr;
};
} // namespace

int Runner::run(const QStringList &arguments, const QProcessEnvironment &environment) {
    CommandLine commandLine;
    const CommandLine::Result parsed = commandLine.parse(arguments, environment);
    // The one redactor of the project (auth::Redactor) masks everything printed.
    auth::Redactor redactor;
    redactor.addSecrets(commandLine.secrets());
    MessageHandlerScope messages(&redactor);
    OutputFormatter output(parsed.options.json, parsed.options.verbose, &redactor);
    for (const QString &warning : parsed.warnings)
        output.note(warning);

    switch (parsed.action) {
    case CommandLine::Action::Help:
        output.writeOut(commandLine.helpText());
        return toInt(ExitCode::Success);
    case CommandLine::Action::Version:
        output.writeOut(CommandLine::versionText());
        return toInt(ExitCode::Success);
    case CommandLine::Action::Error:
        output.usageError(parsed.error);
        return toInt(ExitCode::Usage);
    case CommandLine::Action::Run:
        break;
    }

    const CliOptions &options = parsed.options;
    auto client = std::make_unique<HubSpotClient>(options.client);
    // Tokens HubSpot hands out during the run are masked like the ones given to it.
    QObject::connect(client->authenticator(), &Authenticator::accessTokenIssued, client.get(),
                     [&redactor](const QString &accessToken) { redactor.addSecret(accessToken); });
    QObject::connect(client->authenticator(), &Authenticator::refreshTokenRotated, client.get(),
                     [&redactor, &output](const QString &refreshToken) {
                         redactor.addSecret(refreshToken);
                         output.note(QCoreApplication::translate(
                             "Runner", "assocctl: HubSpot issued a new refresh token. It is not "
                                       "shown; if the old one stops working, sign in again."));
                     });
    if (options.verbose) {
        // Why a load over TLS is slow: HTTP/1.1 instead of HTTP/2 (a proxy that does not offer it).
        QObject::connect(client->scheduler(), &RequestScheduler::http2Unavailable, client.get(),
                         [&output](const QString &notice) {
                             output.note(QStringLiteral("assocctl: ") + notice);
                         });
    }

    // The history is a record, not a precondition: without it the command still runs.
    std::unique_ptr<history::HistoryStore> history;
    if (!options.noHistory && writes(options.command)) {
        auto opened = history::HistoryStore::open(history::HistoryStore::defaultPath());
        if (opened) {
            history = std::move(opened).value();
            // HubSpot's messages may echo a secret; they are kept as assocctl prints them.
            history->setTextFilter(
                [&redactor](const QString &text) { return redactor.redact(text); });
        } else {
            output.note(QCoreApplication::translate(
                            "Runner", "assocctl: warning: %1 This change is not recorded.")
                            .arg(opened.error()));
        }
    }

    CommandContext context{client.get(), &output, &options, history.get()};
    std::unique_ptr<Command> command(CommandCatalog::create(options.command, context));
    if (!command) {
        output.usageError(
            QCoreApplication::translate("Runner", "Unknown command \"%1\".").arg(options.command));
        return toInt(ExitCode::Usage);
    }
    int exitCode = toInt(ExitCode::Failure);
    QObject::connect(command.get(), &Command::finished, command.get(), [&exitCode](int code) {
        exitCode = code;
        // Queued, so that the command's own stack unwinds before the loop ends.
        QTimer::singleShot(0, QCoreApplication::instance(),
                           [code] { QCoreApplication::exit(code); });
    });
    // Started from inside the event loop, so that a command that ends at once still ends it.
    QTimer::singleShot(0, command.get(), [&command] { command->start(); });
    QCoreApplication::exec();

    command.reset();
    client.reset();
    return exitCode;
}

} // namespace assoc::cli
