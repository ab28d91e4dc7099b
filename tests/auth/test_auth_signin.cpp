// SPDX-License-Identifier: MIT
// "Sign in with HubSpot" end to end against the fake portal: loopback redirect, state check,
// PKCE, code exchange, the refresh token stored, and what a refused sign-in does to a session.

#include "AuthTestSupport.h"
#include "TestSupport.h"
#include "auth/ProfileSession.h"
#include "auth/Redactor.h"
#include "auth/SecretStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace assoc;
using namespace assoc::auth;
using namespace assoc::test;

namespace {
const ObjectTypePair contactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};

PortalProfile oauthProfile(const PortalFixture &f) {
    PortalProfile p;
    p.id = PortalProfile::newId();
    p.name = QStringLiteral("Fake portal");
    p.baseUrl = f.server->baseUrl();
    p.authKind = Credentials::Kind::OAuth;
    p.clientId = f.server->oauthClientId();
    p.connection.timeoutMs = 5000;
    p.connection.backoffBaseMs = 20;
    p.connection.backoffCapMs = 200;
    return p;
}

SignInResult resultOf(const QSignalSpy &spy) {
    return spy.first().first().value<SignInResult>();
}

// RFC 7636's S256, computed here rather than taken from the client or the fake.
QString s256(const QString &verifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The form fields of the last token request the fake saw.
QUrlQuery lastTokenForm(fake::FakeHubSpotServer &server) {
    const auto entries = server.log().entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->path == QLatin1String("/oauth/v1/token")) {
            QByteArray body = it->body;
            body.replace('+', ' ');
            return QUrlQuery(QString::fromLatin1(body));
        }
    }
    return {};
}
} // namespace

class TestAuthSignIn : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void buildsHubSpotUrls();
    void signsInAndListsLabels();
    void rejectsCallbackWithWrongState();
    void fakeChecksCodeVerifier();
    void forgedCallbackCodeIsNotRegistered();
    void reportsDeniedAuthorization();
    void reportsBadAuthCode();
    void timesOutAndCancels();
    void failsWithoutClientSecret();
    void sessionLoadsStoredSignIn();
    void sessionAsksToSignInAgainOnce();
    void sessionStoresRotatedRefreshToken();

private:
    QNetworkAccessManager m_browser;
};

void TestAuthSignIn::initTestCase() {
    qRegisterMetaType<SignInResult>();
    qRegisterMetaType<SecretResult>();
}

void TestAuthSignIn::buildsHubSpotUrls() {
    PortalProfile p;
    QCOMPARE(p.authorizationUrl(), QUrl(QStringLiteral("https://app.hubspot.com/oauth/authorize")));
    QCOMPARE(p.tokenUrl(), QUrl(QStringLiteral("https://api.hubapi.com/oauth/v1/token")));
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4321/"));
    QCOMPARE(p.authorizationUrl(), QUrl(QStringLiteral("http://127.0.0.1:4321/oauth/authorize")));
    QCOMPARE(p.tokenUrl(), QUrl(QStringLiteral("http://127.0.0.1:4321/oauth/v1/token")));
    QCOMPARE(OAuthSignIn::scope(),
             QStringLiteral("crm.objects.contacts.read crm.objects.contacts.write "
                            "crm.objects.companies.read crm.objects.companies.write "
                            "crm.objects.deals.read crm.objects.deals.write "
                            "crm.objects.custom.read crm.objects.custom.write "
                            "crm.schemas.custom.read"));
}

void TestAuthSignIn::signsInAndListsLabels() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    const PortalProfile profile = oauthProfile(f);

    OAuthSignIn signIn(&secrets);
    QUrl opened;
    auto follow = redirectFollower(&m_browser);
    signIn.setBrowserOpener([&opened, follow](const QUrl &url) {
        opened = url;
        follow(url);
    });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QSignalSpy rejected(&signIn, &OAuthSignIn::callbackRejected);
    QVERIFY(signIn.start(profile, f.server->oauthClientSecret()));
    QVERIFY(!signIn.start(profile, f.server->oauthClientSecret())); // one at a time
    const QUrl redirect = signIn.redirectUri();
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.path(), QStringLiteral("/"));
    QVERIFY(redirect.port() > 0);

    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.count(), 1);
    const SignInResult result = resultOf(finished);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(rejected.count(), 0);
    QVERIFY(result.storageError.isEmpty());
    QVERIFY(!result.accessToken.isEmpty());
    QVERIFY(result.accessTokenExpiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(result.credentials.kind, Credentials::Kind::OAuth);
    QCOMPARE(result.credentials.clientId, f.server->oauthClientId());

    // What the browser was sent to.
    const QUrlQuery query(opened);
    QCOMPARE(opened.path(), QStringLiteral("/oauth/authorize"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), f.server->oauthClientId());
    QCOMPARE(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)),
             redirect);
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             OAuthSignIn::scope());
    QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());

    // PKCE: the browser got only the S256 challenge; the token request carried the verifier
    // that hashes to it, in the unreserved alphabet and the RFC's 43-128 characters.
    const QString challenge = query.queryItemValue(QStringLiteral("code_challenge"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(challenge.size(), 43); // 32 bytes of SHA-256, base64url without padding
    QVERIFY(!query.hasQueryItem(QStringLiteral("code_verifier")));
    const QString verifier = lastTokenForm(*f.server).queryItemValue(
        QStringLiteral("code_verifier"), QUrl::FullyDecoded);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$")).match(verifier).hasMatch(),
        qPrintable(verifier));
    QCOMPARE(s256(verifier), challenge);

    // The refresh token is stored; the access token is not.
    const SecretResult stored = finish(secrets.read(profile.id, SecretName::RefreshToken));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value, result.credentials.refreshToken);

    // The listener is closed.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!probe.waitForConnected(2000));

    // A client built from the outcome works.
    const ClientConfig config = profile.clientConfig(result.credentials);
    auto labels = await(f.connect(config)->listLabels(contactsCompanies));
    QVERIFY2(succeeded(labels), why(labels).constData());
    QVERIFY(!labels->value().isEmpty());
}

void TestAuthSignIn::rejectsCallbackWithWrongState() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    const PortalProfile profile = oauthProfile(f);

    OAuthSignIn signIn(&secrets);
    QUrl genuine;
    signIn.setBrowserOpener(redirectFollower(&m_browser, [&genuine](const QUrl &location) {
        genuine = location;
        return withQueryItem(location, QStringLiteral("state"), QStringLiteral("forged-state"));
    }));
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QSignalSpy rejected(&signIn, &OAuthSignIn::callbackRejected);
    const int tokenRequestsBefore = f.server->tokenRequestCount();
    // Qt's flow is what refuses them, and says so.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("State mismatch")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("State not received")));
    QVERIFY(signIn.start(profile, f.server->oauthClientSecret()));

    QVERIFY(rejected.wait(15000));
    QVERIFY(rejected.first().first().toString().contains(QStringLiteral("state")));
    QTest::qWait(200); // proves that no exchange follows over a while, not a wait for work
    QCOMPARE(f.server->tokenRequestCount(), tokenRequestsBefore); // the code was not exchanged
    QCOMPARE(finished.count(), 0);
    QVERIFY(signIn.isRunning());

    // A callback without any state is rejected as well.
    getAndForget(&m_browser, withQueryItem(signIn.redirectUri(), QStringLiteral("code"),
                                           QStringLiteral("some-code")));
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 2, 10000);
    QCOMPARE(finished.count(), 0);

    // The genuine answer still completes the sign-in.
    QVERIFY(genuine.isValid());
    getAndForget(&m_browser, genuine);
    QVERIFY(finished.wait(15000));
    QVERIFY2(resultOf(finished).ok(), qPrintable(resultOf(finished).message));
}

// The fake's token endpoint, driven directly: a code issued for a challenge is redeemed only
// with the matching verifier; a refused attempt does not use it up.
void TestAuthSignIn::fakeChecksCodeVerifier() {
    PortalFixture f;
    QVERIFY(f.start());
    const QString redirect = QStringLiteral("http://127.0.0.1:9/callback");
    const QString verifier = QStringLiteral("test-verifier-0123456789-abcdefghij-ABCDEFGHIJ-~._");
    const auto authorize = [&](const QString &challenge, const QString &method) {
        QUrl url = f.server->baseUrl().resolved(QUrl(QStringLiteral("/oauth/authorize")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), f.server->oauthClientId());
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("crm.objects.contacts.read"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("state-1"));
        if (!challenge.isEmpty())
            q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        if (!method.isEmpty())
            q.addQueryItem(QStringLiteral("code_challenge_method"), method);
        url.setQuery(q);
        return send(&m_browser, url);
    };
    const auto exchange = [&](const QString &code, const std::optional<QString> &codeVerifier) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("client_id"), f.server->oauthClientId());
        form.addQueryItem(QStringLiteral("client_secret"), f.server->oauthClientSecret());
        form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        form.addQueryItem(QStringLiteral("code"), code);
        if (codeVerifier)
            form.addQueryItem(QStringLiteral("code_verifier"), *codeVerifier);
        return send(&m_browser,
                    f.server->baseUrl().resolved(QUrl(QStringLiteral("/oauth/v1/token"))),
                    form.toString(QUrl::FullyEncoded).toLatin1(), true);
    };
    const auto status = [](const HttpAnswer &a) {
        return QJsonDocument::fromJson(a.body).object().value(QStringLiteral("status")).toString();
    };

    const HttpAnswer issued = authorize(s256(verifier), QStringLiteral("S256"));
    QCOMPARE(issued.status, 302);
    const QString code = QUrlQuery(issued.location).queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const HttpAnswer missing = exchange(code, std::nullopt);
    QCOMPARE(missing.status, 400);
    QCOMPARE(status(missing), QStringLiteral("BAD_AUTH_CODE"));
    QVERIFY(!QJsonDocument::fromJson(missing.body).object().contains(QStringLiteral("category")));
    const HttpAnswer wrong =
        exchange(code, QStringLiteral("another-verifier-0123456789-abcdefghij-ABCDEFGHIJ"));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(status(wrong), QStringLiteral("BAD_AUTH_CODE"));
    const HttpAnswer tooShort = exchange(code, QStringLiteral("short"));
    QCOMPARE(tooShort.status, 400);

    const HttpAnswer right = exchange(code, verifier);
    QCOMPARE(right.status, 200);
    QVERIFY(!QJsonDocument::fromJson(right.body)
                 .object()
                 .value(QStringLiteral("access_token"))
                 .toString()
                 .isEmpty());
    QCOMPARE(status(exchange(code, verifier)), QStringLiteral("BAD_AUTH_CODE")); // used up

    // "plain" compares the verifier itself; without a method the RFC's default is plain.
    const HttpAnswer plain = authorize(verifier, QString());
    const QString plainCode = QUrlQuery(plain.location).queryItemValue(QStringLiteral("code"));
    QCOMPARE(exchange(plainCode, s256(verifier)).status, 400);
    QCOMPARE(exchange(plainCode, verifier).status, 200);

    // A code issued without a challenge needs no verifier, as before PKCE.
    const HttpAnswer classic = authorize(QString(), QString());
    const QString classicCode = QUrlQuery(classic.location).queryItemValue(QStringLiteral("code"));
    QCOMPARE(exchange(classicCode, std::nullopt).status, 200);

    // An unknown method is refused at once.
    QCOMPARE(authorize(s256(verifier), QStringLiteral("S512")).status, 400);
}

// A callback with a forged state must not teach the redactor its code: `code=e…` would then
// mask those letters in every log line.
void TestAuthSignIn::forgedCallbackCodeIsNotRegistered() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    Redactor redactor;
    secrets.setRedactor(&redactor);
    OAuthSignIn signIn(&secrets);
    signIn.setRedactor(&redactor);
    const QString forgedCode = QStringLiteral("eeeeeeeeeeeeeeee");
    QUrl genuine;
    signIn.setBrowserOpener(redirectFollower(&m_browser, [&](const QUrl &location) {
        genuine = location;
        QUrl forged = withQueryItem(location, QStringLiteral("state"), QStringLiteral("forged"));
        return withQueryItem(forged, QStringLiteral("code"), forgedCode);
    }));
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QSignalSpy rejected(&signIn, &OAuthSignIn::callbackRejected);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("State mismatch")));
    QVERIFY(signIn.start(oauthProfile(f), f.server->oauthClientSecret()));
    QVERIFY(rejected.wait(15000));

    const QString logLine = QStringLiteral("a later log line: ") + forgedCode;
    QCOMPARE(redactor.redact(logLine), logLine);

    // The genuine answer's code is registered once its state has matched.
    QVERIFY(genuine.isValid());
    const QString genuineCode = QUrlQuery(genuine).queryItemValue(QStringLiteral("code"));
    QCOMPARE(redactor.redact(genuineCode), genuineCode);
    getAndForget(&m_browser, genuine);
    QVERIFY(finished.wait(15000));
    QVERIFY2(resultOf(finished).ok(), qPrintable(resultOf(finished).message));
    QCOMPARE(redactor.redact(genuineCode), Redactor::mask());
    QCOMPARE(redactor.redact(logLine), logLine);
}

void TestAuthSignIn::reportsDeniedAuthorization() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    OAuthSignIn signIn(&secrets);
    signIn.setBrowserOpener([this, &signIn](const QUrl &url) {
        // The user clicks "Deny": HubSpot sends the browser back with an error.
        const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"));
        QUrl back = withQueryItem(signIn.redirectUri(), QStringLiteral("state"), state);
        back = withQueryItem(back, QStringLiteral("error"), QStringLiteral("access_denied"));
        back = withQueryItem(back, QStringLiteral("error_description"),
                             QStringLiteral("The user denied access"));
        getAndForget(&m_browser, back);
    });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("access_denied")));
    QVERIFY(signIn.start(oauthProfile(f), f.server->oauthClientSecret()));
    QVERIFY(finished.wait(15000));
    const SignInResult r = resultOf(finished);
    QCOMPARE(r.status, SignInResult::Status::Denied);
    QCOMPARE(r.errorCode, QStringLiteral("access_denied"));
    QVERIFY(!r.message.isEmpty());
    QTest::qWait(100); // proves that it ends once only, not a wait for work
    QCOMPARE(finished.count(), 1);
}

void TestAuthSignIn::reportsBadAuthCode() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    const PortalProfile profile = oauthProfile(f);
    OAuthSignIn signIn(&secrets);
    signIn.setBrowserOpener(redirectFollower(&m_browser, [](const QUrl &location) {
        return withQueryItem(location, QStringLiteral("code"), QStringLiteral("not-a-real-code"));
    }));
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QVERIFY(signIn.start(profile, f.server->oauthClientSecret()));
    QVERIFY(finished.wait(15000));
    const SignInResult r = resultOf(finished);
    QCOMPARE(r.status, SignInResult::Status::Failed);
    QCOMPARE(r.errorCode, QStringLiteral("BAD_AUTH_CODE"));
    QVERIFY2(r.message.contains(QStringLiteral("BAD_AUTH_CODE")), qPrintable(r.message));
    QVERIFY(finish(secrets.read(profile.id, SecretName::RefreshToken)).notFound());

    // A wrong client secret is told apart.
    OAuthSignIn second(&secrets);
    second.setBrowserOpener(redirectFollower(&m_browser));
    QSignalSpy secondFinished(&second, &OAuthSignIn::finished);
    QVERIFY(second.start(profile, QStringLiteral("wrong-client-secret")));
    QVERIFY(secondFinished.wait(15000));
    QCOMPARE(resultOf(secondFinished).errorCode, QStringLiteral("BAD_CLIENT_ID"));
}

void TestAuthSignIn::timesOutAndCancels() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    OAuthSignIn signIn(&secrets);
    signIn.setBrowserOpener([](const QUrl &) {}); // the user never comes back
    signIn.setTimeoutMs(300);
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QVERIFY(signIn.start(oauthProfile(f), f.server->oauthClientSecret()));
    QVERIFY(finished.wait(5000));
    QCOMPARE(resultOf(finished).status, SignInResult::Status::TimedOut);
    QVERIFY(!signIn.isRunning());

    signIn.setTimeoutMs(60000);
    QVERIFY(signIn.start(oauthProfile(f), f.server->oauthClientSecret()));
    const QUrl redirect = signIn.redirectUri();
    signIn.cancel();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).first().value<SignInResult>().status, SignInResult::Status::Canceled);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!probe.waitForConnected(2000));
    QTest::qWait(100); // proves that the cancelled sign-in ends once only, not a wait for work
    QCOMPARE(finished.count(), 2);
}

void TestAuthSignIn::failsWithoutClientSecret() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    OAuthSignIn signIn(&secrets);
    signIn.setBrowserOpener([](const QUrl &) {});
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QVERIFY(signIn.start(oauthProfile(f), QString()));
    QCOMPARE(finished.count(), 0); // never from within start()
    QVERIFY(finished.wait(5000));
    QCOMPARE(resultOf(finished).status, SignInResult::Status::Failed);
}

void TestAuthSignIn::sessionLoadsStoredSignIn() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    const PortalProfile profile = oauthProfile(f);

    // No sign-in stored yet: the session asks for one.
    QVERIFY(
        finish(secrets.write(profile.id, SecretName::ClientSecret, f.server->oauthClientSecret()))
            .ok());
    ProfileSession first(profile, &secrets);
    QSignalSpy needSignIn(&first, &ProfileSession::signInRequired);
    first.start();
    QVERIFY(needSignIn.wait(5000));
    QCOMPARE(first.state(), ProfileSession::State::SignInRequired);

    // Signing in moves it on.
    OAuthSignIn signIn(&secrets);
    signIn.setBrowserOpener(redirectFollower(&m_browser));
    QSignalSpy signedIn(&signIn, &OAuthSignIn::finished);
    QSignalSpy ready(&first, &ProfileSession::ready);
    connect(&signIn, &OAuthSignIn::finished, &first, [&first](const SignInResult &r) {
        if (r.ok())
            first.signedIn(r.credentials);
    });
    QVERIFY(signIn.start(profile, f.server->oauthClientSecret()));
    QVERIFY(signedIn.wait(15000));
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(first.state(), ProfileSession::State::Ready);
    auto labels = await(first.client()->listLabels(contactsCompanies));
    QVERIFY2(succeeded(labels), why(labels).constData());

    // A new session finds everything in the store.
    ProfileSession second(profile, &secrets);
    QSignalSpy secondReady(&second, &ProfileSession::ready);
    second.start();
    QVERIFY(secondReady.wait(5000));
    QCOMPARE(second.config().credentials.refreshToken,
             signedIn.first().first().value<SignInResult>().credentials.refreshToken);
    auto again = await(second.client()->listLabels(contactsCompanies));
    QVERIFY2(succeeded(again), why(again).constData());
}

void TestAuthSignIn::sessionAsksToSignInAgainOnce() {
    PortalFixture f;
    QVERIFY(f.start());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    const PortalProfile profile = oauthProfile(f);
    const QString refreshToken = f.server->issueRefreshToken();
    QVERIFY(
        finish(secrets.write(profile.id, SecretName::ClientSecret, f.server->oauthClientSecret()))
            .ok());
    QVERIFY(finish(secrets.write(profile.id, SecretName::RefreshToken, refreshToken)).ok());

    ProfileSession session(profile, &secrets);
    QSignalSpy ready(&session, &ProfileSession::ready);
    QSignalSpy needSignIn(&session, &ProfileSession::signInRequired);
    session.start();
    QVERIFY(ready.wait(5000));
    auto ok = await(session.client()->listLabels(contactsCompanies));
    QVERIFY2(succeeded(ok), why(ok).constData());

    // The user revokes the app in HubSpot; the access token runs out.
    f.server->revokeRefreshToken(refreshToken);
    f.server->expireAllAccessTokens();
    for (int i = 0; i < 3; ++i) {
        auto r = await(session.client()->listLabels(contactsCompanies));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::SignInRequired);
    }
    auto parallel =
        awaitAll<QList<AssociationLabel>>({session.client()->listLabels(contactsCompanies),
                                           session.client()->listLabels(contactsCompanies)});
    QCOMPARE(countSucceeded(parallel), 0);
    QCOMPARE(needSignIn.count(), 1);
    QCOMPARE(session.state(), ProfileSession::State::SignInRequired);
    QVERIFY(!session.message().isEmpty());
}

void TestAuthSignIn::sessionStoresRotatedRefreshToken() {
    PortalFixture f;
    QVERIFY(f.start());
    f.server->config().rotateRefreshTokens = true;
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    const PortalProfile profile = oauthProfile(f);
    const QString original = f.server->issueRefreshToken();
    QVERIFY(
        finish(secrets.write(profile.id, SecretName::ClientSecret, f.server->oauthClientSecret()))
            .ok());
    QVERIFY(finish(secrets.write(profile.id, SecretName::RefreshToken, original)).ok());

    ProfileSession session(profile, &secrets);
    QSignalSpy ready(&session, &ProfileSession::ready);
    QSignalSpy saved(&session, &ProfileSession::refreshTokenSaved);
    session.start();
    QVERIFY(ready.wait(5000));
    auto r = await(session.client()->listLabels(contactsCompanies));
    QVERIFY2(succeeded(r), why(r).constData());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    const SecretResult stored = finish(secrets.read(profile.id, SecretName::RefreshToken));
    QVERIFY(stored.ok());
    QVERIFY(stored.value != original);
    QCOMPARE(stored.value, session.config().credentials.refreshToken);
}

QTEST_GUILESS_MAIN(TestAuthSignIn)
#include "test_auth_signin.moc"
