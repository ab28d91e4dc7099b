// SPDX-License-Identifier: MIT
#include "CredentialLoader.h"

#include "SecretStore.h"

#include <QCoreApplication>

namespace assoc::auth {

CredentialLoader::CredentialLoader(PortalProfile profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets) {}

QList<SecretName> CredentialLoader::requiredSecrets(const PortalProfile &profile) {
    QList<SecretName> names;
    if (profile.authKind == Credentials::Kind::OAuth)
        names = {SecretName::ClientSecret, SecretName::RefreshToken};
    else
        names = {SecretName::Token};
    const ConnectionSettings &c = profile.connection;
    if (c.proxyMode == ConnectionSettings::ProxyMode::Manual && !c.proxyUser.isEmpty())
        names.append(SecretName::ProxyPassword);
    if (!c.clientCertificateFile.isEmpty())
        names.append(SecretName::ClientKeyPassphrase);
    return names;
}

void CredentialLoader::start() {
    if (m_started)
        return;
    m_started = true;
    m_credentials.kind = m_profile.authKind;
    m_credentials.clientId = m_profile.clientId;
    m_credentials.apiKeyHeader = m_profile.apiKeyHeader;
    m_pending = requiredSecrets(m_profile);
    QMetaObject::invokeMethod(this, &CredentialLoader::readNext, Qt::QueuedConnection);
}

void CredentialLoader::readNext() {
    if (!m_secrets) {
        finish(CredentialLoadResult::Status::Failed, tr("The secret store was closed."));
        return;
    }
    if (m_pending.isEmpty()) {
        finish(CredentialLoadResult::Status::Ready);
        return;
    }
    const SecretName name = m_pending.takeFirst();
    m_secrets->read(m_profile.id, name)->then(this, [this, name](const SecretResult &result) {
        handle(name, result);
    });
}

void CredentialLoader::handle(SecretName name, const SecretResult &result) {
    if (result.failed()) {
        finish(CredentialLoadResult::Status::Failed, result.errorMessage);
        return;
    }
    const QString value = result.ok() ? result.value : QString();
    switch (name) {
    case SecretName::Token:
        if (value.isEmpty()) {
            finish(CredentialLoadResult::Status::MissingSecret,
                   tr("No access token is stored for “%1”. Enter it in the portal's settings.")
                       .arg(m_profile.name));
            return;
        }
        m_credentials.token = value;
        break;
    case SecretName::ClientSecret:
        if (value.isEmpty()) {
            finish(CredentialLoadResult::Status::MissingSecret,
                   tr("No OAuth client secret is stored for “%1”. Enter it in the portal's "
                      "settings.")
                       .arg(m_profile.name));
            return;
        }
        m_credentials.clientSecret = value;
        break;
    case SecretName::RefreshToken:
        if (value.isEmpty()) {
            finish(CredentialLoadResult::Status::SignInRequired,
                   tr("Sign in with HubSpot to use “%1”.").arg(m_profile.name));
            return;
        }
        m_credentials.refreshToken = value;
        break;
    case SecretName::ProxyPassword:
        m_proxyPassword = value; // a proxy may well take an empty password
        break;
    case SecretName::ClientKeyPassphrase:
        m_clientKeyPassphrase = value; // a key need not be encrypted
        break;
    }
    readNext();
}

void CredentialLoader::finish(CredentialLoadResult::Status status, const QString &message) {
    if (m_finished)
        return;
    m_finished = true;
    CredentialLoadResult result;
    result.status = status;
    result.message = message;
    result.config = m_profile.clientConfig(m_credentials, m_proxyPassword, m_clientKeyPassphrase);
    emit finished(result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace assoc::auth
