// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "Credentials.h"
#include "core/ErrorBody.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>
#include <memory>

namespace assoc {

class ConnectionNetwork;

using AuthHeaders = QList<QPair<QByteArray, QByteArray>>;

// Puts credentials on requests. The OAuth form may have to fetch an access token first, so
// authorisation is asynchronous.
class Authenticator : public QObject {
    Q_OBJECT
public:
    using Ready = std::function<void(const ApiResult<AuthHeaders> &)>;
    using QObject::QObject;

    // Calls `ready` exactly once, possibly before returning.
    virtual void authorize(Ready ready) = 0;
    // HubSpot refused `sent` with 401. Returns true when asking again may succeed (an expired
    // access token that is being refreshed), false when the user must act.
    virtual bool rejected(const AuthHeaders &sent, const ErrorBody &error);
    // Drops every waiting `authorize` with a Canceled error.
    virtual void cancelPending() {}

    // `network` is the connection's and must outlive the authenticator.
    static std::unique_ptr<Authenticator> create(const Credentials &credentials,
                                                 ConnectionNetwork *network, const QUrl &baseUrl,
                                                 int timeoutMs);

signals:
    // The refresh token was refused (revoked, wrong client): the user must sign in again.
    void signInRequired(const assoc::ApiError &error);
    // HubSpot issued a new refresh token; the profile's stored one must be replaced.
    void refreshTokenRotated(const QString &refreshToken);
    // A refresh brought a new access token: whoever redacts diagnostics must know it.
    void accessTokenIssued(const QString &accessToken);
};

// Authorization: Bearer <token>, or the token in an API-key header.
class StaticTokenAuthenticator : public Authenticator {
    Q_OBJECT
public:
    StaticTokenAuthenticator(QByteArray headerName, QByteArray headerValue,
                             QObject *parent = nullptr);
    void authorize(Ready ready) override;

private:
    AuthHeaders m_headers;
};

// OAuth 2 refresh-token grant: the access token lives only in memory, is refreshed shortly
// before it expires and once when HubSpot says it expired; one refresh is in flight at a time
// however many requests wait for it. The refresh goes over the connection's own network, with
// its proxy and certificates, and not at all to a token URL the connection refuses.
class OAuthAuthenticator : public Authenticator {
    Q_OBJECT
public:
    OAuthAuthenticator(Credentials credentials, ConnectionNetwork *network, QUrl tokenUrl,
                       int timeoutMs, QObject *parent = nullptr);
    ~OAuthAuthenticator() override;

    void authorize(Ready ready) override;
    bool rejected(const AuthHeaders &sent, const ErrorBody &error) override;
    void cancelPending() override;

    int refreshCount() const { return m_refreshCount; }
    // Seconds before expiry at which the token is refreshed ahead of use.
    static constexpr int RefreshMarginSeconds = 60;

private:
    void startRefresh();
    void finishWaiters(const ApiResult<AuthHeaders> &result);
    AuthHeaders currentHeaders() const;

    Credentials m_credentials;
    ConnectionNetwork *m_network;
    QUrl m_tokenUrl;
    int m_timeoutMs;
    QString m_accessToken;
    QDateTime m_expiresAt;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    QList<Ready> m_waiters;
    QPointer<QObject> m_pendingReply;
};

} // namespace assoc
