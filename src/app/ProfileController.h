// SPDX-License-Identifier: MIT
#pragma once

#include "api/HubSpotClient.h"
#include "auth/KeychainStatus.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSettings;

namespace assoc::auth {
class ProfileStore;
class SecretStore;
} // namespace assoc::auth

namespace assoc::app {

class MainWindow;
class ProfilesDialog;

// Remembers the portals the user connects to as profiles (settings without secrets, secrets in
// the keychain), reopens the last one at start without asking again, and lets the user switch
// between them, forget one or manage them all (Manage Profiles…) from the Profiles menu.
class ProfileController : public QObject {
    Q_OBJECT
public:
    ProfileController(MainWindow *window, QSettings *settings, auth::SecretStore *secrets,
                      QObject *parent = nullptr);
    ~ProfileController() override;

    // Checks the keychain, then opens the last used profile; without one, the Connect dialog,
    // or the window's welcome page when there is no profile at all.
    void start();
    void openProfile(const QString &id);
    void removeProfile(const QString &id);
    // Shows Manage Profiles (add, edit, duplicate, remove, open); one at a time.
    void manageProfiles();
    QAction *manageAction() const { return m_manage; }
    ProfilesDialog *profilesDialog() const; // null unless shown
    auth::ProfileStore *store() const { return m_store; }
    QString activeProfileId() const { return m_activeId; }

signals:
    // A profile's connection is being opened (after its secrets were read).
    void profileOpened(const QString &id);
    // Something the user must know: the keychain is unavailable, a secret is missing, …
    void problem(const QString &message);

private:
    void rememberConnection(const ClientConfig &config);
    void rebuildMenu();
    // The open profile learns its portal id once the portal has said it.
    void recordPortal();
    // A removed profile that is open closes its connection.
    void onProfileRemoved(const QString &id);
    void reportKeychain(const auth::KeychainStatus &status);

    MainWindow *m_window;
    auth::SecretStore *m_secrets;
    auth::ProfileStore *m_store;
    QMenu *m_menu;
    QAction *m_manage;
    QPointer<ProfilesDialog> m_dialog;
    QString m_activeId;
    bool m_opening = false;
    bool m_keychainReported = false;
};

} // namespace assoc::app
