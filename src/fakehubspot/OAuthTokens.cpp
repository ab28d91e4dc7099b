// SPDX-License-Identifier: MIT
#include "OAuthTokens.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {
QString randomPart() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// RFC 7636 section 4.6: S256 compares BASE64URL(SHA-256(verifier)) without padding; plain
// compares the verifier itself. A verifier outside 43-128 unreserved characters never matches.
bool verifierMatches(const QString &verifier, const OAuthTokens::CodeChallenge &c) {
    static const QRegularExpression shape(u"^[A-Za-z0-9._~-]{43,128}$"_s);
    if (!shape.match(verifier).hasMatch())
        return false;
    if (c.method == u"plain")
        return verifier == c.challenge;
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    const QByteArray encoded =
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(encoded) == c.challenge;
}
} // namespace

OAuthTokens::OAuthTokens()
    : m_clientId(u"fake-client-id-5a1e0000-0000-4000-8000-000000000001"_s)
    , m_clientSecret(u"fake-client-secret-0000"_s) {}

QStringList OAuthTokens::defaultScopes() {
    return {u"oauth"_s,
            u"crm.objects.contacts.read"_s,
            u"crm.objects.contacts.write"_s,
            u"crm.objects.companies.read"_s,
            u"crm.objects.companies.write"_s,
            u"crm.objects.deals.read"_s,
            u"crm.objects.deals.write"_s,
            u"crm.objects.custom.read"_s,
            u"crm.schemas.custom.read"_s};
}

QString OAuthTokens::issueRefreshToken(const QStringList &scopes) {
    const QString token = u"fake-rt-"_s + randomPart();
    m_refreshTokens.insert(token, scopes.isEmpty() ? defaultScopes() : scopes);
    return token;
}

void OAuthTokens::revokeRefreshToken(const QString &token) {
    m_refreshTokens.remove(token);
}

bool OAuthTokens::isValidRefreshToken(const QString &token) const {
    return m_refreshTokens.contains(token);
}

QStringList OAuthTokens::refreshTokenScopes(const QString &token) const {
    return m_refreshTokens.value(token);
}

QString OAuthTokens::issueAuthCode(const QString &redirectUri, const QStringList &scopes,
                                   const CodeChallenge &challenge) {
    const QString code = u"fake-code-"_s + randomPart();
    m_codes.insert(code, {redirectUri, scopes.isEmpty() ? defaultScopes() : scopes, challenge});
    return code;
}

bool OAuthTokens::isSupportedChallengeMethod(const QString &method) {
    return method == u"S256" || method == u"plain";
}

OAuthTokens::Redemption OAuthTokens::redeemAuthCode(const QString &code, const QString &redirectUri,
                                                    const QString &codeVerifier,
                                                    QStringList *scopes) {
    const auto it = m_codes.constFind(code);
    if (it == m_codes.constEnd() || it->redirectUri != redirectUri)
        return Redemption::UnknownCode;
    if (!it->challenge.challenge.isEmpty() && !verifierMatches(codeVerifier, it->challenge))
        return Redemption::VerifierMismatch;
    if (scopes)
        *scopes = it->scopes;
    m_codes.remove(code);
    return Redemption::Redeemed;
}

OAuthTokens::Grant OAuthTokens::grant(const QString &refreshToken, int lifetimeSec, bool rotate) {
    Grant g;
    g.scopes = m_refreshTokens.value(refreshToken);
    g.refreshToken = refreshToken;
    if (rotate) {
        m_refreshTokens.remove(refreshToken);
        g.refreshToken = issueRefreshToken(g.scopes);
    }
    g.accessToken = u"fake-at-"_s + randomPart() + randomPart().remove(u'-');
    g.expiresIn = lifetimeSec;
    m_access.insert(
        g.accessToken,
        Access{QDateTime::currentMSecsSinceEpoch() + qint64(lifetimeSec) * 1000, g.scopes});
    return g;
}

OAuthTokens::AccessState OAuthTokens::check(const QString &accessToken, qint64 *expiredSecondsAgo,
                                            QStringList *scopes) const {
    const auto it = m_access.constFind(accessToken);
    if (it == m_access.constEnd())
        return AccessState::Unknown;
    if (scopes)
        *scopes = it->scopes;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now >= it->expiresAtMs) {
        if (expiredSecondsAgo)
            *expiredSecondsAgo = (now - it->expiresAtMs) / 1000;
        return AccessState::Expired;
    }
    return AccessState::Valid;
}

qint64 OAuthTokens::accessTokenExpiry(const QString &accessToken) const {
    return m_access.value(accessToken).expiresAtMs;
}

void OAuthTokens::expireAllAccessTokens() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto &a : m_access)
        a.expiresAtMs = std::min(a.expiresAtMs, now - 1);
}

QStringList OAuthTokens::issuedTokens() const {
    return m_access.keys() + m_refreshTokens.keys();
}

void OAuthTokens::reset() {
    m_refreshTokens.clear();
    m_codes.clear();
    m_access.clear();
    m_tokenRequests = 0;
}

} // namespace assoc::fake
