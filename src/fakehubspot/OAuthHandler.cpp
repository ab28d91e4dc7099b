// SPDX-License-Identifier: MIT
#include "OAuthHandler.h"

#include "HubSpotErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {
const qint64 kUserId = 41000001;
const qint64 kAppId = 3100001;

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QUrlQuery formFields(const FakeRequest &request) {
    QUrlQuery fields(request.query);
    QByteArray body = request.body;
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(body));
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        fields.removeAllQueryItems(key);
        fields.addQueryItem(key, value);
    }
    return fields;
}
} // namespace

OAuthHandler::OAuthHandler(OAuthTokens &tokens, const FakeConfig &config,
                           const FakePortalState &state)
    : m_tokens(tokens)
    , m_config(config)
    , m_state(state) {}

bool OAuthHandler::isOAuthPath(const QString &path) {
    return path.startsWith(u"/oauth/"_s);
}

bool OAuthHandler::isAuthorizePath(const QString &path) {
    static const QRegularExpression re(u"^/oauth/(\\d+/)?authorize/?$"_s);
    return re.match(path).hasMatch();
}

std::optional<FakeResponse> OAuthHandler::handle(const FakeRequest &request) {
    const QString &path = request.path;
    if (isAuthorizePath(path))
        return request.method == u"GET" ? authorize(request) : std::optional<FakeResponse>();
    if (path == u"/oauth/v1/token" && request.method == u"POST")
        return token(request);
    const QLatin1String refreshPrefix("/oauth/v1/refresh-tokens/");
    const QLatin1String accessPrefix("/oauth/v1/access-tokens/");
    if (path.startsWith(refreshPrefix)) {
        const QString t = path.mid(refreshPrefix.size());
        if (request.method == u"DELETE") {
            m_tokens.revokeRefreshToken(t);
            return FakeResponse::noContent();
        }
        if (request.method == u"GET") {
            if (!m_tokens.isValidRefreshToken(t))
                return HubSpotErrors::error(request, 404, u"OBJECT_NOT_FOUND"_s,
                                            u"refresh token not found"_s);
            return FakeResponse::json(
                200, {{u"token"_s, t},
                      {u"user"_s, u"admin@example.com"_s},
                      {u"hub_domain"_s, u"demo-portal.example.com"_s},
                      {u"scopes"_s, QJsonArray::fromStringList(m_tokens.refreshTokenScopes(t))},
                      {u"hub_id"_s, m_state.portalId()},
                      {u"client_id"_s, m_tokens.clientId()},
                      {u"user_id"_s, kUserId},
                      {u"token_type"_s, u"refresh"_s}});
        }
    }
    if (path.startsWith(accessPrefix) && request.method == u"GET") {
        const QString t = path.mid(accessPrefix.size());
        QStringList scopes;
        if (m_tokens.check(t, nullptr, &scopes) != OAuthTokens::AccessState::Valid)
            return HubSpotErrors::error(request, 404, u"OBJECT_NOT_FOUND"_s,
                                        u"access token not found or expired"_s);
        const qint64 left =
            (m_tokens.accessTokenExpiry(t) - QDateTime::currentMSecsSinceEpoch()) / 1000;
        return FakeResponse::json(200, {{u"token"_s, t},
                                        {u"user"_s, u"admin@example.com"_s},
                                        {u"hub_domain"_s, u"demo-portal.example.com"_s},
                                        {u"scopes"_s, QJsonArray::fromStringList(scopes)},
                                        {u"hub_id"_s, m_state.portalId()},
                                        {u"app_id"_s, kAppId},
                                        {u"expires_in"_s, left},
                                        {u"user_id"_s, kUserId},
                                        {u"token_type"_s, u"access"_s}});
    }
    return std::nullopt;
}

FakeResponse OAuthHandler::tokenError(const FakeRequest &request, const QString &status,
                                      const QString &message) const {
    // Token errors have no `category`, unlike the CRM APIs.
    return FakeResponse::json(400, {{u"status"_s, status},
                                    {u"message"_s, message},
                                    {u"correlationId"_s, request.correlationId}});
}

FakeResponse OAuthHandler::token(const FakeRequest &request) {
    m_tokens.countTokenRequest();
    const QUrlQuery f = formFields(request);
    auto field = [&](const QString &name) { return f.queryItemValue(name, QUrl::FullyDecoded); };
    const QString grantType = field(u"grant_type"_s);
    if (field(u"client_id"_s) != m_tokens.clientId())
        return tokenError(request, u"BAD_CLIENT_ID"_s, u"missing or unknown client id"_s);
    if (field(u"client_secret"_s) != m_tokens.clientSecret())
        return tokenError(request, u"BAD_CLIENT_ID"_s, u"missing or invalid client secret"_s);
    QString refreshToken;
    bool rotate = m_config.rotateRefreshTokens;
    if (grantType == u"refresh_token") {
        refreshToken = field(u"refresh_token"_s);
        if (!m_tokens.isValidRefreshToken(refreshToken))
            return tokenError(request, u"BAD_REFRESH_TOKEN"_s,
                              u"missing or invalid refresh token"_s);
    } else if (grantType == u"authorization_code") {
        QStringList scopes;
        switch (m_tokens.redeemAuthCode(field(u"code"_s), field(u"redirect_uri"_s),
                                        field(u"code_verifier"_s), &scopes)) {
        case OAuthTokens::Redemption::Redeemed:
            break;
        case OAuthTokens::Redemption::UnknownCode:
            return tokenError(request, u"BAD_AUTH_CODE"_s, u"missing or invalid auth code"_s);
        case OAuthTokens::Redemption::VerifierMismatch:
            // HubSpot documents no status of its own for PKCE; the code cannot be redeemed.
            return tokenError(request, u"BAD_AUTH_CODE"_s,
                              u"missing or invalid code_verifier for this auth code"_s);
        }
        refreshToken = m_tokens.issueRefreshToken(scopes);
        rotate = false; // a fresh refresh token already
    } else {
        return tokenError(request, u"BAD_GRANT_TYPE"_s,
                          u"grant_type must be authorization_code or refresh_token"_s);
    }
    const OAuthTokens::Grant g =
        m_tokens.grant(refreshToken, m_config.accessTokenLifetimeSec, rotate);
    return FakeResponse::json(200, {{u"token_type"_s, u"bearer"_s},
                                    {u"refresh_token"_s, g.refreshToken},
                                    {u"access_token"_s, g.accessToken},
                                    {u"expires_in"_s, g.expiresIn},
                                    {u"token_use"_s, u"access_token"_s},
                                    {u"hub_id"_s, m_state.portalId()},
                                    {u"user_id"_s, kUserId},
                                    {u"scopes"_s, QJsonArray::fromStringList(g.scopes)}});
}

FakeResponse OAuthHandler::authorize(const FakeRequest &request) {
    const QUrlQuery q = request.queryItems();
    auto field = [&](const QString &name) { return q.queryItemValue(name, QUrl::FullyDecoded); };
    if (field(u"client_id"_s) != m_tokens.clientId())
        return HubSpotErrors::validation(request, u"Unknown client_id"_s);
    const QString redirectUri = field(u"redirect_uri"_s);
    QUrl target(redirectUri);
    if (redirectUri.isEmpty() || !target.isValid())
        return HubSpotErrors::validation(request, u"Missing or invalid redirect_uri"_s);
    QStringList scopes;
    for (const QString &key : {u"scope"_s, u"optional_scope"_s})
        scopes += field(key).split(QRegularExpression(u"[ +]"_s), Qt::SkipEmptyParts);
    // PKCE (RFC 7636): the challenge is kept with the code; without a method it is "plain".
    OAuthTokens::CodeChallenge challenge;
    challenge.challenge = field(u"code_challenge"_s);
    if (!challenge.challenge.isEmpty()) {
        challenge.method = q.hasQueryItem(u"code_challenge_method"_s)
                               ? field(u"code_challenge_method"_s)
                               : u"plain"_s;
        if (!OAuthTokens::isSupportedChallengeMethod(challenge.method))
            return HubSpotErrors::validation(request,
                                             u"code_challenge_method must be S256 or plain"_s);
    }
    const QString code = m_tokens.issueAuthCode(redirectUri, scopes, challenge);
    QUrlQuery back(target);
    back.addQueryItem(u"code"_s, code);
    if (q.hasQueryItem(u"state"_s))
        back.addQueryItem(u"state"_s, q.queryItemValue(u"state"_s, QUrl::FullyEncoded));
    target.setQuery(back);
    FakeResponse r;
    r.status = 302;
    r.setHeader("Location", target.toEncoded());
    return r;
}

} // namespace assoc::fake
