// SPDX-License-Identifier: MIT
#include "Authenticator.h"

#include "ApiVersion.h"
#include "ConnectionNetwork.h"
#include "ReplyGuard.h"
#include "core/JsonMapping.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace assoc {

bool Authenticator::rejected(const AuthHeaders &, const ErrorBody &) {
    return false;
}

std::unique_ptr<Authenticator> Authenticator::create(const Credentials &credentials,
                                                     ConnectionNetwork *network,
                                                     const QUrl &baseUrl, int timeoutMs) {
    switch (credentials.kind) {
    case Credentials::Kind::PrivateAppToken:
        return std::make_unique<StaticTokenAuthenticator>(
            "Authorization", "Bearer " + credentials.token.trimmed().toUtf8());
    case Credentials::Kind::ApiKey:
        return std::make_unique<StaticTokenAuthenticator>(credentials.apiKeyHeader.toLatin1(),
                                                          credentials.token.trimmed().toUtf8());
    case Credentials::Kind::OAuth: {
        QUrl tokenUrl = baseUrl;
        tokenUrl.setPath(baseUrl.path().chopped(baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                         ApiEndpoints::oauthToken());
        return std::make_unique<OAuthAuthenticator>(credentials, network, tokenUrl, timeoutMs);
    }
    }
    return nullptr;
}

StaticTokenAuthenticator::StaticTokenAuthenticator(QByteArray headerName, QByteArray headerValue,
                                                   QObject *parent)
    : Authenticator(parent)
    , m_headers{{std::move(headerName), std::move(headerValue)}} {}

void StaticTokenAuthenticator::authorize(Ready ready) {
    ready(m_headers);
}

OAuthAuthenticator::OAuthAuthenticator(Credentials credentials, ConnectionNetwork *network,
                                       QUrl tokenUrl, int timeoutMs, QObject *parent)
    : Authenticator(parent)
    , m_credentials(std::move(credentials))
    , m_network(network)
    , m_tokenUrl(std::move(tokenUrl))
    , m_timeoutMs(timeoutMs) {}

OAuthAuthenticator::~OAuthAuthenticator() {
    if (auto *reply = qobject_cast<QNetworkReply *>(m_pendingReply.data()))
        reply->abort();
}

AuthHeaders OAuthAuthenticator::currentHeaders() const {
    return {{"Authorization", "Bearer " + m_accessToken.toUtf8()}};
}

void OAuthAuthenticator::authorize(Ready ready) {
    const bool fresh = !m_accessToken.isEmpty() &&
                       QDateTime::currentDateTimeUtc().addSecs(RefreshMarginSeconds) < m_expiresAt;
    if (fresh && !m_refreshing) {
        ready(currentHeaders());
        return;
    }
    m_waiters.append(std::move(ready));
    if (!m_refreshing)
        startRefresh();
}

bool OAuthAuthenticator::rejected(const AuthHeaders &sent, const ErrorBody &error) {
    // A 401 for a token other than the current one: a refresh already replaced it.
    if (!sent.isEmpty() && sent.first().second != currentHeaders().first().second)
        return true;
    if (error.category == QLatin1String("EXPIRED_AUTHENTICATION") ||
        error.category == QLatin1String("INVALID_AUTHENTICATION")) {
        m_accessToken.clear(); // the next authorize refreshes, once for every waiter
        return true;
    }
    return false;
}

void OAuthAuthenticator::cancelPending() {
    finishWaiters(ApiResult<AuthHeaders>::failure(ApiError::canceled()));
}

void OAuthAuthenticator::finishWaiters(const ApiResult<AuthHeaders> &result) {
    const QList<Ready> waiters = std::exchange(m_waiters, {});
    for (const Ready &ready : waiters)
        ready(result);
}

void OAuthAuthenticator::startRefresh() {
    const QString operation =
        QCoreApplication::translate("Authenticator", "Refreshing the OAuth access token");
    const QString refused = m_network->refusal(m_tokenUrl);
    if (!refused.isEmpty()) {
        // Neither the client secret nor the refresh token goes anywhere this connection refuses.
        finishWaiters(ApiResult<AuthHeaders>::failure(ApiError::validation(refused, operation)));
        return;
    }
    m_refreshing = true;
    ++m_refreshCount;
    QNetworkRequest request(m_tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_credentials.clientSecret);
    form.addQueryItem(QStringLiteral("refresh_token"), m_credentials.refreshToken);
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    m_pendingReply = reply;
    const ReplyGuard *guard = ReplyGuard::watch(reply, m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, operation] {
        reply->deleteLater();
        m_refreshing = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        ApiError error;
        error.operation = operation;
        error.requestLine = QStringLiteral("POST ") + ApiEndpoints::oauthToken();
        error.correlationId = QString::fromLatin1(reply->rawHeader("X-HubSpot-Correlation-Id"));
        const QString refusedRedirect = ConnectionNetwork::refusedRedirect(reply);
        if (!refusedRedirect.isEmpty()) {
            error.kind = ApiError::Kind::Network;
            error.message = refusedRedirect;
            finishWaiters(ApiResult<AuthHeaders>::failure(error));
            return;
        }
        if (guard->cutShort() || status == 0) {
            switch (guard->breach()) {
            case ReplyGuard::Breach::TimedOut:
                error.kind = ApiError::Kind::Timeout;
                break;
            case ReplyGuard::Breach::TooLarge:
                error.kind = ApiError::Kind::InvalidResponse;
                break;
            case ReplyGuard::Breach::None:
                error.kind = ApiError::Kind::Network;
            }
            error.message = guard->breach() == ReplyGuard::Breach::None
                                ? m_network->transportFailure(reply)
                                : guard->message();
            finishWaiters(ApiResult<AuthHeaders>::failure(error));
            return;
        }
        if (status >= 200 && status < 300) {
            auto grant = json::parseTokenGrant(body);
            if (grant) {
                m_accessToken = grant->accessToken;
                m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(grant->expiresInSeconds);
                emit accessTokenIssued(m_accessToken);
                if (!grant->refreshToken.isEmpty() &&
                    grant->refreshToken != m_credentials.refreshToken) {
                    m_credentials.refreshToken = grant->refreshToken;
                    emit refreshTokenRotated(grant->refreshToken);
                }
                finishWaiters(currentHeaders());
                return;
            }
            error.kind = ApiError::Kind::InvalidResponse;
            error.httpStatus = status;
            error.message =
                QCoreApplication::translate("Authenticator",
                                            "The token endpoint's answer could not be read (%1).")
                    .arg(grant.error().toString());
            finishWaiters(ApiResult<AuthHeaders>::failure(error));
            return;
        }
        error.httpStatus = status;
        const auto parsed = json::parseErrorBody(body);
        if (parsed) {
            error.message = parsed->message;
            error.category = parsed->category.isEmpty() ? parsed->status : parsed->category;
            if (error.correlationId.isEmpty())
                error.correlationId = parsed->correlationId;
        }
        if (status >= 500) {
            error.kind = ApiError::Kind::Http;
            finishWaiters(ApiResult<AuthHeaders>::failure(error));
            return;
        }
        // BAD_REFRESH_TOKEN, BAD_CLIENT_ID, …: retrying cannot help; the user must sign in again.
        error.kind = ApiError::Kind::SignInRequired;
        if (error.message.isEmpty())
            error.message =
                QCoreApplication::translate("Authenticator", "HubSpot refused the refresh token.");
        error.message += QLatin1Char(' ') + QCoreApplication::translate(
                                                "Authenticator", "Sign in with HubSpot again.");
        m_accessToken.clear();
        finishWaiters(ApiResult<AuthHeaders>::failure(error));
        emit signInRequired(error);
    });
}

} // namespace assoc
