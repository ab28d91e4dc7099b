// SPDX-License-Identifier: MIT
// The snapshot cache as a user meets it: a portal read once opens the next time at once from its
// snapshot, marked "as of …", then is read again and what changed meanwhile is shown in bold.

#include "FakeHubSpotServer.h"
#include "OwnerOnlyCheck.h"
#include "SeedData.h"
#include "SessionWrites.h"
#include "TestSupport.h"
#include "app/ErrorBanner.h"
#include "app/MainWindow.h"
#include "app/ProfileController.h"
#include "app/SettingsFile.h"
#include "app/SnapshotController.h"
#include "app/StatusBarController.h"
#include "auth/SecretStore.h"
#include "core/Validation.h"
#include "history/HistoryStore.h"
#include "models/ModelRoles.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/PortalSession.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::app;
using models::ObjectTypeTreeModel;
using models::PortalSession;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};
const ObjectTypePair kDealsTickets{QStringLiteral("0-3"), QStringLiteral("0-5")};
const QString kProfile = QStringLiteral("profile-1");

int labelCount(const MainWindow &window, const ObjectTypePair &pair) {
    return window.treeModel()->indexOfPair(pair).data(models::LabelCountRole).toInt();
}
bool changed(const MainWindow &window, const ObjectTypePair &pair) {
    return window.treeModel()->indexOfPair(pair).data(models::ChangedRole).toBool();
}
} // namespace

class TestAppSnapshot : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void snapshotIsShownAtOnceThenRefreshedWithChangesMarked();
    void snapshotStaysVisibleWhenThePortalIsUnreachable();
    void incompleteReadingIsNeverStored();
    void reopenedProfileStartsFromItsSnapshot();
    void everyFileTheAppWritesIsOwnerOnly();

private:
    ClientConfig config() const;
    // Reads the whole portal in a window and stores its snapshot under kProfile.
    void storeSnapshot();

    QTemporaryDir m_dir;
    std::unique_ptr<fake::FakeHubSpotServer> m_server;
};

void TestAppSnapshot::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
}

void TestAppSnapshot::init() {
    m_server = std::make_unique<fake::FakeHubSpotServer>();
    m_server->reseed(fake::Seed::Demo);
    QVERIFY(m_server->listen());
}

void TestAppSnapshot::cleanup() {
    m_server.reset();
    QDir(m_dir.filePath(QStringLiteral("snapshots"))).removeRecursively();
}

ClientConfig TestAppSnapshot::config() const {
    ClientConfig c;
    c.baseUrl = m_server->baseUrl();
    c.credentials = Credentials::privateApp(m_server->privateAppToken());
    c.connection.maxRetries = 0;
    c.connection.timeoutMs = 5000;
    return c;
}

void TestAppSnapshot::storeSnapshot() {
    MainWindow window;
    window.snapshots()->setDirectory(m_dir.filePath(QStringLiteral("snapshots")));
    window.snapshots()->setStoreDelay(10); // stored() is what the test waits for, not the delay
    QSignalSpy stored(window.snapshots(), &SnapshotController::stored);
    window.connectTo(config());
    window.snapshots()->watch(window.session(), kProfile);
    QVERIFY(stored.wait(15000));
    QVERIFY(window.session()->isComplete());
    QVERIFY(QFileInfo::exists(window.snapshots()->directory() + QStringLiteral("/profile-1.json")));
}

void TestAppSnapshot::snapshotIsShownAtOnceThenRefreshedWithChangesMarked() {
    storeSnapshot();
    const int before =
        m_server->state().userLabelCount(kContactsCompanies.fromId, kContactsCompanies.toId);
    // Someone adds a label in HubSpot while the app is closed.
    QVERIFY(!m_server->state().createLabel(kContactsCompanies.fromId, kContactsCompanies.toId,
                                           QStringLiteral("auditor"), QStringLiteral("Auditor"),
                                           QString(), m_server->config()));
    m_server->config().latencyMs = 300; // the portal answers well after the first paint
    // And this pair later still, however slow the machine: what is first shown of it is
    // certainly the snapshot.
    fake::FaultInjector::Fault stall;
    stall.kind = fake::FaultInjector::Kind::Stall;
    stall.durationMs = 3000;
    m_server->faults().script(stall, 1, QStringLiteral("/0-1/0-2/labels"));

    MainWindow window;
    window.snapshots()->setDirectory(m_dir.filePath(QStringLiteral("snapshots")));
    const auto snapshot = window.snapshots()->load(kProfile);
    QVERIFY(snapshot);
    window.connectWithSnapshot(config(), *snapshot);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Before the portal has answered anything: the snapshot's types, pairs and counts.
    PortalSession *session = window.session();
    QVERIFY(session->isShowingSnapshot());
    QVERIFY(!session->schema().objectTypes.isEmpty());
    QVERIFY(session->isPairLoaded(kContactsCompanies));
    const int shownFirst = labelCount(window, kContactsCompanies);
    QCOMPARE(shownFirst, int(snapshot->pair(kContactsCompanies)->labels.size()));
    QVERIFY2(window.statusBarController()->snapshotText().contains(QStringLiteral("as of")),
             qPrintable(window.statusBarController()->snapshotText()));
    QVERIFY(!changed(window, kContactsCompanies));

    QSignalSpy refreshed(session, &PortalSession::snapshotRefreshed);
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!session->isShowingSnapshot());
    QCOMPARE(labelCount(window, kContactsCompanies), shownFirst + 1);
    QCOMPARE(m_server->state().userLabelCount(kContactsCompanies.fromId, kContactsCompanies.toId),
             before + 1);
    QVERIFY(changed(window, kContactsCompanies));
    QVERIFY(!changed(window, kDealsTickets));
    const auto changes = refreshed.first().first().value<QList<SchemaChange>>();
    QVERIFY(!changes.isEmpty());
    QVERIFY(window.statusBarController()->snapshotText().contains(QStringLiteral("changed")));
}

void TestAppSnapshot::snapshotStaysVisibleWhenThePortalIsUnreachable() {
    storeSnapshot();
    ClientConfig offline = config();
    m_server.reset(); // the portal is gone: nothing listens on that port any more

    MainWindow window;
    window.snapshots()->setDirectory(m_dir.filePath(QStringLiteral("snapshots")));
    const auto snapshot = window.snapshots()->load(kProfile);
    QVERIFY(snapshot);
    window.connectWithSnapshot(offline, *snapshot);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->connectionState(),
                              PortalSession::ConnectionState::Failed, 10000);
    QVERIFY(window.errorBanner()->isVisible());
    // What the user saw is still there, and still says how old it is.
    QVERIFY(window.session()->isShowingSnapshot());
    QVERIFY(labelCount(window, kContactsCompanies) > 0);
    QVERIFY(window.statusBarController()->snapshotText().contains(QStringLiteral("as of")));
}

void TestAppSnapshot::incompleteReadingIsNeverStored() {
    // One pair cannot be read: the preload ends with an error and no snapshot is written.
    fake::FaultInjector::Fault fault;
    fault.kind = fake::FaultInjector::Kind::ServerError;
    m_server->faults().script(fault, 100, QStringLiteral("/0-2/0-3/labels"));
    MainWindow window;
    window.snapshots()->setDirectory(m_dir.filePath(QStringLiteral("snapshots")));
    QSignalSpy stored(window.snapshots(), &SnapshotController::stored);
    window.connectTo(config());
    window.snapshots()->watch(window.session(), kProfile);
    QSignalSpy finished(window.session(), &PortalSession::preloadFinished);
    QVERIFY(finished.wait(15000));
    // Only a complete reading is ever scheduled: with none pending, none can be written later.
    QVERIFY(!window.snapshots()->isStorePending());
    QCOMPARE(stored.count(), 0);
    QVERIFY(!window.session()->isComplete());
    QVERIFY(!window.snapshots()->load(kProfile));
}

void TestAppSnapshot::reopenedProfileStartsFromItsSnapshot() {
    // Secrets kept for the session only: this test is about the snapshot, not the keychain.
    auth::SecretStore secrets(QStringLiteral("AssociationStudioSnapshotTest"));
    secrets.setMode(auth::SecretStore::Mode::SessionOnly);
    const QString settingsFile = m_dir.filePath(QStringLiteral("profiles.ini"));
    QString profileId;
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        MainWindow window;
        window.snapshots()->setDirectory(m_dir.filePath(QStringLiteral("snapshots")));
        ProfileController profiles(&window, &settings, &secrets);
        QSignalSpy stored(window.snapshots(), &SnapshotController::stored);
        window.connectTo(config()); // as the Connect dialog does
        QVERIFY(stored.wait(15000));
        profileId = profiles.activeProfileId();
        QCOMPARE(stored.first().first().toString(), profileId);
        settings.sync();
    }
    m_server->config().latencyMs = 300;
    QSettings settings(settingsFile, QSettings::IniFormat);
    MainWindow window;
    window.snapshots()->setDirectory(m_dir.filePath(QStringLiteral("snapshots")));
    ProfileController profiles(&window, &settings, &secrets);
    QSignalSpy opened(&profiles, &ProfileController::profileOpened);
    profiles.start();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QCOMPARE(opened.first().first().toString(), profileId);
    QVERIFY(window.session()->isShowingSnapshot());
    QVERIFY(labelCount(window, kContactsCompanies) > 0);
    // Forgetting the profile forgets its snapshot too.
    profiles.removeProfile(profileId);
    QVERIFY(!window.snapshots()->load(profileId));
}

void TestAppSnapshot::everyFileTheAppWritesIsOwnerOnly() {
#ifdef Q_OS_WIN
    QSKIP("Permissions are left to the user's folders' ACLs on Windows");
#else
    // The app's own places, made afresh: settings (QSettings' user path is this test's folder),
    // the change history and the snapshots, as main() and the controllers open them.
    const QString settingsFolder = m_dir.filePath(QStringLiteral("AssociationStudio"));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString cache = m_dir.filePath(QStringLiteral("cache"));
    QDir(settingsFolder).removeRecursively();
    auth::SecretStore secrets(QStringLiteral("AssociationStudioSnapshotTest"));
    secrets.setMode(auth::SecretStore::Mode::SessionOnly);
    auto opened =
        history::HistoryStore::open(data + QStringLiteral("/AssociationStudio/history.sqlite"));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    const std::unique_ptr<history::HistoryStore> history = std::move(opened).value();
    {
        const auto settings = SettingsFile::open();
        QVERIFY(settings->fileName().startsWith(settingsFolder));
        MainWindow window;
        window.setHistory(history.get());
        window.snapshots()->setDirectory(cache + QStringLiteral("/AssociationStudio/snapshots"));
        ProfileController profiles(&window, settings.get(), &secrets);
        QSignalSpy stored(window.snapshots(), &SnapshotController::stored);
        window.show();
        window.connectTo(config()); // becomes a profile, in the settings
        QVERIFY(stored.wait(15000));

        // A write the history records.
        const LabelCreateRequest request{Validation::suggestName(QStringLiteral("Private")),
                                         QStringLiteral("Private"), std::nullopt};
        const auto created =
            test::await(test::createLabel(*window.session(), kContactsCompanies, request));
        QVERIFY2(test::written(created), test::whyNot(created).constData());
        QTRY_COMPARE(history->query().size(), 1);
        settings->sync();
        window.close(); // stores the window's geometry in the settings
    }
    QVERIFY(QFile::exists(settingsFolder + QStringLiteral("/Association Studio.conf")));
    QStringList wrong;
    for (const QString &root : {settingsFolder, data, cache})
        wrong += test::notOwnerOnly(root);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
#endif
}

QTEST_MAIN(TestAppSnapshot)
#include "test_app_snapshot.moc"
