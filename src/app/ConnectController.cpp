// SPDX-License-Identifier: MIT
#include "ConnectController.h"

#include "api/Authenticator.h"
#include "auth/OAuthSignIn.h"
#include "auth/PortalProfile.h"
#include "auth/SecretStore.h"
#include "auth/SignInResult.h"
#include "dialogs/ConnectDialog.h"

#include <QDesktopServices>
#include <memory>

namespace assoc::app {

ConnectController::ConnectController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_parent(dialogParent)
    , m_signInSecrets(new auth::SecretStore(this))
    , m_signIn(new auth::OAuthSignIn(m_signInSecrets, this)) {
    m_signInSecrets->setMode(auth::SecretStore::Mode::SessionOnly);
}

void ConnectController::probe(const ClientConfig &config,
                              std::function<void(const ApiResult<PortalInfo> &)> done,
                              std::function<void(const QString &)> rotated) {
    // A client of its own, so a failed test leaves the current connection alone.
    auto *client = new HubSpotClient(config, this);
    connect(client->authenticator(), &Authenticator::refreshTokenRotated, this,
            [rotated](const QString &refreshToken) { rotated(refreshToken); });
    client->accountInfo(Priority::UserAction)
        ->then(this, [client, done](const ApiResult<PortalInfo> &r) {
            done(r);
            client->deleteLater();
        });
}

void ConnectController::open(const ClientConfig &prefill) {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfig(prefill);
    m_dialog = dialog;
    connect(dialog, &ConnectDialog::testRequested, this, [this, dialog](const ClientConfig &c) {
        dialog->setBusy(true);
        QPointer<ConnectDialog> guard = dialog;
        probe(
            c,
            [guard](const ApiResult<PortalInfo> &r) {
                if (!guard)
                    return;
                guard->setBusy(false);
                if (r)
                    guard->setTestResult(r.value());
                else
                    guard->setTestError(r.error());
            },
            [guard](const QString &refreshToken) {
                if (guard)
                    guard->setRefreshToken(refreshToken);
            });
    });
    connect(dialog, &ConnectDialog::signInRequested, this, [this, dialog](const ClientConfig &c) {
        auth::PortalProfile profile = auth::PortalProfile::fromClientConfig(c);
        profile.id = auth::PortalProfile::newId();
        profile.authKind = Credentials::Kind::OAuth;
        m_signIn->setBrowserOpener(
            m_opener ? m_opener : [](const QUrl &url) { QDesktopServices::openUrl(url); });
        QObject::disconnect(m_signIn, &auth::OAuthSignIn::finished, nullptr, nullptr);
        connect(m_signIn, &auth::OAuthSignIn::finished, dialog,
                [dialog](const auth::SignInResult &result) {
                    if (result.status == auth::SignInResult::Status::Succeeded)
                        dialog->setSignedIn(result.credentials.refreshToken);
                    else
                        dialog->setSignInError(result.message);
                });
        if (!m_signIn->start(profile, c.credentials.clientSecret, c.connection.proxyPassword,
                             c.connection.clientKeyPassphrase))
            dialog->setSignInError(tr("A sign-in is already running."));
    });
    connect(dialog, &ConnectDialog::submitRequested, this, [this, dialog] {
        auto config = std::make_shared<ClientConfig>(dialog->config());
        dialog->setBusy(true);
        QPointer<ConnectDialog> guard = dialog;
        probe(
            *config,
            [this, guard, config](const ApiResult<PortalInfo> &r) {
                if (!guard)
                    return;
                guard->setBusy(false);
                if (!r) {
                    guard->setTestError(r.error());
                    return;
                }
                guard->accept();
                emit connectRequested(*config);
            },
            [guard, config](const QString &refreshToken) {
                config->credentials.refreshToken = refreshToken;
                if (guard)
                    guard->setRefreshToken(refreshToken);
            });
    });
    dialog->open();
}

} // namespace assoc::app
