// SPDX-License-Identifier: MIT
// How the client reaches HubSpot, over real connections to the fake portal: secrets only over
// TLS (plain http only on this computer), no credential carried by a redirect to another
// server, a client certificate for networks that demand one, and each connection's network
// settings its own.

#include "RecordingRelay.h"
#include "TestCertificates.h"
#include "TestSupport.h"
#include "api/BaseUrlPolicy.h"

#include <QDir>
#include <QTest>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;
using Fault = fake::FaultInjector::Fault;
using FaultKind = fake::FaultInjector::Kind;

namespace {
const ObjectTypePair contactsCompanies{u"0-1"_s, u"0-2"_s};

Fault redirectTo(const QUrl &location) {
    Fault f;
    f.kind = FaultKind::Redirect;
    f.location = location.toString();
    return f;
}

ConnectionSettings viaProxy(const RecordingRelay &proxy) {
    ConnectionSettings s;
    s.proxyMode = ConnectionSettings::ProxyMode::Manual;
    s.proxyHost = u"127.0.0.1"_s;
    s.proxyPort = proxy.port();
    s.timeoutMs = 5000;
    s.maxRetries = 0;
    return s;
}

// The request lines a proxy relayed for `path`.
int requestsFor(const RecordingRelay &proxy, const QByteArray &path) {
    return int(proxy.received().count(path + " HTTP/1.1"));
}
} // namespace

class TestApiTransport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void baseUrlPolicy_data();
    void baseUrlPolicy();
    void refusedBaseUrlSendsNothing_data();
    void refusedBaseUrlSendsNothing();
    void loopbackHttpStaysAllowed();

    void crossOriginRedirectCarriesNoCredentials_data();
    void crossOriginRedirectCarriesNoCredentials();
    void sameOriginRedirectIsFollowed();

    void eachClientKeepsItsOwnProxy();

    void clientCertificateOpensTlsThatDemandsOne_data();
    void clientCertificateOpensTlsThatDemandsOne();
    void missingClientCertificateIsReported();
    void unusableCertificateFilesAreNamed_data();
    void unusableCertificateFilesAreNamed();
    void tokenRefreshUsesTheConnectionsCertificates();

private:
    ConnectionSettings tlsSettings(bool withClientCertificate) const;

    TestCertificates m_certificates;
};

void TestApiTransport::initTestCase() {
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
}

ConnectionSettings TestApiTransport::tlsSettings(bool withClientCertificate) const {
    ConnectionSettings s;
    s.timeoutMs = 5000;
    s.maxRetries = 0;
    s.proxyMode = ConnectionSettings::ProxyMode::None;
    s.extraCaCertificateFiles = {m_certificates.caFile()};
    if (withClientCertificate) {
        s.clientCertificateFile = m_certificates.clientCertificateFile();
        s.clientKeyFile = m_certificates.clientKeyFile();
        s.clientKeyPassphrase = QString::fromLatin1(TestCertificates::Passphrase);
    }
    return s;
}

// --- TLS only ----------------------------------------------------------------------------------

void TestApiTransport::baseUrlPolicy_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("HubSpot") << u"https://api.hubapi.com"_s << true;
    QTest::newRow("https with port and path") << u"https://eu1.example.test:8443/base"_s << true;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http 127.x.y.z") << u"http://127.45.6.7"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:3000"_s << true;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http elsewhere") << u"http://api.hubapi.com"_s << false;
    QTest::newRow("http private network") << u"http://10.0.0.5"_s << false;
    QTest::newRow("http localhost-like name") << u"http://localhost.example.com"_s << false;
    QTest::newRow("http 127 prefix name") << u"http://127.0.0.1.nip.io"_s << false;
    QTest::newRow("user and password") << u"https://admin:hunter22@api.hubapi.com"_s << false;
    QTest::newRow("user only, loopback") << u"http://admin@127.0.0.1:8080"_s << false;
    QTest::newRow("ftp") << u"ftp://api.hubapi.com"_s << false;
    QTest::newRow("no scheme") << u"api.hubapi.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestApiTransport::baseUrlPolicy() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString problem = BaseUrlPolicy::problem(QUrl(url, QUrl::StrictMode));
    QCOMPARE(problem.isEmpty(), allowed);
    QVERIFY2(!problem.contains(u"hunter22"_s), qPrintable(problem)); // never repeats a password
}

void TestApiTransport::refusedBaseUrlSendsNothing_data() {
    QTest::addColumn<QString>("base"); // %1: the fake portal's port
    QTest::addColumn<bool>("oauth");
    QTest::newRow("plain http elsewhere, token") << u"http://api.hubapi.example"_s << false;
    QTest::newRow("plain http elsewhere, OAuth") << u"http://api.hubapi.example"_s << true;
    QTest::newRow("user info, token") << u"http://admin:hunter22@127.0.0.1:%1"_s << false;
    QTest::newRow("user info, OAuth") << u"http://admin:hunter22@127.0.0.1:%1"_s << true;
}

void TestApiTransport::refusedBaseUrlSendsNothing() {
    QFETCH(QString, base);
    QFETCH(bool, oauth);
    PortalFixture f;
    QVERIFY(f.start());
    // Whatever is sent goes through this proxy, which passes it on to the fake portal: a
    // request to any host would show up here.
    RecordingRelay proxy(f.server->port());
    QVERIFY(proxy.listen());
    ClientConfig config = f.config();
    config.baseUrl = QUrl(base.contains(u"%1"_s) ? base.arg(f.server->port()) : base);
    config.connection = viaProxy(proxy);
    if (oauth)
        config.credentials =
            Credentials::oauth(f.server->oauthClientId(), f.server->oauthClientSecret(),
                               f.server->issueRefreshToken());
    HubSpotClient *client = f.connect(config);

    // Every call fails at once, with the policy's words.
    const auto refused = [&config](const std::optional<ApiError> &error) {
        return error && error->kind == ApiError::Kind::Validation &&
               error->message == BaseUrlPolicy::problem(config.baseUrl) &&
               !error->userMessage().contains(u"hunter22"_s);
    };
    const auto info = await(client->accountInfo());
    QVERIFY(info && !info->ok());
    QVERIFY2(refused(info->error()), qPrintable(info->error().userMessage()));
    const auto labels = await(client->listLabels(contactsCompanies));
    QVERIFY(labels && !labels->ok());
    QVERIFY2(refused(labels->error()), qPrintable(labels->error().userMessage()));
    QCOMPARE(proxy.connections(), 0);
    QCOMPARE(f.server->log().count(), 0);
    QCOMPARE(f.server->tokenRequestCount(), 0);
}

void TestApiTransport::loopbackHttpStaysAllowed() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.baseUrl.setHost(u"localhost"_s);
    const auto info = await(f.connect(config)->accountInfo());
    QVERIFY2(succeeded(info), why(info).constData());
}

// --- Redirects ---------------------------------------------------------------------------------

void TestApiTransport::crossOriginRedirectCarriesNoCredentials_data() {
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<QString>("redirected");
    QTest::newRow("API call, private-app token") << false << u"/account-info"_s;
    QTest::newRow("API call, OAuth") << true << u"/account-info"_s;
    QTest::newRow("token refresh") << true << u"/oauth/v1/token"_s;
}

void TestApiTransport::crossOriginRedirectCarriesNoCredentials() {
    QFETCH(bool, oauth);
    QFETCH(QString, redirected);
    PortalFixture f;
    QVERIFY(f.start());
    // Another origin (another port): it records what reaches it and would pass it on to the
    // portal, so that following the redirect would even succeed.
    RecordingRelay elsewhere(f.server->port());
    QVERIFY(elsewhere.listen());
    ClientConfig config = f.config();
    config.connection.maxRetries = 0;
    if (oauth)
        config.credentials =
            Credentials::oauth(f.server->oauthClientId(), f.server->oauthClientSecret(),
                               f.server->issueRefreshToken());
    f.server->faults().script(redirectTo(elsewhere.url()), 1, redirected);

    const auto info = await(f.connect(config)->accountInfo());
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind, ApiError::Kind::Network);
    QVERIFY2(info->error().message.contains(elsewhere.url().authority()),
             qPrintable(info->error().message));
    QCOMPARE(f.server->faults().pendingCount(), 0); // the redirect was really answered

    const QByteArray received = elsewhere.received().toLower();
    QVERIFY2(!received.contains("authorization"), received.constData());
    QVERIFY(!received.contains("bearer"));
    const Credentials &c = config.credentials;
    for (const QString &secret : {c.token, c.clientSecret, c.refreshToken}) {
        if (!secret.isEmpty())
            QVERIFY2(!received.contains(secret.toLower().toUtf8()), received.constData());
    }
    QVERIFY(!received.contains("client_secret"));
    QVERIFY(!received.contains("refresh_token"));
}

void TestApiTransport::sameOriginRedirectIsFollowed() {
    PortalFixture f;
    QVERIFY(f.start());
    f.server->faults().script(redirectTo(f.server->baseUrl()), 1, u"/account-info"_s);
    const auto info = await(f.connect()->accountInfo());
    QVERIFY2(succeeded(info), why(info).constData());
    QCOMPARE(f.server->log().count(u"GET"_s, u"/account-info"_s), 2);
}

// --- One connection's settings are its own -----------------------------------------------------

void TestApiTransport::eachClientKeepsItsOwnProxy() {
    PortalFixture f;
    QVERIFY(f.start());
    RecordingRelay proxyA(f.server->port());
    RecordingRelay proxyB(f.server->port());
    QVERIFY(proxyA.listen() && proxyB.listen());
    const QByteArray accountPath = "/account-info/v3/details";

    ClientConfig a = f.config();
    a.connection = viaProxy(proxyA);
    HubSpotClient first(a);
    QVERIFY(succeeded(await(first.accountInfo())));
    QCOMPARE(requestsFor(proxyA, accountPath), 1);

    // A second connection through another proxy, and one without any, as the Connect dialog's
    // Test button or Compare's second profile would make.
    ClientConfig b = f.config();
    b.connection = viaProxy(proxyB);
    HubSpotClient second(b);
    QVERIFY(succeeded(await(second.accountInfo())));
    ClientConfig direct = f.config();
    direct.connection.proxyMode = ConnectionSettings::ProxyMode::None;
    HubSpotClient third(direct);
    QVERIFY(succeeded(await(third.accountInfo())));
    QCOMPARE(requestsFor(proxyB, accountPath), 1);

    // The first connection still goes where its own settings say.
    QVERIFY(succeeded(await(first.accountInfo())));
    QVERIFY(succeeded(await(first.listLabels(contactsCompanies))));
    QCOMPARE(requestsFor(proxyA, accountPath), 2);
    QCOMPARE(requestsFor(proxyA, "/crm/v4/associations/0-1/0-2/labels"), 1);
    QCOMPARE(requestsFor(proxyB, accountPath), 1);
    QCOMPARE(f.server->log().count(u"GET"_s, u"/account-info"_s), 4);
}

// --- Client certificates -----------------------------------------------------------------------

void TestApiTransport::clientCertificateOpensTlsThatDemandsOne_data() {
    QTest::addColumn<bool>("pkcs12");
    QTest::newRow("PEM certificate and encrypted key") << false;
    QTest::newRow("PKCS#12") << true;
}

void TestApiTransport::clientCertificateOpensTlsThatDemandsOne() {
    QFETCH(bool, pkcs12);
    PortalFixture f;
    QVERIFY(f.start());
    RecordingRelay tls(f.server->port(), m_certificates.serverRequiringClientCertificate());
    QVERIFY(tls.listen());
    ClientConfig config = f.config();
    config.baseUrl = tls.url(u"https"_s);
    config.connection = tlsSettings(true);
    if (pkcs12) {
        config.connection.clientCertificateFile = m_certificates.clientPkcs12File();
        config.connection.clientKeyFile.clear();
    }
    const auto info = await(f.connect(config)->accountInfo());
    QVERIFY2(succeeded(info), why(info).constData());
    QCOMPARE(tls.refusedHandshakes(), 0);
    QCOMPARE(f.server->log().count(u"GET"_s, u"/account-info"_s), 1);
}

void TestApiTransport::missingClientCertificateIsReported() {
    PortalFixture f;
    QVERIFY(f.start());
    RecordingRelay tls(f.server->port(), m_certificates.serverRequiringClientCertificate());
    QVERIFY(tls.listen());
    ClientConfig config = f.config();
    config.baseUrl = tls.url(u"https"_s);
    config.connection = tlsSettings(false);
    const auto info = await(f.connect(config)->accountInfo());
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind, ApiError::Kind::Network);
    const QString shown = info->error().userMessage();
    QVERIFY2(shown.contains(u"client certificate"_s), qPrintable(shown));
    QTRY_VERIFY(tls.refusedHandshakes() > 0);
    QCOMPARE(f.server->log().count(), 0);
}

void TestApiTransport::unusableCertificateFilesAreNamed_data() {
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("named"); // the file the message must name
    const TestCertificates &c = m_certificates;
    const QString right = QString::fromLatin1(TestCertificates::Passphrase);
    const QString missing = c.path(u"no-such-client.pem"_s);
    QTest::newRow("certificate file missing") << missing << c.clientKeyFile() << right << missing;
    QTest::newRow("key file missing") << c.clientCertificateFile() << missing << right << missing;
    QTest::newRow("wrong passphrase, PEM key")
        << c.clientCertificateFile() << c.clientKeyFile() << u"wrong"_s << c.clientKeyFile();
    QTest::newRow("no passphrase, PEM key")
        << c.clientCertificateFile() << c.clientKeyFile() << QString() << c.clientKeyFile();
    QTest::newRow("wrong passphrase, PKCS#12")
        << c.clientPkcs12File() << QString() << u"wrong"_s << c.clientPkcs12File();
    QTest::newRow("PEM certificate without key")
        << c.clientCertificateFile() << QString() << right << c.clientCertificateFile();
    QTest::newRow("CA file as key")
        << c.clientCertificateFile() << c.caFile() << right << c.caFile();
}

void TestApiTransport::unusableCertificateFilesAreNamed() {
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, passphrase);
    QFETCH(QString, named);
    PortalFixture f;
    QVERIFY(f.start());
    RecordingRelay tls(f.server->port(), m_certificates.serverRequiringClientCertificate());
    QVERIFY(tls.listen());
    ClientConfig config = f.config();
    config.baseUrl = tls.url(u"https"_s);
    config.connection = tlsSettings(true);
    config.connection.clientCertificateFile = certificate;
    config.connection.clientKeyFile = key;
    config.connection.clientKeyPassphrase = passphrase;
    const auto info = await(f.connect(config)->accountInfo());
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind, ApiError::Kind::Validation);
    QVERIFY2(info->error().message.contains(QDir::toNativeSeparators(named)),
             qPrintable(info->error().message));
    QVERIFY(!info->error().message.contains(QLatin1String(TestCertificates::Passphrase)));
    QCOMPARE(tls.connections(), 0);
}

void TestApiTransport::tokenRefreshUsesTheConnectionsCertificates() {
    PortalFixture f;
    QVERIFY(f.start());
    RecordingRelay tls(f.server->port(), m_certificates.serverRequiringClientCertificate());
    QVERIFY(tls.listen());
    ClientConfig config = f.config();
    config.baseUrl = tls.url(u"https"_s);
    config.connection = tlsSettings(true);
    config.credentials = Credentials::oauth(
        f.server->oauthClientId(), f.server->oauthClientSecret(), f.server->issueRefreshToken());
    const auto labels = await(f.connect(config)->listLabels(contactsCompanies));
    QVERIFY2(succeeded(labels), why(labels).constData());
    QCOMPARE(f.server->tokenRequestCount(), 1);
    QCOMPARE(tls.refusedHandshakes(), 0);
}

QTEST_GUILESS_MAIN(TestApiTransport)
#include "test_api_transport.moc"
