// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionSettings.h"

#include <QDialog>
#include <memory>

class QLineEdit;

namespace Ui {
class ConnectionSettingsDialog;
}

namespace assoc::app {

// Edits one profile's connection settings: timeout, retries, concurrency, circuit breaker,
// HTTP/2, compression, proxy, extra CA certificates and a client certificate. TLS verification
// is not a setting. The proxy password and the client key's passphrase are returned with the
// settings; the caller stores them in the keychain.
class ConnectionSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionSettingsDialog(QWidget *parent = nullptr);
    ~ConnectionSettingsDialog() override;

    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    // Why the current input cannot be saved, or empty.
    QString problem() const;

private:
    void updateState();
    void addCertificates();
    void chooseFile(QLineEdit *edit, const QString &title, const QString &filter);

    std::unique_ptr<Ui::ConnectionSettingsDialog> m_ui;
};

} // namespace assoc::app
