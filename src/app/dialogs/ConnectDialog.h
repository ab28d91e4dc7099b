// SPDX-License-Identifier: MIT
#pragma once

#include "DialogBusyState.h"
#include "api/ApiError.h"
#include "api/HubSpotClient.h"
#include "core/PortalInfo.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace Ui {
class ConnectDialog;
}

namespace assoc::app {

class ObjectTypeChoiceEdit;

// Connect to a portal: base URL, sign-in method with its fields, API version, and a Test
// button. Secrets stay in this dialog's memory and in the returned config only: they are never
// written to QSettings or logged. The owner runs the test and the connection.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Prefills the base URL, sign-in method, non-secret fields (client id, API-key header) and
    // API version and object-type choice. Secret fields are left empty; connection settings
    // are kept and returned by config().
    void setConfig(const ClientConfig &config);
    // Base URL (default https://api.hubapi.com), API version and credentials as typed.
    ClientConfig config() const;

    // Shows "Portal 7001234 · app.hubspot.com".
    void setTestResult(const PortalInfo &info);
    void setTestError(const ApiError &error);
    // After "Sign in with HubSpot": the refresh token the sign-in produced, or why it failed.
    void setSignedIn(const QString &refreshToken);
    // The portal replaced the refresh token while the connection was tested.
    void setRefreshToken(const QString &refreshToken);
    void setSignInError(const QString &message);
    void setBusy(bool busy);
    bool isBusy() const { return m_busyState.isBusy(); }

    // Why the current input cannot be used, or empty.
    QString problem() const;

    // Editing a saved profile rather than connecting: shows a Name field (required, and none of
    // `takenNames` again, whatever the case), labels OK "Save" and hides Test and "Sign in with
    // HubSpot" (nothing is sent from here). With `storedKind` set, the secret fields of that
    // sign-in method may stay empty to keep the secrets already stored. Call after setConfig().
    void setProfileMode(const QString &name, const QStringList &takenNames,
                        std::optional<Credentials::Kind> storedKind = std::nullopt);
    QString profileName() const;
    // Whether the secret fields left empty keep the stored secrets (profile mode, same method).
    bool keepsStoredSecrets() const;

signals:
    void testRequested(const assoc::ClientConfig &config); // Test button
    void submitRequested();
    // "Sign in with HubSpot" with the typed base URL, client id and client secret.
    void signInRequested(const assoc::ClientConfig &config);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    Credentials::Kind currentKind() const;
    void showAuthPage(int index);
    void revalidate();
    void inputEdited();
    void submit();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    ClientConfig m_base;
    DialogBusyState m_busyState{this};
    bool m_valid = false;
    bool m_showAll = false; // after OK or Test: show messages for untouched fields too
    ObjectTypeChoiceEdit *m_objectTypes = nullptr;
    QLineEdit *m_nameEdit = nullptr; // profile mode only
    QLabel *m_nameError = nullptr;
    QStringList m_takenNames;
    std::optional<Credentials::Kind> m_storedKind;
};

} // namespace assoc::app
