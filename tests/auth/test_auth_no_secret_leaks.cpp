// SPDX-License-Identifier: MIT
// A whole session with known fake secrets — profiles, secrets stored, a sign-in, API calls, an
// error, log lines through the redacting handler — then a search of every file under the
// temporary HOME/XDG directories, the settings file and the captured log for those secrets.

#include "AuthTestSupport.h"
#include "TestSupport.h"
#include "auth/OAuthSignIn.h"
#include "auth/ProfileSession.h"
#include "auth/ProfileStore.h"
#include "auth/Redactor.h"
#include "auth/SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::auth;
using namespace assoc::test;

namespace {
const QString kToken = QStringLiteral("pat-fake-LEAKCHECK-0001-private-app-token");
const QString kWrongToken = QStringLiteral("pat-fake-LEAKCHECK-0002-wrong-token");
const QString kProxyPassword = QStringLiteral("fake-LEAKCHECK-proxy-password");
const QString kStandaloneSecret = QStringLiteral("fake-LEAKCHECK-standalone-secret");
const ObjectTypePair contactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};

QMutex g_logMutex;
QStringList g_log;
QFile *g_logFile = nullptr;
QtMessageHandler g_next = nullptr;

// Stands for whatever finally writes the log (a file, the console, a crash report).
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
        if (g_logFile) {
            g_logFile->write(message.toUtf8() + '\n');
            g_logFile->flush();
        }
    }
    if (g_next)
        g_next(type, context, message);
}
} // namespace

class TestAuthNoSecretLeaks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void redactsPatternsAndRegisteredSecrets();
    void fullSessionLeaksNothing();
    void cleanupTestCase();

private:
    QTemporaryDir m_home;
    QFile m_logFile;
};

void TestAuthNoSecretLeaks::initTestCase() {
    qRegisterMetaType<SecretResult>();
    qRegisterMetaType<SignInResult>();
    QVERIFY(m_home.isValid());
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                            "XDG_STATE_HOME", "TMPDIR"}) {
        const QString path = m_home.filePath(QString::fromLatin1(var).toLower());
        QVERIFY(QDir().mkpath(path));
        qputenv(var, QFile::encodeName(path));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("AssociationStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("Association Studio"));
    m_logFile.setFileName(m_home.filePath(QStringLiteral("xdg_state_home/session.log")));
    QVERIFY(m_logFile.open(QIODevice::WriteOnly));
    g_logFile = &m_logFile;
    g_next = qInstallMessageHandler(capture);
    Redactor::installMessageHandler(); // in front of `capture`
}

void TestAuthNoSecretLeaks::cleanupTestCase() {
    Redactor::uninstallMessageHandler();
    qInstallMessageHandler(g_next);
    g_logFile = nullptr;
}

void TestAuthNoSecretLeaks::redactsPatternsAndRegisteredSecrets() {
    Redactor r;
    const auto masked = [&r](const char *text) { return r.redact(QString::fromUtf8(text)); };
    QCOMPARE(masked("Authorization: Bearer abc.DEF-123"),
             QStringLiteral("Authorization: Bearer [redacted]"));
    QCOMPARE(masked("token pat-na1-11111111-2222-3333 used"),
             QStringLiteral("token pat-[redacted] used"));
    QCOMPARE(masked("grant_type=refresh_token&refresh_token=abc123&client_secret=s3cr%2Bt&x=1"),
             QStringLiteral("grant_type=refresh_token&refresh_token=[redacted]&client_secret="
                            "[redacted]&x=1"));
    QCOMPARE(masked("{\"access_token\": \"eyJ.x\\\"y\", \"expires_in\": 1800}"),
             QStringLiteral("{\"access_token\": \"[redacted]\", \"expires_in\": 1800}"));
    QCOMPARE(masked("private-app: opaque-key-1"), QStringLiteral("private-app: [redacted]"));
    QCOMPARE(masked("nothing secret here"), QStringLiteral("nothing secret here"));

    r.addSecret(QStringLiteral("hunter2 with space"));
    QCOMPARE(masked("pw=hunter2 with space;"), QStringLiteral("pw=[redacted];"));
    QCOMPARE(masked("pw=hunter2%20with%20space"), QStringLiteral("pw=[redacted]"));
    QCOMPARE(masked("pw=hunter2+with+space"), QStringLiteral("pw=[redacted]"));
    r.removeSecret(QStringLiteral("hunter2 with space"));
    QCOMPARE(r.secretCount(), 0);
}

void TestAuthNoSecretLeaks::fullSessionLeaksNothing() {
    PortalFixture f;
    QVERIFY(f.start());
    f.server->config().privateAppToken = kToken;
    f.server->config().rotateRefreshTokens = true;
    QStringList secrets = {kToken, kWrongToken, kProxyPassword, kStandaloneSecret,
                           f.server->oauthClientSecret()};

    // Secrets go to the keychain when there is one, else to memory.
    SecretStore store;
    store.setRetryDelayMs(50);
    if (!finish(store.probe()).ok()) {
        qInfo("%s", qPrintable(store.status().message()));
        store.setMode(SecretStore::Mode::SessionOnly);
    }
    QSettings settings(m_home.filePath(QStringLiteral("xdg_config_home/settings.ini")),
                       QSettings::IniFormat);
    ProfileStore profiles(&settings, &store);

    PortalProfile privateApp;
    privateApp.name = QStringLiteral("Private app");
    privateApp.baseUrl = f.server->baseUrl();
    privateApp.connection.proxyUser = QStringLiteral("proxy-user");
    privateApp.connection.proxyPassword = kProxyPassword;
    privateApp = profiles.add(privateApp);
    QVERIFY(finish(store.write(privateApp.id, SecretName::Token, kToken)).ok());
    QVERIFY(finish(store.write(privateApp.id, SecretName::ProxyPassword, kProxyPassword)).ok());

    PortalProfile oauth;
    oauth.name = QStringLiteral("OAuth app");
    oauth.baseUrl = f.server->baseUrl();
    oauth.authKind = Credentials::Kind::OAuth;
    oauth.clientId = f.server->oauthClientId();
    oauth = profiles.add(oauth);
    QVERIFY(finish(store.write(oauth.id, SecretName::ClientSecret, f.server->oauthClientSecret()))
                .ok());
    const auto copy = profiles.duplicate(privateApp.id);
    QVERIFY(finish(copy.secrets).ok());
    profiles.setLastUsed(oauth.id);

    // Sign in.
    QNetworkAccessManager browser;
    OAuthSignIn signIn(&store);
    signIn.setBrowserOpener(redirectFollower(&browser));
    QSignalSpy signedIn(&signIn, &OAuthSignIn::finished);
    QVERIFY(signIn.start(oauth, f.server->oauthClientSecret()));
    QVERIFY(signedIn.wait(15000));
    const SignInResult result = signedIn.first().first().value<SignInResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    secrets << result.accessToken << result.credentials.refreshToken;

    // API calls with both profiles.
    ProfileSession appSession(privateApp, &store);
    QSignalSpy appReady(&appSession, &ProfileSession::ready);
    appSession.start();
    QVERIFY(appReady.wait(10000));
    auto labels = await(appSession.client()->listLabels(contactsCompanies));
    QVERIFY2(succeeded(labels), why(labels).constData());

    ProfileSession oauthSession(oauth, &store);
    QSignalSpy oauthReady(&oauthSession, &ProfileSession::ready);
    QSignalSpy rotated(&oauthSession, &ProfileSession::refreshTokenSaved);
    oauthSession.start();
    QVERIFY(oauthReady.wait(10000));
    auto more = await(oauthSession.client()->listLabels(contactsCompanies));
    QVERIFY2(succeeded(more), why(more).constData());
    QTRY_COMPARE_WITH_TIMEOUT(rotated.count(), 1, 5000);
    secrets << oauthSession.config().credentials.refreshToken;

    // Errors: a wrong token, a refused sign-in code, a revoked sign-in.
    Redactor::global().addSecret(kWrongToken);
    ClientConfig wrong = f.config();
    wrong.credentials = Credentials::privateApp(kWrongToken);
    HubSpotClient wrongClient(wrong);
    auto refused = await(wrongClient.listLabels(contactsCompanies));
    QVERIFY(refused && !refused->ok());
    qWarning("API error: %s | %s", qPrintable(refused->error().userMessage()),
             qPrintable(refused->error().details()));

    OAuthSignIn badCode(&store);
    badCode.setBrowserOpener(redirectFollower(&browser, [](const QUrl &location) {
        return withQueryItem(location, QStringLiteral("code"), QStringLiteral("bogus-code"));
    }));
    QSignalSpy badDone(&badCode, &OAuthSignIn::finished);
    QVERIFY(badCode.start(oauth, f.server->oauthClientSecret()));
    QVERIFY(badDone.wait(15000));
    qWarning("Sign-in failed: %s",
             qPrintable(badDone.first().first().value<SignInResult>().message));

    QSignalSpy again(&oauthSession, &ProfileSession::signInRequired);
    f.server->revokeRefreshToken(oauthSession.config().credentials.refreshToken);
    f.server->expireAllAccessTokens();
    auto revoked = await(oauthSession.client()->listLabels(contactsCompanies));
    QVERIFY(revoked && !revoked->ok());
    QCOMPARE(again.count(), 1);
    qWarning("Session: %s", qPrintable(oauthSession.message()));

    // Careless logging of every kind, all of it through the redacting handler.
    Redactor::global().addSecret(kStandaloneSecret);
    const ClientConfig &live = appSession.config();
    qDebug() << "Authorization: Bearer" << live.credentials.token;
    qDebug("config token=%s proxy=%s", qPrintable(live.credentials.token),
           qPrintable(live.connection.proxyPassword));
    qDebug("form: grant_type=refresh_token&refresh_token=%s&client_secret=%s",
           qPrintable(result.credentials.refreshToken), qPrintable(f.server->oauthClientSecret()));
    qWarning() << QJsonDocument(QJsonObject{{QStringLiteral("access_token"), result.accessToken},
                                            {QStringLiteral("expires_in"), 1800}})
                      .toJson(QJsonDocument::Compact);
    qInfo() << "secrets:" << secrets;
    qCritical("standalone %s", qPrintable(kStandaloneSecret));
    qDebug("copy request info: GET %s with %s", qPrintable(f.server->baseUrl().toString()),
           qPrintable(Redactor::global().redact(QStringLiteral("Bearer ") + result.accessToken)));

    settings.sync();
    m_logFile.flush();

    QStringList captured;
    {
        QMutexLocker lock(&g_logMutex);
        captured = g_log;
    }
    QVERIFY(captured.size() >= 8);
    const QString all = captured.join(QLatin1Char('\n'));
    QVERIFY(all.contains(Redactor::mask()));
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    for (const QString &s : std::as_const(secrets))
        QVERIFY2(!all.contains(s), "a secret reached the log");
    const QStringList hits = filesContaining(m_home.path(), secrets);
    QVERIFY2(hits.isEmpty(),
             qPrintable(QStringLiteral("%1 file(s) hold a secret").arg(hits.size())));
    QVERIFY(filesContaining(m_home.path(), {QStringLiteral("Private app")}).size() >= 1);

    for (const QString &id : {privateApp.id, oauth.id, copy.profile.id})
        QVERIFY(finish(profiles.remove(id)).ok());
}

QTEST_GUILESS_MAIN(TestAuthNoSecretLeaks)
#include "test_auth_no_secret_leaks.moc"
