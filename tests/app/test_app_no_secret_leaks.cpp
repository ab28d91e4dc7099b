// SPDX-License-Identifier: MIT
// No secret rests where it should not: a whole session of the window with secrets the test
// makes fresh and never tells the redactor — a private-app token typed into the Connect
// dialog, an OAuth sign-in through the browser (PKCE, loopback) and a token refresh, writes the
// history records (one failing with a message that echoes the token), the snapshot, an export,
// a screenshot run that fails — then every file under the test's own HOME and XDG folders, and all
// that was logged or printed, is searched for each secret in UTF-8, UTF-16 (both byte orders)
// and percent-encoded form. Only the app's own registering of what it was given, signed in
// with or refreshed can keep the secrets out.

#include "../auth/AuthTestSupport.h"
#include "FakeHubSpotServer.h"
#include "LeakScan.h"
#include "SessionWrites.h"
#include "app/ConnectController.h"
#include "app/MainWindow.h"
#include "app/ProfileController.h"
#include "app/ScreenshotTaker.h"
#include "app/SettingsFile.h"
#include "app/SnapshotController.h"
#include "app/compare/SchemaExportController.h"
#include "app/dialogs/ConnectDialog.h"
#include "auth/ProfileStore.h"
#include "auth/Redactor.h"
#include "auth/SecretStore.h"
#include "core/Validation.h"
#include "history/HistoryStore.h"
#include "models/PortalSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::app;
using models::PortalSession;

namespace {
const ObjectTypePair kPair{QStringLiteral("0-1"), QStringLiteral("0-2")};

// Every line logged, after the redacting handler main() installs: what a log file or the
// console would receive.
QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_next = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log += message.toUtf8() + '\n';
    }
    if (g_next)
        g_next(type, context, message);
}

bool connectedTo(const MainWindow &window, fake::FakeHubSpotServer &server,
                 Credentials::Kind kind) {
    const PortalSession *session = window.session();
    return session && window.currentConfig().credentials.kind == kind &&
           session->connectionState() == PortalSession::ConnectionState::Connected &&
           session->schema().portal.portalId == server.state().portalId();
}
} // namespace

class TestAppNoSecretLeaks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theScanFindsEachEncoding();
    void aWholeSessionLeaksNothing();

private:
    ConnectDialog *openConnectDialog(MainWindow &window);
    static void clickOk(ConnectDialog *dialog);
    // An error body as a careless or hostile server words it: the token, bare, in the message.
    fake::FaultInjector::Fault echoingToken(const QString &token) const;

    QTemporaryDir m_home;
    QString m_serviceName;
};

void TestAppNoSecretLeaks::initTestCase() {
    QVERIFY(m_home.isValid());
    // Every place the app writes to is inside the test's own folder.
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                            "XDG_STATE_HOME", "TMPDIR"}) {
        const QString path = m_home.filePath(QString::fromLatin1(var).toLower());
        QVERIFY(QDir().mkpath(path));
        qputenv(var, QFile::encodeName(path));
    }
    const QString config = m_home.filePath(QStringLiteral("xdg_config_home"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    // A keychain service of its own: the app's real entries are never touched.
    m_serviceName = QStringLiteral("AssociationStudioLeakTest-") + test::freshSecret();
    g_next = qInstallMessageHandler(capture);
    auth::Redactor::installMessageHandler(); // in front of `capture`, as main() does
}

void TestAppNoSecretLeaks::cleanupTestCase() {
    auth::Redactor::uninstallMessageHandler();
    qInstallMessageHandler(g_next);
}

// The search is only worth something if it finds a secret in every form it looks for.
void TestAppNoSecretLeaks::theScanFindsEachEncoding() {
    const QString secret = test::freshSecret();
    const QMap<QString, QString> secrets{{QStringLiteral("the secret"), secret}};
    for (const auto &[encoding, bytes] : test::secretEncodings(QStringLiteral("x ") + secret)) {
        const QStringList hits =
            test::leaksIn(QStringLiteral("sample"), "<" + bytes + ">", secrets);
        QCOMPARE(hits.size(), 1);
    }
    QVERIFY(test::leaksIn(QStringLiteral("sample"), "nothing", secrets).isEmpty());
}

fake::FaultInjector::Fault TestAppNoSecretLeaks::echoingToken(const QString &token) const {
    fake::FaultInjector::Fault fault;
    fault.kind = fake::FaultInjector::Kind::ServerError;
    fault.status = 500;
    fault.message = QStringLiteral("internal error while handling the request with %1").arg(token);
    return fault;
}

ConnectDialog *TestAppNoSecretLeaks::openConnectDialog(MainWindow &window) {
    window.openConnectDialog();
    ConnectDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window.findChild<ConnectDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void TestAppNoSecretLeaks::clickOk(ConnectDialog *dialog) {
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                          ->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestAppNoSecretLeaks::aWholeSessionLeaksNothing() {
    const QString token = test::freshSecret();
    const QString clientSecret = test::freshSecret();
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    server.config().privateAppToken = token;
    server.setOAuthClientSecret(clientSecret);
    QVERIFY(server.listen());

    auth::SecretStore secrets(m_serviceName);
    secrets.setRetryDelayMs(50);
    if (!test::finish(secrets.probe()).ok()) {
        qInfo("No keychain: the secrets stay in memory (%s)",
              qPrintable(secrets.status().message()));
        secrets.setMode(auth::SecretStore::Mode::SessionOnly);
    }
    // The app's places, as main() opens them: the history in the data folder, the settings in
    // the config folder, the snapshots in the cache folder.
    auto opened = history::HistoryStore::open(history::HistoryStore::defaultPath());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    const std::unique_ptr<history::HistoryStore> history = std::move(opened).value();
    QVERIFY(history->path().startsWith(m_home.path()));
    const auto settings = SettingsFile::open();
    QVERIFY(settings->fileName().startsWith(m_home.path()));
    QStringList printed; // what the app shows or prints of a failure
    QString snapshots;
    {
        MainWindow window;
        snapshots = window.snapshots()->directory();
        QVERIFY(snapshots.startsWith(m_home.path()));
        window.setHistory(history.get());
        ProfileController profiles(&window, settings.get(), &secrets);
        QNetworkAccessManager browser;
        window.findChild<ConnectController *>()->setBrowserOpener(test::redirectFollower(&browser));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. A private-app token typed into the Connect dialog; the portal read in full is kept
        //    as the profile's snapshot.
        QSignalSpy stored(window.snapshots(), &SnapshotController::stored);
        ConnectDialog *dialog = openConnectDialog(window);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(server.baseUrl().toString());
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("authCombo"));
        kind->setCurrentIndex(kind->findData(int(Credentials::Kind::PrivateAppToken)));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), token);
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(connectedTo(window, server, Credentials::Kind::PrivateAppToken),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() > 0, 20000);

        // 2. Writes the history records: one made, one refused with a message that echoes the
        //    token (the batch path is the limit write's alone, not the read before it).
        PortalSession *session = window.session();
        const LabelCreateRequest request{Validation::suggestName(QStringLiteral("Leak check")),
                                         QStringLiteral("Leak check"), std::nullopt};
        const auto created = test::await(test::createLabel(*session, kPair, request));
        QVERIFY2(test::written(created), test::whyNot(created).constData());
        std::optional<LabelKey> key;
        const auto findCreated = [&] {
            const PairSchema *pair = session->schema().pair(kPair);
            for (const AssociationLabel &l : pair ? pair->labels : QList<AssociationLabel>()) {
                if (l.label == QStringLiteral("Leak check"))
                    key = l.key();
            }
            return key.has_value();
        };
        QTRY_VERIFY(findCreated());
        server.faults().script(echoingToken(token), 10, QStringLiteral("/batch/"));
        const auto refused = test::await(test::setLimit(*session, kPair, *key, 3));
        server.faults().clear();
        QVERIFY(refused && !test::written(refused));
        QTRY_COMPARE(history->query().size(), 2);
        const ChangeRecord failed = history->query().first();
        QCOMPARE(failed.outcome, ChangeRecord::Outcome::Failed);
        QVERIFY2(failed.message.contains(auth::Redactor::mask()), qPrintable(failed.message));

        // 3. An export of the whole portal.
        QSignalSpy exported(window.schemaExport(), &SchemaExportController::exported);
        window.schemaExport()->exportTo(m_home.filePath(QStringLiteral("home/portal.json")));
        QVERIFY(exported.wait(20000));

        // 4. A screenshot run (--screenshot) against the echoing server: its failure is
        //    printed on stderr.
        {
            ClientConfig failing = window.currentConfig();
            failing.connection.maxRetries = 0;
            server.faults().script(echoingToken(token), 50);
            MainWindow shot;
            shot.connectTo(failing);
            ScreenshotTaker taker(&shot, m_home.filePath(QStringLiteral("home/shot.png")), {});
            QSignalSpy done(&taker, &ScreenshotTaker::finished);
            taker.start(20000);
            QVERIFY(done.wait(25000));
            QCOMPARE(done.first().first().toBool(), false);
            printed << done.first().at(1).toString();
            server.faults().clear();
        }

        // 5. OAuth: sign in through the browser, connect, then a refresh with a rotated token.
        dialog = openConnectDialog(window);
        QVERIFY(dialog);
        kind = dialog->findChild<QComboBox *>(QStringLiteral("authCombo"));
        kind->setCurrentIndex(kind->findData(int(Credentials::Kind::OAuth)));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")),
                         server.oauthClientId());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit")),
                         clientSecret);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        auto *refreshEdit = dialog->findChild<QLineEdit *>(QStringLiteral("refreshTokenEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshEdit->text().isEmpty(), 15000);
        // The portal rotates refresh tokens: the check Connect makes first uses the signed-in
        // one up, and the connection goes on with the one it was handed.
        server.config().rotateRefreshTokens = true;
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(connectedTo(window, server, Credentials::Kind::OAuth), 15000);
        const int tokenRequests = server.tokenRequestCount();
        server.expireAllAccessTokens();
        const auto listed = test::await(window.session()->client()->listLabels(kPair));
        QVERIFY2(test::succeeded(listed), test::why(listed).constData());
        QVERIFY(server.tokenRequestCount() > tokenRequests);

        // 6. A careless diagnostic line with the connection's secrets.
        qWarning() << "connection secrets:" << window.currentConfig().credentials.secrets();

        window.close(); // stores the window's state in the settings
    }
    settings->sync();

    // The secrets: the two the test made, and every one that travelled or was issued.
    QMap<QString, QString> all = test::credentialsSent(server.log());
    all.insert(QStringLiteral("the private-app token"), token);
    all.insert(QStringLiteral("the OAuth client secret"), clientSecret);
    const QStringList issued = server.issuedOAuthTokens();
    for (int i = 0; i < issued.size(); ++i)
        all.insert(QStringLiteral("OAuth token issued %1").arg(i + 1), issued.at(i));
    QVERIFY(issued.size() >= 3); // the sign-in's tokens, the refresh's access token

    // The places the scan must cover were all written.
    for (const QString &path : {history->path(), settings->fileName(),
                                m_home.filePath(QStringLiteral("home/portal.json"))})
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    QVERIFY(!QDir(snapshots).isEmpty(QDir::Files));
    int scanned = 0;
    QStringList leaks = test::leaksUnder(m_home.path(), all, &scanned);
    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY(log.contains(auth::Redactor::mask().toUtf8()));
    leaks += test::leaksIn(QStringLiteral("the log"), log, all);
    leaks += test::leaksIn(QStringLiteral("what the app printed or showed"),
                           printed.join(QLatin1Char('\n')).toUtf8(), all);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY2(scanned >= 4, qPrintable(QString::number(scanned)));

    // The throw-away keychain entries go.
    auth::ProfileStore store(settings.get(), &secrets);
    for (const auth::PortalProfile &p : store.profiles())
        QVERIFY(test::finish(store.remove(p.id)).ok());
}

QTEST_MAIN(TestAppNoSecretLeaks)
#include "test_app_no_secret_leaks.moc"
