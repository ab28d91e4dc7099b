// SPDX-License-Identifier: MIT
// SecretStore against a real Secret Service (CI: dbus-run-session with gnome-keyring-daemon).

#include "AuthTestSupport.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::auth;
using namespace assoc::test;

namespace {
const QString kToken = QStringLiteral("pat-fake-KEYCHAIN-0001-token");
const QString kNewToken = QStringLiteral("pat-fake-KEYCHAIN-0002-rotated");
const QString kClientSecret = QStringLiteral("fake-KEYCHAIN-client-secret");
const QString kRefreshToken = QStringLiteral("fake-KEYCHAIN-refresh-token");
} // namespace

class TestAuthKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void storesReadsUpdatesDeletes();
    void keyIsProfileAndSecretName();
    void removesAllOnProfileRemoval();
    void duplicateCopiesSecrets();

private:
    SecretStore m_secrets;
};

void TestAuthKeychain::initTestCase() {
    qRegisterMetaType<SecretResult>();
    qRegisterMetaType<KeychainStatus>();
    // Without any session bus there is no Secret Service to test against (a bare container);
    // with one, the keychain must work.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run inside dbus-run-session with gnome-keyring-daemon.");
    QSignalSpy status(&m_secrets, &SecretStore::statusChanged);
    const SecretResult probe = finish(m_secrets.probe());
    QVERIFY2(probe.ok(), qPrintable(probe.errorMessage));
    QCOMPARE(status.count(), 1);
    QVERIFY(m_secrets.status().isAvailable());
    QVERIFY(m_secrets.status().message().isEmpty());
}

void TestAuthKeychain::storesReadsUpdatesDeletes() {
    const QString id = PortalProfile::newId();
    QVERIFY(finish(m_secrets.read(id, SecretName::Token)).notFound());

    SecretResult r = finish(m_secrets.write(id, SecretName::Token, kToken));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    r = finish(m_secrets.read(id, SecretName::Token));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.value, kToken);

    QVERIFY(finish(m_secrets.write(id, SecretName::Token, kNewToken)).ok());
    QCOMPARE(finish(m_secrets.read(id, SecretName::Token)).value, kNewToken);

    // Secrets of one profile are separate entries.
    QVERIFY(finish(m_secrets.write(id, SecretName::RefreshToken, kRefreshToken)).ok());
    QCOMPARE(finish(m_secrets.read(id, SecretName::RefreshToken)).value, kRefreshToken);
    QCOMPARE(finish(m_secrets.read(id, SecretName::Token)).value, kNewToken);

    QVERIFY(finish(m_secrets.remove(id, SecretName::Token)).ok());
    QVERIFY(finish(m_secrets.read(id, SecretName::Token)).notFound());
    QVERIFY(!finish(m_secrets.remove(id, SecretName::Token)).failed());
    QCOMPARE(finish(m_secrets.read(id, SecretName::RefreshToken)).value, kRefreshToken);

    // Writing nothing removes the entry.
    QVERIFY(finish(m_secrets.write(id, SecretName::RefreshToken, QString())).ok());
    QVERIFY(finish(m_secrets.read(id, SecretName::RefreshToken)).notFound());
    QVERIFY(m_secrets.sessionCache().isEmpty()); // the keychain was used, not memory
}

void TestAuthKeychain::keyIsProfileAndSecretName() {
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (exe.isEmpty())
        QSKIP("secret-tool is not installed");
    const QString id = PortalProfile::newId();
    QVERIFY(finish(m_secrets.write(id, SecretName::ClientSecret, kClientSecret)).ok());
    // QtKeychain's libsecret backend: attribute "server" is the service, "user" the key.
    QProcess lookup;
    lookup.start(exe, {QStringLiteral("lookup"), QStringLiteral("server"),
                       QStringLiteral("AssociationStudio"), QStringLiteral("user"),
                       id + QStringLiteral("/clientSecret")});
    QVERIFY(lookup.waitForFinished(10000));
    const QByteArray out = lookup.readAllStandardOutput();
    QVERIFY(finish(m_secrets.removeAll(id)).ok());
    if (lookup.exitCode() != 0)
        QSKIP("This QtKeychain backend does not use the libsecret attributes");
    QCOMPARE(QString::fromUtf8(out).trimmed(), kClientSecret);
}

void TestAuthKeychain::removesAllOnProfileRemoval() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ProfileStore store(&settings, &m_secrets);
    PortalProfile p;
    p.name = QStringLiteral("Doomed");
    p.authKind = Credentials::Kind::OAuth;
    p.clientId = QStringLiteral("client-id");
    p = store.add(p);
    QVERIFY(finish(m_secrets.write(p.id, SecretName::ClientSecret, kClientSecret)).ok());
    QVERIFY(finish(m_secrets.write(p.id, SecretName::RefreshToken, kRefreshToken)).ok());
    QVERIFY(finish(m_secrets.write(p.id, SecretName::ProxyPassword, kToken)).ok());

    const SecretResult removed = finish(store.remove(p.id));
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage));
    for (SecretName name : SecretNames::all())
        QVERIFY(finish(m_secrets.read(p.id, name)).notFound());
}

void TestAuthKeychain::duplicateCopiesSecrets() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ProfileStore store(&settings, &m_secrets);
    PortalProfile p;
    p.name = QStringLiteral("Original");
    p = store.add(p);
    QVERIFY(finish(m_secrets.write(p.id, SecretName::Token, kToken)).ok());
    QVERIFY(finish(m_secrets.write(p.id, SecretName::ProxyPassword, kClientSecret)).ok());

    const auto copy = store.duplicate(p.id);
    const SecretResult copied = finish(copy.secrets);
    QVERIFY2(copied.ok(), qPrintable(copied.errorMessage));
    QCOMPARE(finish(m_secrets.read(copy.profile.id, SecretName::Token)).value, kToken);
    QCOMPARE(finish(m_secrets.read(copy.profile.id, SecretName::ProxyPassword)).value,
             kClientSecret);
    QVERIFY(finish(m_secrets.read(copy.profile.id, SecretName::RefreshToken)).notFound());

    // The copy is independent of the original.
    QVERIFY(finish(m_secrets.write(copy.profile.id, SecretName::Token, kNewToken)).ok());
    QCOMPARE(finish(m_secrets.read(p.id, SecretName::Token)).value, kToken);

    QVERIFY(finish(store.remove(copy.profile.id)).ok());
    QVERIFY(finish(store.remove(p.id)).ok());
    QVERIFY(finish(m_secrets.read(p.id, SecretName::Token)).notFound());
}

QTEST_GUILESS_MAIN(TestAuthKeychain)
#include "test_auth_keychain.moc"
