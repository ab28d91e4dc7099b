// SPDX-License-Identifier: MIT
#include "ProfileSession.h"

#include "CredentialLoader.h"
#include "Redactor.h"
#include "SecretStore.h"
#include "api/HubSpotClient.h"

#include <QCoreApplication>

namespace assoc::auth {

ProfileSession::ProfileSession(PortalProfile profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets) {}

ProfileSession::~ProfileSession() {
    delete m_client.data();
}

Redactor *ProfileSession::redactor() const {
    return m_redactor ? m_redactor : &Redactor::global();
}

void ProfileSession::setState(State state, const QString &message) {
    const bool changed = state != m_state;
    m_state = state;
    m_message = message;
    if (changed)
        emit stateChanged(state);
}

void ProfileSession::start() {
    const int generation = ++m_generation;
    setState(State::Loading);
    if (!m_secrets) {
        setState(State::Failed,
                 QCoreApplication::translate("ProfileSession", "The secret store was closed."));
        emit failed(m_message);
        return;
    }
    auto *loader = new CredentialLoader(m_profile, m_secrets, this);
    connect(loader, &CredentialLoader::finished, this,
            [this, generation](const CredentialLoadResult &result) {
                if (generation == m_generation)
                    loaded(result);
            });
    loader->start();
}

void ProfileSession::loaded(const CredentialLoadResult &result) {
    switch (result.status) {
    case CredentialLoadResult::Status::Ready:
        useConfig(result.config);
        return;
    case CredentialLoadResult::Status::SignInRequired:
        m_config = result.config;
        setState(State::SignInRequired, result.message);
        emit signInRequired(result.message);
        return;
    case CredentialLoadResult::Status::MissingSecret:
    case CredentialLoadResult::Status::Failed:
        m_config = result.config;
        setState(State::Failed, result.message);
        emit failed(result.message);
        return;
    }
}

void ProfileSession::signedIn(const Credentials &credentials) {
    ++m_generation; // any load still running is out of date
    Credentials c = credentials;
    c.kind = Credentials::Kind::OAuth;
    useConfig(m_profile.clientConfig(c, m_config.connection.proxyPassword,
                                     m_config.connection.clientKeyPassphrase));
}

void ProfileSession::useConfig(const ClientConfig &config) {
    m_config = config;
    redactor()->addSecrets(m_config.credentials.secrets());
    for (const QString &secret :
         {m_config.connection.proxyPassword, m_config.connection.clientKeyPassphrase}) {
        if (!secret.isEmpty())
            redactor()->addSecret(secret);
    }
    if (m_client)
        m_client->deleteLater();
    m_client = new HubSpotClient(m_config);
    watch(m_client->authenticator());
    setState(State::Ready);
    emit ready(m_client);
}

void ProfileSession::watch(Authenticator *authenticator) {
    if (!authenticator)
        return;
    connect(authenticator, &Authenticator::refreshTokenRotated, this,
            &ProfileSession::onRefreshTokenRotated, Qt::UniqueConnection);
    connect(authenticator, &Authenticator::accessTokenIssued, this,
            &ProfileSession::onAccessTokenIssued, Qt::UniqueConnection);
    connect(authenticator, &Authenticator::signInRequired, this, &ProfileSession::onSignInRequired,
            Qt::UniqueConnection);
}

void ProfileSession::onAccessTokenIssued(const QString &accessToken) {
    redactor()->addSecret(accessToken);
}

void ProfileSession::onRefreshTokenRotated(const QString &refreshToken) {
    redactor()->addSecret(refreshToken);
    m_config.credentials.refreshToken = refreshToken;
    if (!m_secrets) {
        emit secretSaveFailed(
            QCoreApplication::translate("ProfileSession", "The secret store was closed."));
        return;
    }
    m_secrets->write(m_profile.id, SecretName::RefreshToken, refreshToken)
        ->then(this, [this](const SecretResult &result) {
            if (result.ok())
                emit refreshTokenSaved();
            else
                emit secretSaveFailed(result.errorMessage);
        });
}

void ProfileSession::onSignInRequired(const ApiError &error) {
    if (m_state == State::SignInRequired)
        return;
    const QString message =
        error.message.isEmpty()
            ? QCoreApplication::translate("ProfileSession",
                                          "HubSpot refused the sign-in for “%1”. Sign in again.")
                  .arg(m_profile.name)
            : redactor()->redact(error.message);
    setState(State::SignInRequired, message);
    emit signInRequired(message);
}

} // namespace assoc::auth
