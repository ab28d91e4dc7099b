// SPDX-License-Identifier: MIT
// The status bar tells the user when the circuit breaker holds requests back, and "Try Now"
// sends them again at once, against a fake portal that fails and then recovers.

#include "FakeHubSpotServer.h"
#include "SeedData.h"
#include "api/RequestScheduler.h"
#include "app/ErrorBanner.h"
#include "app/MainWindow.h"
#include "app/StatusBarController.h"
#include "models/PortalSession.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace assoc;
using namespace assoc::app;

class TestAppStatusBar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void openCircuitIsShownAndTryNowResumes();
    void unavailableTypesAreShownOnce();
    void http1NoticeIsShown();

private:
    QTemporaryDir m_dir;
};

void TestAppStatusBar::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
}

void TestAppStatusBar::openCircuitIsShownAndTryNowResumes() {
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    // Every association read fails for now: the preload's failures open the breaker.
    fake::FaultInjector::Fault fault;
    fault.kind = fake::FaultInjector::Kind::ServerError;
    fault.status = 503;
    server.faults().script(fault, 10000, QStringLiteral("/associations/"));

    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.credentials = Credentials::privateApp(server.privateAppToken());
    config.objectTypes = ObjectTypeChoice::core(); // the pairs' failures open the breaker
    config.connection.maxRetries = 0;
    config.connection.circuitFailureThreshold = 3;
    config.connection.circuitOpenSeconds = 120; // far longer than the test: only Try Now helps
    MainWindow window;
    window.connectTo(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    StatusBarController *status = window.statusBarController();
    QTRY_VERIFY_WITH_TIMEOUT(!status->circuitText().isEmpty(), 10000);
    QVERIFY2(status->circuitText().contains(QStringLiteral("Paused")),
             qPrintable(status->circuitText()));
    QVERIFY(status->tryNowButton()->isVisible());
    QVERIFY(window.session()->client()->scheduler()->isCircuitOpen());
    QTRY_VERIFY(!window.errorBanner()->isHidden());

    // HubSpot recovers; the user does not wait two minutes.
    server.faults().clear();
    QTest::mouseClick(status->tryNowButton(), Qt::LeftButton);
    QVERIFY(status->circuitText().isEmpty());
    QVERIFY(!status->tryNowButton()->isVisible());
    QVERIFY(!window.session()->client()->scheduler()->isCircuitOpen());
    // What failed meanwhile is read again.
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->isComplete(), 15000);
}

// The demo portal has no listings and denies users: with them chosen, the window loads the
// other types and names those two once, with HubSpot's reasons.
void TestAppStatusBar::unavailableTypesAreShownOnce() {
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.credentials = Credentials::privateApp(server.privateAppToken());
    config.objectTypes =
        ObjectTypeChoice::parse(QStringLiteral("contacts,listings,line_items,users")).value();
    MainWindow window;
    window.connectTo(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    StatusBarController *status = window.statusBarController();
    QTRY_VERIFY_WITH_TIMEOUT(!status->unavailableText().isEmpty(), 10000);
    const QString text = status->unavailableText();
    QVERIFY2(text.contains(QStringLiteral("Listings — not available")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Unable to infer object type from: 0-420")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Users — not available")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("crm.objects.users.read")), qPrintable(text));
    QCOMPARE(window.session()->connectionState(),
             models::PortalSession::ConnectionState::Connected);
    QCOMPARE(window.session()->schema().objectTypes.size(), 2);
    // The load is not failed by them: every pair of the others is read, no error is shown.
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->isComplete(), 15000);
    QVERIFY(window.errorBanner()->isHidden());
    QCOMPARE(server.log().count(QStringLiteral("GET"), QStringLiteral("/0-420/")), 1);
}

void TestAppStatusBar::http1NoticeIsShown() {
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.credentials = Credentials::privateApp(server.privateAppToken());
    MainWindow window;
    window.connectTo(config);
    StatusBarController *status = window.statusBarController();
    QVERIFY(status->http2Text().isEmpty()); // plain http on loopback: nothing to say
    // What the scheduler says once a TLS answer came over HTTP/1.1 (not possible over http).
    const QString notice = QStringLiteral("HubSpot answers over HTTP/1.1");
    emit window.session()->client()->scheduler()->http2Unavailable(notice);
    QCOMPARE(status->http2Text(), notice);
    // Another portal, another connection: the notice goes until that one says it too.
    window.connectTo(config);
    QVERIFY(status->http2Text().isEmpty());
}

QTEST_MAIN(TestAppStatusBar)
#include "test_app_statusbar.moc"
