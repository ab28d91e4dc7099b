// SPDX-License-Identifier: MIT
// Without a keychain (ctest points D-Bus nowhere and unsets DISPLAY): the probe says so
// clearly, writes fail with that message, session-only mode works, and nothing reaches disk.

#include "AuthTestSupport.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::auth;
using namespace assoc::test;

namespace {
const QString kToken = QStringLiteral("pat-fake-NOKEYCHAIN-0001-token");
const QString kClientSecret = QStringLiteral("fake-NOKEYCHAIN-client-secret");
const QString kRefreshToken = QStringLiteral("fake-NOKEYCHAIN-refresh-token");
const QString kProxyPassword = QStringLiteral("fake-NOKEYCHAIN-proxy-password");
const QString kTail =
    QStringLiteral("Secrets can be kept for this session only; they will not be saved.");
} // namespace

class TestAuthNoKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void probeReportsUnavailable();
    void writesFailWithThatMessage();
    void failsClearlyWithoutProbe();
    void sessionOnlyModeWorks();
    void nothingWasWrittenToDisk();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    SecretStore m_secrets;
    QString m_profileId;
};

void TestAuthNoKeychain::initTestCase() {
    qRegisterMetaType<SecretResult>();
    qRegisterMetaType<KeychainStatus>();
    QVERIFY(m_home.isValid());
    // Anything written by accident — a QtKeychain plain-text fallback, app settings — lands
    // in this directory, which nothingWasWrittenToDisk() searches.
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                            "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const QString path = m_home.filePath(QString::fromLatin1(var).toLower());
        QVERIFY(QDir().mkpath(path));
        qputenv(var, QFile::encodeName(path));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("AssociationStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("Association Studio"));
    m_settings = std::make_unique<QSettings>(m_home.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_secrets.setRetryDelayMs(50);
    m_profileId = PortalProfile::newId();
}

void TestAuthNoKeychain::probeReportsUnavailable() {
    QSignalSpy status(&m_secrets, &SecretStore::statusChanged);
    const SecretResult probe = finish(m_secrets.probe());
    QVERIFY(probe.failed());
    QCOMPARE(status.count(), 1);
    const KeychainStatus s = m_secrets.status();
    QVERIFY(s.isUnavailable());
    QVERIFY(!s.reason.isEmpty());
    QVERIFY2(s.message().startsWith(QStringLiteral("The system keychain is not available (") +
                                    s.reason + QStringLiteral(")")),
             qPrintable(s.message()));
    QVERIFY(s.message().endsWith(kTail));
    QCOMPARE(probe.errorMessage, s.message());
    qInfo("Keychain: %s", qPrintable(s.message()));
}

void TestAuthNoKeychain::writesFailWithThatMessage() {
    const SecretResult write = finish(m_secrets.write(m_profileId, SecretName::Token, kToken));
    QVERIFY(write.failed());
    QCOMPARE(write.errorMessage, m_secrets.status().message());
    const SecretResult read = finish(m_secrets.read(m_profileId, SecretName::Token));
    QVERIFY(read.failed());
    QCOMPARE(read.errorMessage, m_secrets.status().message());
    QVERIFY(m_secrets.sessionCache().isEmpty()); // no silent fallback either
}

void TestAuthNoKeychain::failsClearlyWithoutProbe() {
    SecretStore fresh;
    fresh.setRetryDelayMs(50);
    const SecretResult write =
        finish(fresh.write(m_profileId, SecretName::ClientSecret, kClientSecret));
    QVERIFY(write.failed());
    QVERIFY2(write.errorMessage.startsWith(QStringLiteral("The system keychain is not available")),
             qPrintable(write.errorMessage));
    QVERIFY(write.errorMessage.endsWith(kTail));
}

void TestAuthNoKeychain::sessionOnlyModeWorks() {
    m_secrets.setMode(SecretStore::Mode::SessionOnly);
    ProfileStore profiles(m_settings.get(), &m_secrets);
    PortalProfile p;
    p.name = QStringLiteral("Session only");
    p.authKind = Credentials::Kind::OAuth;
    p.clientId = QStringLiteral("client-id");
    p.connection.proxyMode = ConnectionSettings::ProxyMode::Manual;
    p.connection.proxyUser = QStringLiteral("bob");
    p.connection.proxyPassword = kProxyPassword;
    p = profiles.add(p);
    m_profileId = p.id;

    QVERIFY(finish(m_secrets.write(p.id, SecretName::ClientSecret, kClientSecret)).ok());
    QVERIFY(finish(m_secrets.write(p.id, SecretName::RefreshToken, kRefreshToken)).ok());
    QVERIFY(finish(m_secrets.write(p.id, SecretName::ProxyPassword, kProxyPassword)).ok());
    QCOMPARE(finish(m_secrets.read(p.id, SecretName::RefreshToken)).value, kRefreshToken);

    const auto copy = profiles.duplicate(p.id);
    QVERIFY(finish(copy.secrets).ok());
    QCOMPARE(finish(m_secrets.read(copy.profile.id, SecretName::ClientSecret)).value,
             kClientSecret);
    QVERIFY(finish(profiles.remove(copy.profile.id)).ok());
    QVERIFY(finish(m_secrets.read(copy.profile.id, SecretName::ClientSecret)).notFound());
    QVERIFY(finish(m_secrets.read(p.id, SecretName::ClientSecret)).ok());
    QVERIFY(finish(m_secrets.remove(p.id, SecretName::ProxyPassword)).ok());
    QVERIFY(finish(m_secrets.read(p.id, SecretName::ProxyPassword)).notFound());
}

void TestAuthNoKeychain::nothingWasWrittenToDisk() {
    m_settings->sync();
    QVERIFY(QFile::exists(m_settings->fileName()));
    const QStringList hits =
        filesContaining(m_home.path(), {kToken, kClientSecret, kRefreshToken, kProxyPassword});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    // QtKeychain's plain-text fallback would have written these.
    QSettings fallback;
    QVERIFY(fallback.allKeys().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthNoKeychain)
#include "test_auth_no_keychain.moc"
