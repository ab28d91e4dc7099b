// SPDX-License-Identifier: MIT
#include "Authenticator.h"

#include "HubSpotErrors.h"

using namespace Qt::StringLiterals;

namespace assoc::fake {

Authenticator::Authenticator(const FakeConfig &config, const OAuthTokens &tokens)
    : m_config(config)
    , m_tokens(tokens) {}

Authenticator::Outcome Authenticator::check(const FakeRequest &request) const {
    Outcome out;
    QString token;
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7 &&
        authorization.first(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    } else if (m_config.acceptApiKeyHeaders) {
        for (const auto &name : {QByteArray("private-app"), QByteArray("private-app-legacy")}) {
            if (request.hasHeader(name)) {
                const QString key = QString::fromLatin1(request.header(name).trimmed());
                if (key != m_config.privateAppToken) {
                    out.refusal = HubSpotErrors::error(
                        request, 401, u"INVALID_AUTHENTICATION"_s,
                        u"The API key provided is invalid. View or manage your API key here: "
                        u"https://app.hubspot.com/l/api-key/"_s);
                    return out;
                }
                token = key;
            }
        }
    }
    if (token.isEmpty()) {
        out.refusal = HubSpotErrors::error(
            request, 401, u"INVALID_AUTHENTICATION"_s,
            u"Authentication credentials not found. This API supports OAuth 2.0 authentication "
            u"and you can find more details at "
            u"https://developers.hubspot.com/docs/methods/auth/oauth-overview"_s);
        return out;
    }
    QStringList scopes;
    if (token == m_config.privateAppToken) {
        scopes = m_config.privateAppScopes;
    } else {
        qint64 ago = 0;
        switch (m_tokens.check(token, &ago, &scopes)) {
        case OAuthTokens::AccessState::Valid:
            out.oauth = true;
            break;
        case OAuthTokens::AccessState::Expired:
            out.refusal = HubSpotErrors::error(
                request, 401, u"EXPIRED_AUTHENTICATION"_s,
                u"The OAuth token used to make this call expired %1 minute(s) ago."_s.arg(ago /
                                                                                          60));
            return out;
        case OAuthTokens::AccessState::Unknown:
            out.refusal = HubSpotErrors::error(
                request, 401, u"INVALID_AUTHENTICATION"_s,
                u"Authentication credentials not found. This API supports OAuth 2.0 "
                u"authentication and you can find more details at "
                u"https://developers.hubspot.com/docs/methods/auth/oauth-overview"_s);
            return out;
        }
    }
    if (!m_config.requiredScopes.isEmpty()) {
        bool granted = false;
        for (const auto &s : m_config.requiredScopes)
            granted = granted || scopes.contains(s);
        if (!granted)
            out.refusal = HubSpotErrors::missingScopes(request, m_config.requiredScopes);
    }
    return out;
}

} // namespace assoc::fake
