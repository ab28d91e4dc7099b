// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

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
    // The PKCE challenge (RFC 7636) an authorization request carried; empty when it had none.
    struct CodeChallenge {
        QString challenge;
        QString method; // "S256" or "plain"
    };
    enum class Redemption { Redeemed, UnknownCode, VerifierMismatch };

    OAuthTokens();

    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    // The registered app's secret, as a developer account may rotate it.
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    static QStringList defaultScopes();

    QString issueRefreshToken(const QStringList &scopes = {});
    void revokeRefreshToken(const QString &token);
    bool isValidRefreshToken(const QString &token) const;
    QStringList refreshTokenScopes(const QString &token) const;

    QString issueAuthCode(const QString &redirectUri, const QStringList &scopes,
                          const CodeChallenge &challenge = {});
    // One-time: a redeemed code is gone. A code issued with a challenge needs the matching
    // `codeVerifier`; one issued without ignores it. A refused attempt leaves the code as it was.
    Redemption redeemAuthCode(const QString &code, const QString &redirectUri,
                              const QString &codeVerifier, QStringList *scopes);
    static bool isSupportedChallengeMethod(const QString &method);

    // Issues an access token for a valid refresh token; rotates it when asked.
    Grant grant(const QString &refreshToken, int lifetimeSec, bool rotate);
    AccessState check(const QString &accessToken, qint64 *expiredSecondsAgo = nullptr,
                      QStringList *scopes = nullptr) const;
    qint64 accessTokenExpiry(const QString &accessToken) const; // ms since epoch, 0 if unknown
    void expireAllAccessTokens();
    // Every access and refresh token issued and not revoked, expired ones too.
    QStringList issuedTokens() const;

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
    struct AuthCode {
        QString redirectUri;
        QStringList scopes;
        CodeChallenge challenge;
    };
    QHash<QString, AuthCode> m_codes;
    QHash<QString, Access> m_access;
    int m_tokenRequests = 0;
};

} // namespace assoc::fake
