// SPDX-License-Identifier: MIT
#include "Runner.h"

#include "Command.h"
#include "CommandCatalog.h"
#include "CommandLine.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "auth/Redactor.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
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
    QNetworkAccessManager network;
    auto client = std::make_unique<HubSpotClient>(&network, options.client);
    QObject::connect(client->authenticator(), &Authenticator::refreshTokenRotated, client.get(),
                     [&redactor, &output](const QString &refreshToken) {
                         redactor.addSecret(refreshToken);
                         output.note(QCoreApplication::translate(
                             "Runner", "assocctl: HubSpot issued a new refresh token. It is not "
                                       "shown; if the old one stops working, sign in again."));
                     });

    CommandContext context{client.get(), &output, &options};
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
