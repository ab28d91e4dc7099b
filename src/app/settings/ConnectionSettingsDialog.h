// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionSettings.h"
#include "core/ObjectTypeChoice.h"

#include <QDialog>
#include <memory>

class QLineEdit;

namespace Ui {
class ConnectionSettingsDialog;
}

namespace assoc::app {

class ObjectTypeChoiceEdit;

// Edits one profile's connection settings and its choice of object types: timeout, retries,
// concurrency, circuit breaker, HTTP/2, compression, proxy, extra CA certificates and a client
// certificate. TLS verification is not a setting. The proxy password and the client key's
// passphrase are returned with the settings; the caller stores them in the keychain.
class ConnectionSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionSettingsDialog(QWidget *parent = nullptr);
    ~ConnectionSettingsDialog() override;

    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    // Which object types the profile reads (not a connection setting, but set here too).
    void setObjectTypes(const ObjectTypeChoice &choice);
    ObjectTypeChoice objectTypes() const;
    // Why the current input cannot be saved, or empty.
    QString problem() const;

private:
    void updateState();
    void addCertificates();
    void chooseFile(QLineEdit *edit, const QString &title, const QString &filter);

    std::unique_ptr<Ui::ConnectionSettingsDialog> m_ui;
    ObjectTypeChoiceEdit *m_objectTypes;
};

} // namespace assoc::app
