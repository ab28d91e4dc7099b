// SPDX-License-Identifier: MIT
#pragma once

#include "DialogBusyState.h"
#include "auth/PortalProfile.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ProfilesDialog;
}

namespace assoc::auth {
class ProfileStore;
class SecretStore;
class SecretOperation;
struct SecretResult;
} // namespace assoc::auth

namespace assoc::app {

class ConnectDialog;

// Manage Profiles: the saved portals with their address, sign-in method, portal id and which
// one is open; Add…, Edit…, Duplicate, Remove… and Open. Add and Edit use the Connect dialog's
// form in profile mode; an empty secret field keeps the stored secret. Secrets are written to
// the keychain before the profile is saved, so a keychain failure saves nothing and leaves the
// form as typed.
class ProfilesDialog : public QDialog {
    Q_OBJECT
public:
    // Both must outlive the dialog.
    ProfilesDialog(auth::ProfileStore *store, auth::SecretStore *secrets,
                   QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // The profile open in the window (marked in the list); empty for none.
    void setActiveProfileId(const QString &id);
    QString currentProfileId() const;
    bool selectProfile(const QString &id);
    // The Add/Edit form while it is shown, else null.
    ConnectDialog *editor() const;
    // Whether a keychain operation is running (the buttons wait for it).
    bool isBusy() const { return m_busy > 0; }

    void addProfile();
    void editProfile(const QString &id);
    void duplicateProfile(const QString &id);
    // Asks first; the profile and its keychain entries go only when the user confirms.
    void removeProfile(const QString &id);

signals:
    // Open was chosen: the window should connect to this profile.
    void openRequested(const QString &id);
    // A profile was changed with Edit (the window reopens it when it is the open one).
    void profileEdited(const QString &id);

private:
    using Step = std::function<auth::SecretOperation *()>;

    void reload();
    void updateButtons();
    void openEditor(const std::optional<auth::PortalProfile> &profile);
    void save(const QString &id);
    void removeConfirmed(const QString &id);
    // Runs the keychain operations one after another; `done` gets the first failure or Ok.
    void runSteps(QList<Step> steps, std::function<void(const auth::SecretResult &)> done);
    void setBusy(bool busy);
    void showMessage(const QString &message);
    QString uniqueCopyName(const QString &name) const;

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    auth::ProfileStore *m_store;
    auth::SecretStore *m_secrets;
    QPointer<ConnectDialog> m_editor;
    QString m_activeId;
    int m_busy = 0; // operations under way
    DialogBusyState m_busyState{this};
};

} // namespace assoc::app
