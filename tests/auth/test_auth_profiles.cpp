// SPDX-License-Identifier: MIT
// ProfileStore: add, edit, duplicate, remove, last used — on a temporary settings file, with
// the secrets in the session cache, and never a secret in the settings.

#include "AuthTestSupport.h"
#include "auth/CredentialLoader.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <utility>

using namespace assoc;
using namespace assoc::auth;
using namespace assoc::test;

namespace {
const QString kToken = QStringLiteral("pat-fake-PROFILES-0001-token");
const QString kProxyPassword = QStringLiteral("fake-PROFILES-proxy-password");
const QString kClientSecret = QStringLiteral("fake-PROFILES-client-secret");
const QString kKeyPassphrase = QStringLiteral("fake-PROFILES-key-passphrase");

PortalProfile sample(const QString &name) {
    PortalProfile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    p.apiVersion = ApiVersion::V2026_03;
    p.authKind = Credentials::Kind::PrivateAppToken;
    p.portalId = 4242;
    p.uiDomain = QStringLiteral("app-eu1.hubspot.com");
    p.connection.timeoutMs = 12345;
    p.connection.proxyMode = ConnectionSettings::ProxyMode::Manual;
    p.connection.proxyHost = QStringLiteral("proxy.example.com");
    p.connection.proxyPort = 3128;
    p.connection.proxyUser = QStringLiteral("alice");
    p.connection.proxyPassword = kProxyPassword; // must never reach the settings
    p.connection.extraCaCertificateFiles = {QStringLiteral("/etc/ssl/corp.pem")};
    p.connection.clientCertificateFile = QStringLiteral("/home/alice/certs/alice.pem");
    p.connection.clientKeyFile = QStringLiteral("/home/alice/certs/alice.key");
    p.connection.clientKeyPassphrase = kKeyPassphrase; // must never reach the settings
    p.objectTypes =
        ObjectTypeChoice::parse(QStringLiteral("0-1,companies,tickets,lead,p4242_cars")).value();
    return p;
}
} // namespace

class TestAuthProfiles : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addsAndReadsBack();
    void updates();
    void duplicatesWithSecrets();
    void removesWithSecrets();
    void remembersLastUsed();
    void survivesReopening();
    void neverWritesSecrets();
    void clientKeyPassphraseComesFromTheKeychain();
    void objectTypeChoiceRoundTrips_data();
    void objectTypeChoiceRoundTrips();
    void objectTypeChoiceDefaultsToAuto();
    void inFlightCapRoundTrips();
    void legacyInFlightEightBecomesAdaptive();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    // A new store on the settings file itself, so what is read back is what was written, not a
    // cache of the store.
    void reopenStore() {
        m_store.reset();
        m_settings.reset(); // written to the file before it is read again
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
    }
};

void TestAuthProfiles::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_secrets = std::make_unique<SecretStore>();
    m_secrets->setMode(SecretStore::Mode::SessionOnly);
    m_store = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
}

void TestAuthProfiles::cleanup() {
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestAuthProfiles::objectTypeChoiceRoundTrips_data() {
    QTest::addColumn<QString>("choice");
    QTest::newRow("core") << QStringLiteral("core");
    QTest::newRow("all") << QStringLiteral("all");
    QTest::newRow("auto") << QStringLiteral("auto");
    QTest::newRow("list") << QStringLiteral("deals,line_items,2-7300101");
}

void TestAuthProfiles::objectTypeChoiceRoundTrips() {
    QFETCH(QString, choice);
    PortalProfile p = sample(QStringLiteral("Choice"));
    p.objectTypes = ObjectTypeChoice::parse(choice).value();
    const PortalProfile stored = m_store->add(p);
    reopenStore();
    const auto back = m_store->profile(stored.id);
    QVERIFY(back);
    QCOMPARE(back->objectTypes, p.objectTypes);
    QCOMPARE(back->objectTypes.toString(), choice);
    QCOMPARE(back->clientConfig({}).objectTypes, p.objectTypes);
    QCOMPARE(PortalProfile::fromClientConfig(back->clientConfig({})).objectTypes, p.objectTypes);
}

void TestAuthProfiles::objectTypeChoiceDefaultsToAuto() {
    const PortalProfile stored = m_store->add(sample(QStringLiteral("Old")));
    // A profile written before the choice existed, and one whose value was mangled by hand.
    m_settings->setValue(QStringLiteral("profiles/%1/objectTypes").arg(stored.id),
                         QStringLiteral("deals,../etc"));
    m_settings->setValue(QStringLiteral("profiles/%1/standardTypeIds").arg(stored.id),
                         QStringList{QStringLiteral("0-1")});
    QCOMPARE(m_store->profile(stored.id)->objectTypes, ObjectTypeChoice::automatic());
    m_settings->remove(QStringLiteral("profiles/%1/objectTypes").arg(stored.id));
    QCOMPARE(m_store->profile(stored.id)->objectTypes, ObjectTypeChoice::automatic());
    QCOMPARE(PortalProfile().objectTypes.mode(), ObjectTypeChoice::Mode::Auto);
}

void TestAuthProfiles::inFlightCapRoundTrips() {
    for (const int cap : {0, 1, 6, 64}) {
        PortalProfile p = sample(QStringLiteral("Cap %1").arg(cap));
        p.connection.maxInFlight = cap;
        const PortalProfile stored = m_store->add(p);
        reopenStore();
        QCOMPARE(m_store->profile(stored.id)->connection.maxInFlight, cap);
        QCOMPARE(
            m_settings->value(QStringLiteral("profiles/%1/connection/inFlightCap").arg(stored.id))
                .toInt(),
            cap);
    }
}

void TestAuthProfiles::legacyInFlightEightBecomesAdaptive() {
    // Profiles saved before concurrency adapted stored "maxInFlight", 8 by default.
    const PortalProfile eight = m_store->add(sample(QStringLiteral("Eight")));
    const PortalProfile twenty = m_store->add(sample(QStringLiteral("Twenty")));
    for (const auto &[profile, legacy] : {std::pair{eight, 8}, std::pair{twenty, 20}}) {
        const QString group = QStringLiteral("profiles/%1/connection/").arg(profile.id);
        m_settings->remove(group + QStringLiteral("inFlightCap"));
        m_settings->setValue(group + QStringLiteral("maxInFlight"), legacy);
    }
    // 8 was nobody's choice: it becomes the adaptive default; 20 was, and stays the cap.
    QCOMPARE(m_store->profile(eight.id)->connection.maxInFlight, ConnectionSettings().maxInFlight);
    QCOMPARE(ConnectionSettings().maxInFlight, 0);
    QCOMPARE(m_store->profile(twenty.id)->connection.maxInFlight, 20);
    // Saving again writes the new key only.
    QVERIFY(m_store->update(*m_store->profile(twenty.id)));
    const QString group = QStringLiteral("profiles/%1/connection/").arg(twenty.id);
    QVERIFY(!m_settings->contains(group + QStringLiteral("maxInFlight")));
    QCOMPARE(m_settings->value(group + QStringLiteral("inFlightCap")).toInt(), 20);
}

void TestAuthProfiles::addsAndReadsBack() {
    QSignalSpy added(m_store.get(), &ProfileStore::profileAdded);
    const PortalProfile stored = m_store->add(sample(QStringLiteral("Production")));
    QVERIFY(!stored.id.isEmpty());
    QVERIFY(!QUuid::fromString(stored.id).isNull());
    QCOMPARE(added.count(), 1);
    QVERIFY(stored.connection.proxyPassword.isEmpty());
    QVERIFY(stored.connection.clientKeyPassphrase.isEmpty());

    const auto back = m_store->profile(stored.id);
    QVERIFY(back);
    QCOMPARE(*back, stored);
    QCOMPARE(back->apiVersion, ApiVersion::V2026_03);
    QCOMPARE(back->connection.proxyMode, ConnectionSettings::ProxyMode::Manual);
    QCOMPARE(back->objectTypes.toString(),
             QStringLiteral("contacts,companies,tickets,leads,p4242_cars"));
    QCOMPARE(back->connection.clientCertificateFile, QStringLiteral("/home/alice/certs/alice.pem"));
    QCOMPARE(back->connection.clientKeyFile, QStringLiteral("/home/alice/certs/alice.key"));

    m_store->add(sample(QStringLiteral("acme sandbox")));
    m_store->add(sample(QStringLiteral("Beta")));
    const auto all = m_store->profiles();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, QStringLiteral("acme sandbox"));
    QCOMPARE(all.at(1).name, QStringLiteral("Beta"));
    QCOMPARE(all.at(2).name, QStringLiteral("Production"));

    // An id already taken is replaced by a fresh one.
    PortalProfile clash = sample(QStringLiteral("Clash"));
    clash.id = stored.id;
    QVERIFY(m_store->add(clash).id != stored.id);
}

void TestAuthProfiles::updates() {
    PortalProfile p = m_store->add(sample(QStringLiteral("Production")));
    QSignalSpy updated(m_store.get(), &ProfileStore::profileUpdated);
    p.name = QStringLiteral("Production (EU)");
    p.authKind = Credentials::Kind::OAuth;
    p.clientId = QStringLiteral("client-id-123");
    p.connection.proxyMode = ConnectionSettings::ProxyMode::None;
    p.portalId = 99;
    QVERIFY(m_store->update(p));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(*m_store->profile(p.id), p);

    PortalProfile unknown = sample(QStringLiteral("Ghost"));
    unknown.id = PortalProfile::newId();
    QVERIFY(!m_store->update(unknown));
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestAuthProfiles::duplicatesWithSecrets() {
    const PortalProfile p = m_store->add(sample(QStringLiteral("Production")));
    QVERIFY(finish(m_secrets->write(p.id, SecretName::Token, kToken)).ok());
    QVERIFY(finish(m_secrets->write(p.id, SecretName::ProxyPassword, kProxyPassword)).ok());

    const auto copy = m_store->duplicate(p.id);
    QVERIFY(!copy.profile.id.isEmpty());
    QVERIFY(copy.profile.id != p.id);
    QCOMPARE(copy.profile.name, QStringLiteral("Production (copy)"));
    QVERIFY(finish(copy.secrets).ok());
    QCOMPARE(finish(m_secrets->read(copy.profile.id, SecretName::Token)).value, kToken);
    QCOMPARE(finish(m_secrets->read(copy.profile.id, SecretName::ProxyPassword)).value,
             kProxyPassword);
    QVERIFY(finish(m_secrets->read(copy.profile.id, SecretName::RefreshToken)).notFound());

    PortalProfile expected = p;
    expected.id = copy.profile.id;
    expected.name = copy.profile.name;
    QCOMPARE(*m_store->profile(copy.profile.id), expected);

    const auto named = m_store->duplicate(p.id, QStringLiteral("Staging"));
    QCOMPARE(named.profile.name, QStringLiteral("Staging"));
    QVERIFY(finish(named.secrets).ok());

    const auto missing = m_store->duplicate(PortalProfile::newId());
    QVERIFY(missing.profile.id.isEmpty());
    QVERIFY(finish(missing.secrets).failed());
    QCOMPARE(m_store->profiles().size(), 3);
}

void TestAuthProfiles::removesWithSecrets() {
    const PortalProfile keep = m_store->add(sample(QStringLiteral("Keep")));
    const PortalProfile gone = m_store->add(sample(QStringLiteral("Gone")));
    QVERIFY(finish(m_secrets->write(keep.id, SecretName::Token, kToken)).ok());
    QVERIFY(finish(m_secrets->write(gone.id, SecretName::Token, kToken)).ok());
    QVERIFY(finish(m_secrets->write(gone.id, SecretName::ClientSecret, kClientSecret)).ok());
    m_store->setLastUsed(gone.id);

    QSignalSpy removed(m_store.get(), &ProfileStore::profileRemoved);
    QVERIFY(finish(m_store->remove(gone.id)).ok());
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_store->contains(gone.id));
    QVERIFY(m_store->lastUsedProfileId().isEmpty());
    QVERIFY(finish(m_secrets->read(gone.id, SecretName::Token)).notFound());
    QVERIFY(finish(m_secrets->read(gone.id, SecretName::ClientSecret)).notFound());
    QCOMPARE(finish(m_secrets->read(keep.id, SecretName::Token)).value, kToken);
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestAuthProfiles::remembersLastUsed() {
    QVERIFY(m_store->lastUsedProfileId().isEmpty());
    const PortalProfile a = m_store->add(sample(QStringLiteral("A")));
    const PortalProfile b = m_store->add(sample(QStringLiteral("B")));
    QSignalSpy changed(m_store.get(), &ProfileStore::lastUsedChanged);
    m_store->setLastUsed(a.id);
    QCOMPARE(m_store->lastUsedProfileId(), a.id);
    m_store->setLastUsed(b.id);
    QCOMPARE(m_store->lastUsedProfileId(), b.id);
    m_store->setLastUsed(PortalProfile::newId()); // unknown: ignored
    QCOMPARE(m_store->lastUsedProfileId(), b.id);
    QCOMPARE(changed.count(), 2);
}

void TestAuthProfiles::survivesReopening() {
    const PortalProfile p = m_store->add(sample(QStringLiteral("Production")));
    m_store->setLastUsed(p.id);
    reopenStore();
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(*m_store->profile(p.id), p);
    QCOMPARE(m_store->lastUsedProfileId(), p.id);
}

void TestAuthProfiles::neverWritesSecrets() {
    PortalProfile p = m_store->add(sample(QStringLiteral("Production")));
    QVERIFY(finish(m_secrets->write(p.id, SecretName::Token, kToken)).ok());
    QVERIFY(finish(m_secrets->write(p.id, SecretName::ClientSecret, kClientSecret)).ok());
    p.connection.proxyPassword = kProxyPassword;
    p.connection.clientKeyPassphrase = kKeyPassphrase;
    QVERIFY(m_store->update(p));
    const auto copy = m_store->duplicate(p.id);
    QVERIFY(finish(copy.secrets).ok());
    m_settings->sync();

    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("proxy.example.com")); // the file is the one written
    const QStringList hits =
        filesContaining(m_dir->path(), {kToken, kClientSecret, kProxyPassword, kKeyPassphrase});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestAuthProfiles::clientKeyPassphraseComesFromTheKeychain() {
    const PortalProfile p = m_store->add(sample(QStringLiteral("Production")));
    QVERIFY(CredentialLoader::requiredSecrets(p).contains(SecretName::ClientKeyPassphrase));
    QVERIFY(finish(m_secrets->write(p.id, SecretName::Token, kToken)).ok());
    QVERIFY(finish(m_secrets->write(p.id, SecretName::ClientKeyPassphrase, kKeyPassphrase)).ok());
    auto *loader = new CredentialLoader(p, m_secrets.get(), this);
    std::optional<CredentialLoadResult> loaded;
    connect(loader, &CredentialLoader::finished, this,
            [&loaded](const CredentialLoadResult &r) { loaded = r; });
    loader->start();
    QTRY_VERIFY(loaded.has_value());
    const CredentialLoadResult result = *loaded;
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.config.connection.clientKeyPassphrase, kKeyPassphrase);
    QCOMPARE(result.config.connection.clientCertificateFile, p.connection.clientCertificateFile);

    // Without a client certificate there is no passphrase to read.
    PortalProfile plain = p;
    plain.connection.clientCertificateFile.clear();
    plain.connection.clientKeyFile.clear();
    QVERIFY(!CredentialLoader::requiredSecrets(plain).contains(SecretName::ClientKeyPassphrase));
}

QTEST_GUILESS_MAIN(TestAuthProfiles)
#include "test_auth_profiles.moc"
