// SPDX-License-Identifier: MIT
#pragma once

#include "PortalProfile.h"
#include "SignInResult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <functional>

class QOAuth2AuthorizationCodeFlow;
class QTimer;

namespace assoc {
class ConnectionNetwork;
}

namespace assoc::auth {

class LoopbackReplyHandler;
class Redactor;
class SecretStore;

// "Sign in with HubSpot": the OAuth 2 authorization-code flow with a loopback redirect.
// Listens on 127.0.0.1 on a free port (redirect `http://127.0.0.1:<port>/`), opens the
// browser through the injected opener, checks `state` (Qt's flow ignores a callback whose state
// does not match; callbackRejected tells), closes the listener after the first valid callback,
// exchanges the code at `<base>/oauth/v1/token` with the client secret, stores the refresh
// token through SecretStore and keeps the access token in memory only. Every sign-in uses PKCE
// (RFC 7636, S256) with a fresh code verifier that never leaves memory.
//
// One sign-in at a time per object; `finished` is emitted exactly once per start(), never from
// within start().
class OAuthSignIn : public QObject {
    Q_OBJECT
public:
    using BrowserOpener = std::function<void(const QUrl &)>;

    // `secrets` must outlive the sign-in.
    explicit OAuthSignIn(SecretStore *secrets, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // The app passes QDesktopServices::openUrl (this library has no GUI dependency); tests
    // pass something that follows the redirect themselves.
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    // How long to wait for the browser's answer and the code exchange (default 5 minutes).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRedactor(Redactor *redactor) { m_redactor = redactor; }

    // The scopes requested, in HubSpot's space-separated form.
    static QStringList scopeList();
    static QString scope();

    // Starts signing in to the profile's portal with its OAuth app, over a network of its own
    // with the profile's connection settings (proxy, certificates). `proxyPassword` and
    // `clientKeyPassphrase` complete them. A base URL the connection refuses (see
    // ConnectionNetwork::refusal) fails the sign-in before anything is sent. Returns false (and
    // emits nothing) while a sign-in is running.
    bool start(const PortalProfile &profile, const QString &clientSecret,
               const QString &proxyPassword = {}, const QString &clientKeyPassphrase = {});
    // Ends the running sign-in with Status::Canceled.
    void cancel();
    bool isRunning() const { return m_running; }

    // While running: where HubSpot sends the browser back, and the URL the browser was given
    // (for a "copy the link" fallback).
    QUrl redirectUri() const;
    QUrl authorizationRequestUrl() const { return m_authorizationRequestUrl; }

signals:
    void browserRequested(const QUrl &authorizationUrl);
    // A callback arrived that was not accepted (wrong or missing state, no code). The sign-in
    // keeps waiting for the real one.
    void callbackRejected(const QString &reason);
    void finished(const assoc::auth::SignInResult &result);

private:
    void onCallbackReceived(const QVariantMap &data);
    void checkCallbackHandled(const QString &reason);
    void onFlowError(const QString &error, const QString &description);
    void onTokensReceived(const QVariantMap &tokens);
    void onTokenRequestFailed(int httpStatus, const QString &networkError, const QByteArray &body);
    void fail(SignInResult::Status status, const QString &message, const QString &code = {});
    void complete(SignInResult result);
    void teardown();
    Redactor *redactor() const;

    QPointer<SecretStore> m_secrets;
    BrowserOpener m_opener;
    int m_timeoutMs = 5 * 60 * 1000;
    Redactor *m_redactor = nullptr;

    bool m_running = false;
    int m_generation = 0;
    PortalProfile m_profile;
    QString m_clientSecret;
    QUrl m_authorizationRequestUrl;
    bool m_lastCallbackStateOk = false;
    ConnectionNetwork *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace assoc::auth
