// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace assoc::fake {

// The OAuth side of the portal: the registered app, auth codes, refresh and
// access tokens. Tokens are random and obviously fake.
class OAuthTokens {
public:
    enum class AccessState { Unknown, Valid, Expired };
    struct Grant {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        QStringList scopes;
    };

    OAuthTokens();

    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    static QStringList defaultScopes();

    QString issueRefreshToken(const QStringList &scopes = {});
    void revokeRefreshToken(const QString &token);
    bool isValidRefreshToken(const QString &token) const;
    QStringList refreshTokenScopes(const QString &token) const;

    QString issueAuthCode(const QString &redirectUri, const QStringList &scopes);
    // One-time: a redeemed or mismatched code is gone / refused.
    std::optional<QStringList> redeemAuthCode(const QString &code, const QString &redirectUri);

    // Issues an access token for a valid refresh token; rotates it when asked.
    Grant grant(const QString &refreshToken, int lifetimeSec, bool rotate);
    AccessState check(const QString &accessToken, qint64 *expiredSecondsAgo = nullptr,
                      QStringList *scopes = nullptr) const;
    qint64 accessTokenExpiry(const QString &accessToken) const; // ms since epoch, 0 if unknown
    void expireAllAccessTokens();

    void countTokenRequest() { ++m_tokenRequests; }
    int tokenRequestCount() const { return m_tokenRequests; }
    void reset();

private:
    struct Access {
        qint64 expiresAtMs = 0;
        QStringList scopes;
    };
    QString m_clientId;
    QString m_clientSecret;
    QHash<QString, QStringList> m_refreshTokens;
    QHash<QString, QPair<QString, QStringList>> m_codes; // code -> redirect uri, scopes
    QHash<QString, Access> m_access;
    int m_tokenRequests = 0;
};

} // namespace assoc::fake
