// SPDX-License-Identifier: MIT
// "Sign in with HubSpot" over the connection's own network: no sign-in at an address the
// client would refuse, the code exchange with the connection's CA files and client certificate,
// and no client secret carried by a redirect to another server.

#include "AuthTestSupport.h"
#include "RecordingRelay.h"
#include "TestCertificates.h"
#include "TestSupport.h"
#include "api/BaseUrlPolicy.h"
#include "api/ConnectionNetwork.h"
#include "auth/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace assoc;
using namespace assoc::auth;
using namespace assoc::test;
using namespace Qt::StringLiterals;

namespace {
PortalProfile oauthProfile(const PortalFixture &f, const QUrl &baseUrl) {
    PortalProfile p;
    p.id = PortalProfile::newId();
    p.name = u"Fake portal"_s;
    p.baseUrl = baseUrl;
    p.authKind = Credentials::Kind::OAuth;
    p.clientId = f.server->oauthClientId();
    p.connection.timeoutMs = 5000;
    p.connection.proxyMode = ConnectionSettings::ProxyMode::None;
    return p;
}

SignInResult resultOf(const QSignalSpy &spy) {
    return spy.first().first().value<SignInResult>();
}
} // namespace

class TestAuthSignInTransport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesPlainHttpToAnotherHost();
    void usesTheConnectionsCertificates();
    void codeExchangeRedirectCarriesNoSecret();

private:
    TestCertificates m_certificates;
    QNetworkAccessManager m_browser;
};

void TestAuthSignInTransport::initTestCase() {
    qRegisterMetaType<SignInResult>();
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
}

void TestAuthSignInTransport::refusesPlainHttpToAnotherHost() {
    PortalFixture f;
    QVERIFY(f.start());
    // Anything sent would go through this proxy.
    RecordingRelay proxy(f.server->port());
    QVERIFY(proxy.listen());
    PortalProfile profile = oauthProfile(f, QUrl(u"http://api.hubapi.example"_s));
    profile.connection.proxyMode = ConnectionSettings::ProxyMode::Manual;
    profile.connection.proxyHost = u"127.0.0.1"_s;
    profile.connection.proxyPort = proxy.port();

    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    OAuthSignIn signIn(&secrets);
    int browserOpened = 0;
    signIn.setBrowserOpener([&browserOpened](const QUrl &) { ++browserOpened; });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QVERIFY(signIn.start(profile, f.server->oauthClientSecret()));
    QVERIFY(finished.wait(5000));
    const SignInResult result = resultOf(finished);
    QCOMPARE(result.status, SignInResult::Status::Failed);
    QCOMPARE(result.message, BaseUrlPolicy::problem(profile.baseUrl));
    QCOMPARE(browserOpened, 0);
    QCOMPARE(proxy.connections(), 0);
    QCOMPARE(f.server->tokenRequestCount(), 0);
}

void TestAuthSignInTransport::usesTheConnectionsCertificates() {
    PortalFixture f;
    QVERIFY(f.start());
    RecordingRelay tls(f.server->port(), m_certificates.serverRequiringClientCertificate());
    QVERIFY(tls.listen());
    PortalProfile profile = oauthProfile(f, tls.url(u"https"_s));
    profile.connection.extraCaCertificateFiles = {m_certificates.caFile()};
    profile.connection.clientCertificateFile = m_certificates.clientPkcs12File();
    const QString passphrase = QString::fromLatin1(TestCertificates::Passphrase);

    // The browser stand-in trusts the same CA and has the same certificate, as the admin's
    // browser on that network would.
    ConnectionSettings browserSettings = profile.connection;
    browserSettings.clientKeyPassphrase = passphrase;
    ConnectionNetwork browser(browserSettings);
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    OAuthSignIn signIn(&secrets);
    signIn.setBrowserOpener(redirectFollower(&browser));
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QVERIFY(signIn.start(profile, f.server->oauthClientSecret(), QString(), passphrase));
    QVERIFY(finished.wait(15000));
    const SignInResult result = resultOf(finished);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(f.server->tokenRequestCount(), 1);
    QCOMPARE(tls.refusedHandshakes(), 0);
}

void TestAuthSignInTransport::codeExchangeRedirectCarriesNoSecret() {
    PortalFixture f;
    QVERIFY(f.start());
    RecordingRelay elsewhere(f.server->port());
    QVERIFY(elsewhere.listen());
    fake::FaultInjector::Fault redirect;
    redirect.kind = fake::FaultInjector::Kind::Redirect;
    redirect.location = elsewhere.url().toString();
    f.server->faults().script(redirect, 1, u"/oauth/v1/token"_s);

    const PortalProfile profile = oauthProfile(f, f.server->baseUrl());
    SecretStore secrets;
    secrets.setMode(SecretStore::Mode::SessionOnly);
    OAuthSignIn signIn(&secrets);
    signIn.setBrowserOpener(redirectFollower(&m_browser));
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QVERIFY(signIn.start(profile, f.server->oauthClientSecret()));
    QVERIFY(finished.wait(15000));
    const SignInResult result = resultOf(finished);
    QCOMPARE(result.status, SignInResult::Status::Failed);
    QVERIFY2(result.message.contains(elsewhere.url().authority()), qPrintable(result.message));
    QCOMPARE(f.server->faults().pendingCount(), 0);

    const QByteArray received = elsewhere.received();
    QVERIFY2(!received.contains(f.server->oauthClientSecret().toUtf8()), received.constData());
    QVERIFY(!received.contains("client_secret"));
    QVERIFY(!received.contains("code="));
}

QTEST_GUILESS_MAIN(TestAuthSignInTransport)
#include "test_auth_signin_transport.moc"
