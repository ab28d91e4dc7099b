// SPDX-License-Identifier: MIT
#pragma once

#include "api/HubSpotClient.h"
#include "dialogs/ConnectDialog.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QUrl;

namespace assoc::auth {
class OAuthSignIn;
class SecretStore;
} // namespace assoc::auth
class QWidget;

namespace assoc::app {

// The Connect dialog's owner: tests the typed connection by reading the account details and
// hands a working configuration to the window. Secrets live only in memory.
class ConnectController : public QObject {
    Q_OBJECT
public:
    explicit ConnectController(QWidget *dialogParent, QObject *parent = nullptr);

    void open(const ClientConfig &prefill = {});
    ConnectDialog *dialog() const { return m_dialog; }
    // How "Sign in with HubSpot" opens the browser; the default is the system's browser.
    void setBrowserOpener(std::function<void(const QUrl &)> opener) {
        m_opener = std::move(opener);
    }

signals:
    void connectRequested(const assoc::ClientConfig &config);

private:
    // Reads the account with a client of its own. A portal that rotates refresh tokens hands a
    // new one to the first refresh and revokes the old: `rotated` gets it, so that the next
    // test or the connection itself does not use a dead token.
    void probe(const ClientConfig &config, std::function<void(const ApiResult<PortalInfo> &)> done,
               std::function<void(const QString &)> rotated);

    QWidget *m_parent;
    QPointer<ConnectDialog> m_dialog;
    std::function<void(const QUrl &)> m_opener;
    // Holds the signed-in refresh token for this session only; a saved profile's secrets are
    // written to the keychain by ProfileController.
    auth::SecretStore *m_signInSecrets;
    auth::OAuthSignIn *m_signIn;
};

} // namespace assoc::app
