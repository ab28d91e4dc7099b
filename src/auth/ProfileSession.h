// SPDX-License-Identifier: MIT
#pragma once

#include "CredentialLoadResult.h"
#include "PortalProfile.h"

#include <QObject>
#include <QPointer>

namespace assoc {
class Authenticator;
class HubSpotClient;
struct ApiError;
} // namespace assoc

namespace assoc::auth {

class SecretStore;
class Redactor;

// A profile in use: loads its secrets, builds the HubSpotClient, keeps the stored refresh token
// in step when HubSpot rotates it, and turns a refused sign-in into one "sign in again" state
// rather than a string of errors.
class ProfileSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,
        Loading,        // reading secrets from the keychain
        Ready,          // client() is usable
        SignInRequired, // the OAuth sign-in is missing, revoked or refused: sign in again
        Failed,         // secrets could not be read or are missing; message() says why
    };
    Q_ENUM(State)

    // `secrets` must outlive the session.
    ProfileSession(PortalProfile profile, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileSession() override;

    const PortalProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    // The configuration in use (secrets included); complete only when Ready.
    const ClientConfig &config() const { return m_config; }
    // The client of the current configuration; null before Ready. Replaced (and the old one
    // deleted later) when the session reloads or signs in again.
    HubSpotClient *client() const { return m_client; }

    void setRedactor(Redactor *redactor) { m_redactor = redactor; }

    // Loads the secrets and builds a client; safe to call again to reload.
    void start();
    // After OAuthSignIn succeeded: use these credentials (the refresh token is already stored).
    void signedIn(const Credentials &credentials);
    // Keeps the stored refresh token current and watches for refused sign-ins on an
    // authenticator this session did not create (the session's own client is watched already).
    void watch(Authenticator *authenticator);

signals:
    void stateChanged(assoc::auth::ProfileSession::State state);
    void ready(assoc::HubSpotClient *client);
    // Emitted once per transition into SignInRequired, however many requests were refused.
    void signInRequired(const QString &message);
    void failed(const QString &message);
    void refreshTokenSaved();
    // A rotated refresh token could not be stored: the next start will need a new sign-in.
    void secretSaveFailed(const QString &message);

private:
    void loaded(const CredentialLoadResult &result);
    void useConfig(const ClientConfig &config);
    void onAccessTokenIssued(const QString &accessToken);
    void onRefreshTokenRotated(const QString &refreshToken);
    void onSignInRequired(const ApiError &error);
    void setState(State state, const QString &message = {});
    Redactor *redactor() const;

    PortalProfile m_profile;
    QPointer<SecretStore> m_secrets;
    Redactor *m_redactor = nullptr;
    State m_state = State::Idle;
    QString m_message;
    ClientConfig m_config;
    QPointer<HubSpotClient> m_client;
    int m_generation = 0; // a reload makes earlier loads' answers stale
};

} // namespace assoc::auth
