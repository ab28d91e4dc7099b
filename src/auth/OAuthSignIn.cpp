// SPDX-License-Identifier: MIT
#include "OAuthSignIn.h"

#include "LoopbackReplyHandler.h"
#include "Redactor.h"
#include "SecretStore.h"
#include "api/ConnectionNetwork.h"
#include "api/RequiredScopes.h"
#include "core/JsonMapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>
#include <QTimer>

namespace assoc::auth {

namespace {

const QString kState = QStringLiteral("state");
const QString kCode = QStringLiteral("code");
const QString kError = QStringLiteral("error");

// `byteCount` bytes (a multiple of 4) from the system's secure generator, as base64url text
// without padding: only characters of RFC 3986's unreserved set.
QString randomUrlSafe(int byteCount) {
    QByteArray bytes(byteCount, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// PKCE (RFC 7636): 64 random bytes give an 86-character verifier (43-128 allowed); the
// challenge sent with the authorization request is BASE64URL(SHA-256(verifier)) unpadded.
QString newCodeVerifier() {
    return randomUrlSafe(64);
}

QString s256Challenge(const QString &verifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString decoded(const QVariant &value) {
    return QUrl::fromPercentEncoding(value.toString().toUtf8());
}

} // namespace

OAuthSignIn::OAuthSignIn(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets) {}

OAuthSignIn::~OAuthSignIn() {
    m_running = false;
    teardown();
}

Redactor *OAuthSignIn::redactor() const {
    return m_redactor ? m_redactor : &Redactor::global();
}

QStringList OAuthSignIn::scopeList() {
    return RequiredScopes::signIn();
}

QString OAuthSignIn::scope() {
    return scopeList().join(QLatin1Char(' '));
}

QUrl OAuthSignIn::redirectUri() const {
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

bool OAuthSignIn::start(const PortalProfile &profile, const QString &clientSecret,
                        const QString &proxyPassword, const QString &clientKeyPassphrase) {
    if (m_running)
        return false;
    teardown();
    m_running = true;
    const int generation = ++m_generation;
    m_profile = profile;
    m_clientSecret = clientSecret;
    m_authorizationRequestUrl.clear();
    m_lastCallbackStateOk = false;
    redactor()->addSecret(clientSecret);
    if (!proxyPassword.isEmpty())
        redactor()->addSecret(proxyPassword);
    if (!clientKeyPassphrase.isEmpty())
        redactor()->addSecret(clientKeyPassphrase);

    // Failures found before anything started are reported after start() has returned.
    const auto failLater = [this, generation](SignInResult::Status status, const QString &text) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, status, text] {
                if (generation == m_generation)
                    fail(status, text);
            },
            Qt::QueuedConnection);
        return true;
    };
    if (profile.clientId.trimmed().isEmpty())
        return failLater(SignInResult::Status::Failed,
                         tr("The portal's settings have no OAuth client ID."));
    if (clientSecret.trimmed().isEmpty())
        return failLater(SignInResult::Status::Failed,
                         tr("The portal's settings have no OAuth client secret."));
    if (!m_opener)
        return failLater(SignInResult::Status::Failed, tr("There is no way to open a browser."));

    // A manager of its own, with the connection's proxy and certificates: the sign-in can then
    // stop its token request at any time without touching the app's requests.
    ConnectionSettings connection = profile.connection;
    connection.proxyPassword = proxyPassword;
    connection.clientKeyPassphrase = clientKeyPassphrase;
    m_network = new ConnectionNetwork(connection, this);
    m_network->setTransferTimeout(qMax(1000, qMin(m_timeoutMs, connection.timeoutMs)));
    // Neither the browser nor the client secret goes anywhere the connection refuses.
    for (const QUrl &url : {profile.authorizationUrl(), profile.tokenUrl()}) {
        const QString refused = m_network->refusal(url);
        if (!refused.isEmpty())
            return failLater(SignInResult::Status::Failed, refused);
    }

    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->listenOnLoopback())
        return failLater(SignInResult::Status::Failed,
                         tr("Could not listen on 127.0.0.1 for HubSpot's answer."));
    m_handler->setCallbackText(
        tr("Signed in to HubSpot. You can close this tab and return to Association Studio."));

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(profile.authorizationUrl());
    m_flow->setAccessTokenUrl(profile.tokenUrl());
    m_flow->setClientIdentifier(profile.clientId);
    m_flow->setClientIdentifierSharedKey(clientSecret);
    m_flow->setScope(scope());
    m_flow->setState(randomUrlSafe(32));
    m_flow->setContentType(QAbstractOAuth::ContentType::WwwFormUrlEncoded);
    m_flow->setReplyHandler(m_handler);
    const QString secret = clientSecret;
    // Qt 6.4's flow has no PKCE: a fresh verifier per sign-in, held only by this function (in
    // memory, never logged or stored); its challenge goes to the browser, itself only to the
    // token request, so a code intercepted on its way back is worthless without it.
    const QString verifier = newCodeVerifier();
    redactor()->addSecret(verifier);
    m_flow->setModifyParametersFunction(
        [secret, verifier](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                // HubSpot takes the scopes space-separated in one `scope`.
                parameters->remove(QStringLiteral("scope"));
                parameters->insert(QStringLiteral("scope"), OAuthSignIn::scope());
                parameters->replace(QStringLiteral("code_challenge"), s256Challenge(verifier));
                parameters->replace(QStringLiteral("code_challenge_method"),
                                    QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                // HubSpot wants the client secret in the token request's form.
                parameters->remove(QStringLiteral("client_secret"));
                parameters->insert(QStringLiteral("client_secret"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(secret)));
                // Unreserved characters only: nothing to encode.
                parameters->replace(QStringLiteral("code_verifier"), verifier);
            }
        });

    // Connected before grant(), so these run before the flow's own handling of the callback.
    connect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, this,
            &OAuthSignIn::onCallbackReceived);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                onFlowError(error, description);
            });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationRequestUrl = url;
        emit browserRequested(url);
        if (m_running && m_opener)
            m_opener(url);
    });
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this,
            &OAuthSignIn::onTokensReceived, Qt::QueuedConnection);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this,
            &OAuthSignIn::onTokenRequestFailed);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(SignInResult::Status::TimedOut,
             tr("HubSpot's sign-in did not finish in time. Try again."));
    });
    m_timer->start(m_timeoutMs);

    m_flow->grant();
    return true;
}

void OAuthSignIn::cancel() {
    if (m_running)
        fail(SignInResult::Status::Canceled, tr("Signing in was canceled."));
}

void OAuthSignIn::onCallbackReceived(const QVariantMap &data) {
    if (!m_running || !m_flow)
        return;
    const QString received = decoded(data.value(kState));
    m_lastCallbackStateOk = !received.isEmpty() && received == m_flow->state();
    QString reason;
    if (received.isEmpty())
        reason = tr("The answer had no state.");
    else if (!m_lastCallbackStateOk)
        reason = tr("The answer's state did not match this sign-in.");
    else if (!data.contains(kError) && decoded(data.value(kCode)).isEmpty())
        reason = tr("The answer had no authorization code.");
    // Only the code of this sign-in's own answer is a secret worth masking. Registering any
    // code that arrives would let a forged callback (`code=e`) mask text in every log.
    const QString code = decoded(data.value(kCode));
    if (m_lastCallbackStateOk && !code.isEmpty())
        redactor()->addSecret(code);
    // After the flow has handled it: accepted callbacks have moved it on.
    QMetaObject::invokeMethod(
        this, [this, reason] { checkCallbackHandled(reason); }, Qt::QueuedConnection);
}

void OAuthSignIn::checkCallbackHandled(const QString &reason) {
    if (!m_running || !m_flow)
        return;
    if (m_flow->status() == QAbstractOAuth::Status::NotAuthenticated) {
        if (!reason.isEmpty())
            emit callbackRejected(reason);
        return;
    }
    // The first valid callback: no more are taken. The code exchange is already on its way.
    if (m_handler && m_handler->isListening())
        m_handler->close();
}

void OAuthSignIn::onFlowError(const QString &error, const QString &description) {
    if (!m_running)
        return;
    // An error carried by a callback with a wrong state is someone else's: ignore it.
    if (m_flow && m_flow->status() == QAbstractOAuth::Status::NotAuthenticated &&
        !m_lastCallbackStateOk)
        return;
    const QString detail = description.isEmpty() ? error : description;
    if (error == QLatin1String("access_denied"))
        fail(SignInResult::Status::Denied,
             tr("The sign-in was not allowed in HubSpot (%1).").arg(redactor()->redact(detail)),
             error);
    else
        fail(SignInResult::Status::Failed,
             tr("HubSpot did not complete the sign-in (%1).").arg(redactor()->redact(detail)),
             error);
}

void OAuthSignIn::onTokenRequestFailed(int httpStatus, const QString &networkError,
                                       const QByteArray &body) {
    if (!m_running)
        return;
    if (httpStatus == 0) {
        fail(SignInResult::Status::Failed, tr("HubSpot's token service could not be reached (%1).")
                                               .arg(redactor()->redact(networkError)));
        return;
    }
    QString code;
    QString message;
    if (const auto parsed = json::parseErrorBody(body)) {
        code = parsed->status == QLatin1String("error") ? parsed->category : parsed->status;
        message = parsed->message;
    }
    const QString detail = redactor()->redact(
        code.isEmpty() ? (message.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : message)
        : message.isEmpty() ? code
                            : code + QStringLiteral(": ") + message);
    QString text;
    if (code == QLatin1String("BAD_AUTH_CODE"))
        text = tr("HubSpot did not accept the sign-in code (%1). Sign in again.").arg(detail);
    else if (code == QLatin1String("BAD_CLIENT_ID"))
        text = tr("HubSpot did not accept the OAuth app's client ID or secret (%1). Check the "
                  "portal's settings.")
                   .arg(detail);
    else if (code == QLatin1String("BAD_REDIRECT_URI"))
        text = tr("HubSpot did not accept the redirect address (%1). The OAuth app must allow "
                  "http://127.0.0.1 redirects.")
                   .arg(detail);
    else
        text = tr("HubSpot refused to complete the sign-in (%1).").arg(detail);
    fail(SignInResult::Status::Failed, text, code);
}

void OAuthSignIn::onTokensReceived(const QVariantMap &tokens) {
    if (!m_running)
        return;
    const QString accessToken = tokens.value(QStringLiteral("access_token")).toString();
    const QString refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
    redactor()->addSecret(accessToken);
    redactor()->addSecret(refreshToken);
    if (tokens.contains(kError)) {
        const QString code = tokens.value(kError).toString();
        fail(SignInResult::Status::Failed,
             tr("HubSpot refused to complete the sign-in (%1).").arg(redactor()->redact(code)),
             code);
        return;
    }
    if (accessToken.isEmpty() || refreshToken.isEmpty()) {
        fail(SignInResult::Status::Failed,
             tr("HubSpot's answer to the sign-in had no %1.")
                 .arg(accessToken.isEmpty() ? QStringLiteral("access_token")
                                            : QStringLiteral("refresh_token")));
        return;
    }
    SignInResult result;
    result.status = SignInResult::Status::Succeeded;
    result.credentials = Credentials::oauth(m_profile.clientId, m_clientSecret, refreshToken);
    result.accessToken = accessToken;
    const int expiresIn = tokens.value(QStringLiteral("expires_in")).toInt();
    result.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    result.hubId = tokens.value(QStringLiteral("hub_id")).toLongLong();
    const QVariant scopes = tokens.value(QStringLiteral("scopes"));
    result.scopes = scopes.canConvert<QStringList>() ? scopes.toStringList()
                                                     : scopes.toString().split(QLatin1Char(' '));
    if (m_timer)
        m_timer->stop();
    if (!m_secrets) {
        result.storageError = tr("The secret store was closed; the sign-in was not saved.");
        complete(result);
        return;
    }
    const int generation = m_generation;
    m_secrets->write(m_profile.id, SecretName::RefreshToken, refreshToken)
        ->then(this, [this, generation, result](const SecretResult &stored) mutable {
            if (generation != m_generation || !m_running)
                return;
            if (stored.failed())
                result.storageError = stored.errorMessage;
            complete(result);
        });
}

void OAuthSignIn::fail(SignInResult::Status status, const QString &message, const QString &code) {
    SignInResult result;
    result.status = status;
    result.message = message;
    result.errorCode = code;
    complete(result);
}

void OAuthSignIn::complete(SignInResult result) {
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    teardown();
    m_clientSecret.clear();
    emit finished(result);
}

void OAuthSignIn::teardown() {
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close();
    }
    if (m_flow)
        m_flow->disconnect(this);
    // Stop a token request still in flight while the flow that waits for it is alive; Qt's flow
    // would otherwise be called back after it is gone.
    if (m_network) {
        const auto replies = m_network->findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies) {
            if (reply->isRunning())
                reply->abort();
        }
    }
    if (m_flow) {
        m_flow->setModifyParametersFunction({});
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->deleteLater();
        m_handler = nullptr;
    }
    if (m_network) {
        m_network->deleteLater();
        m_network = nullptr;
    }
}

} // namespace assoc::auth
