// SPDX-License-Identifier: MIT
#pragma once

#include "CredentialLoadResult.h"
#include "PortalProfile.h"
#include "SecretName.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace assoc::auth {

class SecretStore;
struct SecretResult;

// Reads the secrets a profile needs from the keychain, asynchronously, and builds its
// ClientConfig. One loader per load: start() once; `finished` is emitted exactly once (never
// from within start()) and the loader then deletes itself unless setAutoDelete(false).
class CredentialLoader : public QObject {
    Q_OBJECT
public:
    CredentialLoader(PortalProfile profile, SecretStore *secrets, QObject *parent = nullptr);

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void start();

    // The secrets a profile of this kind needs, in the order they are read.
    static QList<SecretName> requiredSecrets(const PortalProfile &profile);

signals:
    void finished(const assoc::auth::CredentialLoadResult &result);

private:
    void readNext();
    void handle(SecretName name, const SecretResult &result);
    void finish(CredentialLoadResult::Status status, const QString &message = {});

    PortalProfile m_profile;
    QPointer<SecretStore> m_secrets;
    QList<SecretName> m_pending;
    Credentials m_credentials;
    QString m_proxyPassword;
    QString m_clientKeyPassphrase;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace assoc::auth
