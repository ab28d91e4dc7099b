// SPDX-License-Identifier: MIT
// The first run as a new user meets it: no profile, so the window welcomes them; "Explore the
// demo portal" opens the demo (marked DEMO, never a profile), "Connect to HubSpot" opens the
// Connect dialog with its scopes guide, and a token lacking a scope is told which one to add.

#include "FakeHubSpotServer.h"
#include "SeedData.h"
#include "api/RequiredScopes.h"
#include "app/ErrorBanner.h"
#include "app/MainWindow.h"
#include "app/ProfileController.h"
#include "app/StatusBarController.h"
#include "app/WelcomePage.h"
#include "app/dialogs/ConnectDialog.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "demo/DemoPortal.h"
#include "models/LabelTableModel.h"
#include "models/PortalSession.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace assoc;
using namespace assoc::app;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};
const ObjectTypePair kContactsDeals{QStringLiteral("0-1"), QStringLiteral("0-3")};
} // namespace

class TestAppFirstRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void welcomeThenDemo();
    void connectOpensTheDialogWithTheScopesGuide();
    void connectingReplacesTheWelcomePage();
    void missingScopeIsNamedInTheWindow();
    void missingScopeAdviceNamesEveryCandidate();

private:
    // A fresh start: the window and its profiles over empty settings, as main() builds them.
    void startFresh();
    WelcomePage *welcome() const { return m_window->findChild<WelcomePage *>(); }
    ConnectDialog *connectDialog() const { return m_window->findChild<ConnectDialog *>(); }

    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::SecretStore> m_secrets;
    demo::DemoPortal m_demo; // before the window, which talks to it
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ProfileController> m_profiles;
};

void TestAppFirstRun::initTestCase() {
    QVERIFY(m_home.isValid());
    // Geometry, snapshots and the like go to throw-away places, never the developer's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
}

void TestAppFirstRun::init() {
    QFile::remove(m_home.filePath(QStringLiteral("profiles.ini")));
    startFresh();
}

void TestAppFirstRun::cleanup() {
    m_profiles.reset();
    m_window.reset();
    m_secrets.reset();
    m_settings.reset();
}

void TestAppFirstRun::startFresh() {
    m_settings = std::make_unique<QSettings>(m_home.filePath(QStringLiteral("profiles.ini")),
                                             QSettings::IniFormat);
    // Secrets stay in memory: the keychain of the machine running the tests is never touched.
    m_secrets = std::make_unique<auth::SecretStore>(QStringLiteral("AssociationStudioTest"));
    m_secrets->setMode(auth::SecretStore::Mode::SessionOnly);
    m_window = std::make_unique<MainWindow>();
    m_window->setDemoStarter([this](QString *error) { return m_demo.ensureStarted(error); });
    m_profiles =
        std::make_unique<ProfileController>(m_window.get(), m_settings.get(), m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_profiles->start();
}

void TestAppFirstRun::welcomeThenDemo() {
    QTRY_VERIFY(welcome() && welcome()->isVisible());
    QVERIFY(!connectDialog()); // the welcome page asks first, no dialog pops up
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("DEMO")));

    QTest::mouseClick(welcome()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY(!welcome()->isVisible());
    QVERIFY(m_window->isDemo());
    // Marked DEMO in the title (with the demo portal's id once known) and the status bar.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->session() && m_window->session()->schema().portal.portalId != 0, 15000);
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("DEMO")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->windowTitle().contains(
        QString::number(m_window->session()->schema().portal.portalId)));
    QCOMPARE(m_window->statusBarController()->demoText(), QStringLiteral("DEMO"));

    // Pairs load, and the demo's user labels show in the table.
    QTRY_VERIFY(!m_window->session()->schema().objectTypes.isEmpty());
    QVERIFY(m_window->selectPair(kContactsCompanies));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isPairLoaded(kContactsCompanies), 15000);
    QTRY_VERIFY(m_window->tableModel()->rowCount() > 0);

    // Never saved as a profile, nor as the one to reopen.
    QVERIFY(m_profiles->store()->profiles().isEmpty());
    QVERIFY(m_profiles->store()->lastUsedProfileId().isEmpty());
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(m_window->currentConfig().baseUrl.host().toUtf8()));

    // The next start welcomes again.
    cleanup();
    startFresh();
    QTRY_VERIFY(welcome() && welcome()->isVisible());
    QVERIFY(!m_window->session());
}

void TestAppFirstRun::connectOpensTheDialogWithTheScopesGuide() {
    QTRY_VERIFY(welcome() && welcome()->isVisible());
    QTest::mouseClick(welcome()->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(connectDialog() && connectDialog()->isVisible());

    auto *guideButton = connectDialog()->findChild<QToolButton *>(QStringLiteral("guideButton"));
    auto *guide = connectDialog()->findChild<QLabel *>(QStringLiteral("guideText"));
    QVERIFY(guideButton && guide);
    QVERIFY(!guide->isVisible()); // closed until asked for
    QTest::mouseClick(guideButton, Qt::LeftButton);
    QTRY_VERIFY(guide->isVisible());
    // The scopes of both uses, from the one table the CLI and the error advice read too.
    for (const QString &scope : RequiredScopes::writeUse())
        QVERIFY2(guide->text().contains(scope), qPrintable(scope));
    QVERIFY(RequiredScopes::readOnlyUse().size() < RequiredScopes::writeUse().size());
    QVERIFY(guide->text().contains(QStringLiteral("Private Apps")));
    QTest::mouseClick(guideButton, Qt::LeftButton);
    QTRY_VERIFY(!guide->isVisible());

    // Cancel leaves the welcome page where it was.
    connectDialog()->reject();
    QTRY_VERIFY(!connectDialog());
    QVERIFY(welcome()->isVisible());
}

void TestAppFirstRun::connectingReplacesTheWelcomePage() {
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    QTRY_VERIFY(welcome() && welcome()->isVisible());
    QTest::mouseClick(welcome()->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(connectDialog() && connectDialog()->isVisible());
    ConnectDialog *dialog = connectDialog();
    auto *base = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    base->selectAll();
    QTest::keyClicks(base, server.baseUrl().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")),
                     server.privateAppToken());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!connectDialog(), 15000);
    QTRY_VERIFY(!welcome()->isVisible());
    QVERIFY(!m_window->isDemo());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->schema().portal.portalId ==
                                                        server.state().portalId(),
                             15000);
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("DEMO")));
    QVERIFY(m_window->statusBarController()->demoText().isEmpty());
    QCOMPARE(m_profiles->store()->profiles().size(), 1); // a real portal becomes a profile
}

void TestAppFirstRun::missingScopeIsNamedInTheWindow() {
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    // The token may not read deals: HubSpot answers 403 MISSING_SCOPES for pairs naming them.
    server.config().deniedObjectTypes = {QStringLiteral("deals")};
    QVERIFY(server.listen());
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.credentials = Credentials::privateApp(server.privateAppToken());
    m_window->connectTo(config);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->session() && !m_window->session()->schema().objectTypes.isEmpty(), 15000);
    QVERIFY(m_window->selectPair(kContactsDeals));
    ErrorBanner *banner = m_window->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY2(banner->message().contains(
                 QStringLiteral("Add the scope crm.objects.deals.read to your private app")),
             qPrintable(banner->message()));
    QVERIFY2(banner->message().contains(QStringLiteral("Private Apps")),
             qPrintable(banner->message()));
}

void TestAppFirstRun::missingScopeAdviceNamesEveryCandidate() {
    // HubSpot's rule is "one or more of the following scopes": any one of them will do.
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 403;
    error.category = QStringLiteral("MISSING_SCOPES");
    error.message = QStringLiteral("This app hasn't been granted all required scopes to make "
                                   "this call.");
    error.missingScopes = {QStringLiteral("crm.schemas.custom.read"),
                           QStringLiteral("crm.objects.custom.read")};
    QVERIFY(error.isMissingScopes());
    const QString text = error.userMessage();
    QVERIFY2(text.contains(QStringLiteral(
                 "Add one of the scopes crm.schemas.custom.read, crm.objects.custom.read")),
             qPrintable(text));
    // A 403 without a scope list keeps the general advice.
    error.missingScopes.clear();
    error.category = QStringLiteral("USER_DOES_NOT_HAVE_PERMISSIONS");
    QVERIFY(!error.isMissingScopes());
    QVERIFY(error.userMessage().contains(QStringLiteral("lacks a required scope")));
}

QTEST_MAIN(TestAppFirstRun)
#include "test_app_first_run.moc"
