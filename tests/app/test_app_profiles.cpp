// SPDX-License-Identifier: MIT
// Profiles in the window: a connection made once becomes a profile whose secrets go to the
// keychain (or, without one, stay in memory), and the next start reopens it without asking.

#include "../auth/AuthTestSupport.h"
#include "FakeHubSpotServer.h"
#include "SeedData.h"
#include "TestCertificates.h"
#include "TestSupport.h"
#include "app/ConnectController.h"
#include "app/MainWindow.h"
#include "app/ProfileController.h"
#include "app/SnapshotController.h"
#include "app/dialogs/ConnectDialog.h"
#include "app/dialogs/ProfilesDialog.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "models/PortalSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>
#include <memory>

using namespace assoc;
using namespace assoc::app;

class TestAppProfiles : public QObject {
    Q_OBJECT
private slots:
    void connectionBecomesProfileAndReopens();
    void clientKeyPassphraseGoesToTheKeychain();
    void signInWithHubSpotFillsTheRefreshToken();
    void testAndConnectWhereRefreshTokensRotate();
    void threePortalsAcrossARestart();
};

namespace {
// The snapshot controller wrote the profile's snapshot while `spy` watched.
bool storedFor(const QSignalSpy &spy, const QString &profileId) {
    return std::any_of(spy.begin(), spy.end(), [&profileId](const QList<QVariant> &args) {
        return args.value(0).toString() == profileId;
    });
}

// One of the three portals: its own fake server, sign-in method and a label only it has.
struct Portal {
    QString name;
    qint64 portalId = 0;
    QString label;
    Credentials credentials;
    std::shared_ptr<fake::FakeHubSpotServer> server;
};

QMenu *profilesMenu(MainWindow &window) {
    for (QAction *action : window.menuBar()->actions()) {
        if (action->objectName() == QLatin1String("profilesMenu"))
            return action->menu();
    }
    return nullptr;
}

QAction *menuEntry(MainWindow &window, const QString &text) {
    for (QAction *action : profilesMenu(window)->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

bool showsLabel(const MainWindow &window, const QString &label) {
    const PairSchema *pair =
        window.session()
            ? window.session()->schema().pair({QStringLiteral("0-1"), QStringLiteral("0-2")})
            : nullptr;
    if (!pair)
        return false;
    for (const AssociationLabel &l : pair->labels) {
        if (l.displayText() == label)
            return true;
    }
    return false;
}

QWidget *visibleDialog() {
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            return w;
    }
    return nullptr;
}

// Adds the portal through Manage Profiles → Add…, typing as a user does.
void addThroughDialog(ProfilesDialog *dialog, const Portal &portal) {
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")),
                      Qt::LeftButton);
    ConnectDialog *editor = dialog->editor();
    QVERIFY(editor);
    const auto edit = [editor](const char *name) {
        return editor->findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    QTest::keyClicks(edit("nameEdit"), portal.name);
    edit("baseUrlEdit")->selectAll();
    QTest::keyClicks(edit("baseUrlEdit"), portal.server->baseUrl().toString());
    auto *kind = editor->findChild<QComboBox *>(QStringLiteral("authCombo"));
    kind->setCurrentIndex(kind->findData(int(portal.credentials.kind)));
    const Credentials &c = portal.credentials;
    switch (c.kind) {
    case Credentials::Kind::PrivateAppToken:
        QTest::keyClicks(edit("tokenEdit"), c.token);
        break;
    case Credentials::Kind::OAuth:
        QTest::keyClicks(edit("clientIdEdit"), c.clientId);
        QTest::keyClicks(edit("clientSecretEdit"), c.clientSecret);
        QTest::keyClicks(edit("refreshTokenEdit"), c.refreshToken);
        break;
    case Credentials::Kind::ApiKey:
        QTest::keyClicks(edit("apiKeyEdit"), c.token);
        break;
    }
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->editor(), 10000);
}

// Opens the portal from the Profiles menu and checks the window shows that portal and no other.
void openFromMenu(MainWindow &window, const Portal &portal, const QList<Portal> &others) {
    QAction *entry = menuEntry(window, portal.name);
    QVERIFY2(entry, qPrintable(portal.name));
    entry->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.session() &&
                                 window.session()->schema().portal.portalId == portal.portalId &&
                                 window.session()->connectionState() ==
                                     models::PortalSession::ConnectionState::Connected,
                             15000);
    QVERIFY(!visibleDialog()); // nothing asked for a secret
    window.session()->ensurePairLoaded({QStringLiteral("0-1"), QStringLiteral("0-2")});
    QTRY_VERIFY_WITH_TIMEOUT(showsLabel(window, portal.label), 15000);
    for (const Portal &other : others) {
        if (other.name != portal.name)
            QVERIFY(!showsLabel(window, other.label));
    }
    QVERIFY(menuEntry(window, portal.name)->isChecked());
}
} // namespace

void TestAppProfiles::connectionBecomesProfileAndReopens() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    // A service name of its own, so the test never touches the app's real entries.
    auth::SecretStore secrets(QStringLiteral("AssociationStudioTest"));
    // Without a Secret Service (a bare `ctest` outside tools/run-tests.sh) the app keeps secrets
    // for the session only; the test follows the same path.
    bool probed = false;
    secrets.probe()->then(&secrets, [&probed](const auth::SecretResult &) { probed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(probed, 10000);
    if (secrets.status().isUnavailable())
        secrets.setMode(auth::SecretStore::Mode::SessionOnly);

    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.credentials = Credentials::privateApp(server.privateAppToken());
    QString profileId;
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        MainWindow window;
        ProfileController profiles(&window, &settings, &secrets);
        window.connectTo(config); // as the Connect dialog does
        QCOMPARE(profiles.store()->profiles().size(), 1);
        profileId = profiles.store()->profiles().first().id;
        QCOMPARE(profiles.store()->lastUsedProfileId(), profileId);
        QTRY_VERIFY(window.session() && window.session()->schema().portal.portalId != 0);
        // Connecting the same way again updates the profile rather than adding another.
        window.connectTo(config);
        QCOMPARE(profiles.store()->profiles().size(), 1);
        // The keychain's writes are asynchronous: the token is there before the window goes.
        QTRY_COMPARE(test::finish(secrets.read(profileId, auth::SecretName::Token)).value,
                     server.privateAppToken());
        settings.sync();
    }
    QFile file(settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(server.baseUrl().host().toUtf8()));
    QVERIFY2(!written.contains(server.privateAppToken().toUtf8()),
             "the token reached the settings file");

    // "Restart": a new window and controller over the same settings and keychain.
    QSettings settings(settingsFile, QSettings::IniFormat);
    MainWindow window;
    ProfileController profiles(&window, &settings, &secrets);
    QSignalSpy opened(&profiles, &ProfileController::profileOpened);
    profiles.start();
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), profileId);
    QVERIFY(window.session());
    QCOMPARE(window.currentConfig().credentials.token, server.privateAppToken());
    QTRY_VERIFY(window.session()->schema().portal.portalId != 0);
    QVERIFY(window.menuBar()->findChild<QMenu *>() != nullptr);

    // Forgetting the portal removes the profile and its secrets.
    profiles.removeProfile(profileId);
    QTRY_VERIFY(profiles.store()->profiles().isEmpty());
}

// A connection with a client certificate: the profile keeps the file paths, the keychain the
// key's passphrase, and reopening the profile brings both back together.
void TestAppProfiles::clientKeyPassphraseGoesToTheKeychain() {
    test::TestCertificates certificates;
    QVERIFY2(certificates.generate(), qPrintable(certificates.error()));
    const QString passphrase = QString::fromLatin1(test::TestCertificates::Passphrase);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    auth::SecretStore secrets(QStringLiteral("AssociationStudioTest"));
    secrets.setMode(auth::SecretStore::Mode::SessionOnly);

    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.credentials = Credentials::privateApp(server.privateAppToken());
    config.connection.clientCertificateFile = certificates.clientCertificateFile();
    config.connection.clientKeyFile = certificates.clientKeyFile();
    config.connection.clientKeyPassphrase = passphrase;
    QString profileId;
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        MainWindow window;
        ProfileController profiles(&window, &settings, &secrets);
        window.connectTo(config);
        QTRY_VERIFY(window.session() && window.session()->schema().portal.portalId != 0);
        profileId = profiles.store()->profiles().value(0).id;
        QVERIFY(!profileId.isEmpty());
        const auth::SecretResult stored =
            test::finish(secrets.read(profileId, auth::SecretName::ClientKeyPassphrase));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value, passphrase);
        settings.sync();
    }
    QFile file(settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("client.key"));
    QVERIFY2(!written.contains(passphrase.toUtf8()), "the passphrase reached the settings file");

    QSettings settings(settingsFile, QSettings::IniFormat);
    MainWindow window;
    ProfileController profiles(&window, &settings, &secrets);
    QSignalSpy opened(&profiles, &ProfileController::profileOpened);
    profiles.start();
    QTRY_COMPARE(opened.count(), 1);
    const ConnectionSettings &reopened = window.currentConfig().connection;
    QCOMPARE(reopened.clientCertificateFile, certificates.clientCertificateFile());
    QCOMPARE(reopened.clientKeyFile, certificates.clientKeyFile());
    QCOMPARE(reopened.clientKeyPassphrase, passphrase);
    QTRY_VERIFY(window.session()->schema().portal.portalId != 0);
}

// The browser's part, played by the test: ask HubSpot's authorize page (the fake approves at
// once) and follow its redirect back to the app's loopback listener.
void TestAppProfiles::signInWithHubSpotFillsTheRefreshToken() {
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    QNetworkAccessManager browser;
    MainWindow window;
    auto *controller = window.findChild<ConnectController *>();
    QVERIFY(controller);
    int opened = 0;
    controller->setBrowserOpener([&browser, &opened](const QUrl &url) {
        ++opened;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = browser.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &browser] {
            const QUrl back = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            reply->deleteLater();
            if (back.isValid())
                browser.get(QNetworkRequest(reply->url().resolved(back)));
        });
    });
    window.openConnectDialog();
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) != nullptr);
    auto *base = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    QVERIFY(base);
    base->setText(server.baseUrl().toString());
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("authCombo"));
    kind->setCurrentIndex(kind->findData(int(Credentials::Kind::OAuth)));
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signIn && !signIn->isEnabled()); // needs the app's id and secret first
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")),
                     server.oauthClientId());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit")),
                     server.oauthClientSecret());
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    auto *refresh = dialog->findChild<QLineEdit *>(QStringLiteral("refreshTokenEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(!refresh->text().isEmpty(), 10000);
    QCOMPARE(opened, 1);
    const ClientConfig config = dialog->config();
    QCOMPARE(config.credentials.kind, Credentials::Kind::OAuth);
    QCOMPARE(config.credentials.refreshToken, refresh->text());
    // The signed-in credentials really work.
    window.connectTo(config);
    QTRY_VERIFY(window.session() &&
                window.session()->schema().portal.portalId == server.state().portalId());
}

// A portal that hands out a new refresh token with every refresh and revokes the old one: the
// Connect dialog's Test, and the check that Connect makes before connecting, each use the token
// up. The dialog keeps the new one, so that Test then Connect still connects.
void TestAppProfiles::testAndConnectWhereRefreshTokensRotate() {
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    server.config().rotateRefreshTokens = true;
    const QString firstToken = server.issueRefreshToken();
    MainWindow window;
    window.openConnectDialog();
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) != nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
        ->setText(server.baseUrl().toString());
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("authCombo"));
    kind->setCurrentIndex(kind->findData(int(Credentials::Kind::OAuth)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")),
                     server.oauthClientId());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit")),
                     server.oauthClientSecret());
    auto *refresh = dialog->findChild<QLineEdit *>(QStringLiteral("refreshTokenEdit"));
    QTest::keyClicks(refresh, firstToken);

    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty(), 10000);
    QVERIFY2(result->text().contains(QString::number(server.state().portalId())),
             qPrintable(result->text()));
    // The first token is spent: the field holds the one the portal handed out instead.
    QVERIFY(refresh->text() != firstToken);
    QVERIFY(server.issuedOAuthTokens().contains(refresh->text()));

    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->schema().portal.portalId ==
                                                     server.state().portalId(),
                             10000);
    // Connected with the token the pre-connect check was handed, which still works.
    QCOMPARE(window.currentConfig().credentials.kind, Credentials::Kind::OAuth);
    server.expireAllAccessTokens();
    const auto listed = test::await(
        window.session()->client()->listLabels({QStringLiteral("0-1"), QStringLiteral("0-2")}));
    QVERIFY2(test::succeeded(listed), test::why(listed).constData());
}

// Issue 4's "done when": three portals with three sign-in methods, switched in the window, then
// a restart that reopens the last one and opens the other two without asking for anything, and
// no secret anywhere in the files the app wrote.
void TestAppProfiles::threePortalsAcrossARestart() {
    QStandardPaths::setTestModeEnabled(true);
    {
        auth::SecretStore probe(QStringLiteral("AssociationStudioTest"));
        if (!assoc::test::finish(probe.probe()).ok())
            QSKIP("Needs a Secret Service: run inside tools/run-tests.sh.");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    const QString snapshots = dir.filePath(QStringLiteral("snapshots"));

    QList<Portal> portals;
    const auto addPortal = [&portals](const QString &name, qint64 id, const QString &labelName,
                                      const QString &label) {
        Portal p;
        p.name = name;
        p.portalId = id;
        p.label = label;
        p.server = std::make_shared<fake::FakeHubSpotServer>();
        p.server->reseed(fake::Seed::Demo);
        p.server->state().setPortalId(id);
        p.server->config().privateAppToken =
            QStringLiteral("pat-na1-%1-secret-token-of-%2").arg(id).arg(labelName);
        const auto error =
            p.server->state().createLabel(QStringLiteral("0-1"), QStringLiteral("0-2"), labelName,
                                          label, label + QLatin1Char('s'), p.server->config());
        if (error || !p.server->listen())
            return false;
        portals.append(std::move(p));
        return true;
    };
    QVERIFY(addPortal(QStringLiteral("Production"), 1001, QStringLiteral("prod_billing"),
                      QStringLiteral("Production billing")));
    QVERIFY(addPortal(QStringLiteral("Sandbox"), 1002, QStringLiteral("sandbox_partner"),
                      QStringLiteral("Sandbox partner")));
    QVERIFY(addPortal(QStringLiteral("Client portal"), 1003, QStringLiteral("client_reseller"),
                      QStringLiteral("Client reseller")));
    portals[0].credentials = Credentials::privateApp(portals[0].server->privateAppToken());
    portals[1].credentials = Credentials::oauth(portals[1].server->oauthClientId(),
                                                portals[1].server->oauthClientSecret(),
                                                portals[1].server->issueRefreshToken());
    portals[2].credentials = Credentials::apiKey(portals[2].server->privateAppToken());
    const QStringList secrets{portals[0].credentials.token, portals[1].credentials.clientSecret,
                              portals[1].credentials.refreshToken, portals[2].credentials.token};

    QString clientId;
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        auth::SecretStore keychain(QStringLiteral("AssociationStudioTest"));
        MainWindow window;
        window.snapshots()->setDirectory(snapshots);
        window.snapshots()->setStoreDelay(10); // the test waits for stored(), not the delay
        QSignalSpy stored(window.snapshots(), &SnapshotController::stored);
        ProfileController profiles(&window, &settings, &keychain);
        window.show();
        profiles.manageAction()->trigger();
        ProfilesDialog *dialog = profiles.profilesDialog();
        QVERIFY(dialog && dialog->isVisible());
        for (const Portal &portal : portals) {
            addThroughDialog(dialog, portal);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(profiles.store()->profiles().size(), 3);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!profiles.profilesDialog());

        // Switch among them: each shows its own portal.
        for (const int i : {0, 1, 2, 0, 2}) {
            openFromMenu(window, portals[i], portals);
            if (QTest::currentTestFailed())
                return;
        }
        clientId = profiles.activeProfileId();
        QCOMPARE(profiles.store()->lastUsedProfileId(), clientId);
        // The open profile learned its portal id; the list says which one is open.
        QTRY_COMPARE(profiles.store()->profile(clientId)->portalId, qint64(1003));
        profiles.manageAction()->trigger();
        QTreeWidget *list = profiles.profilesDialog()->findChild<QTreeWidget *>();
        const auto rows = list->findItems(QStringLiteral("Client portal"), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(3), QStringLiteral("1003"));
        QCOMPARE(rows.first()->text(4), ProfilesDialog::tr("Open"));
        profiles.profilesDialog()->reject();
        // The open profile's snapshot is written before the window closes: the scan below
        // covers it.
        QTRY_VERIFY_WITH_TIMEOUT(storedFor(stored, clientId), 15000);
        settings.sync();
    } // the window, its controllers, the settings and the keychain client are gone

    // The restart: a new window over the same settings file and keychain.
    QSettings settings(settingsFile, QSettings::IniFormat);
    auth::SecretStore keychain(QStringLiteral("AssociationStudioTest"));
    MainWindow window;
    window.snapshots()->setDirectory(snapshots);
    window.snapshots()->setStoreDelay(10);
    QSignalSpy stored(window.snapshots(), &SnapshotController::stored);
    ProfileController profiles(&window, &settings, &keychain);
    QSignalSpy opened(&profiles, &ProfileController::profileOpened);
    QSignalSpy problems(&profiles, &ProfileController::problem);
    window.show();
    profiles.start();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
    QCOMPARE(opened.first().first().toString(), clientId);
    QCOMPARE(window.currentConfig().credentials.kind, Credentials::Kind::ApiKey);
    QCOMPARE(window.currentConfig().credentials.token, portals[2].credentials.token);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->connectionState() ==
                                 models::PortalSession::ConnectionState::Connected,
                             15000);
    window.session()->ensurePairLoaded({QStringLiteral("0-1"), QStringLiteral("0-2")});
    QTRY_VERIFY(showsLabel(window, portals[2].label));
    QVERIFY(!visibleDialog());
    openFromMenu(window, portals[0], portals);
    openFromMenu(window, portals[1], portals);
    QCOMPARE(window.currentConfig().credentials.refreshToken, portals[1].credentials.refreshToken);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));

    // No secret in any file the app wrote: settings, snapshots (the open profile's included).
    QTRY_VERIFY_WITH_TIMEOUT(storedFor(stored, profiles.activeProfileId()), 15000);
    settings.sync();
    // The scan does see what the app wrote: the profiles' names are there.
    QVERIFY(!assoc::test::filesContaining(dir.path(), {QStringLiteral("Client portal")}).isEmpty());
    const QStringList hits = assoc::test::filesContaining(dir.path(), secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

    // Renaming the open profile keeps its secrets: the window reconnects without asking.
    QVERIFY(profilesMenu(window)->actions().contains(profiles.manageAction()));
    const QString sandboxId = profiles.activeProfileId();
    QSignalSpy reconnected(&window, &MainWindow::sessionChanged);
    profiles.manageAction()->trigger();
    ProfilesDialog *dialog = profiles.profilesDialog();
    QVERIFY(dialog->selectProfile(sandboxId));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("editButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->editor());
    auto *name = dialog->editor()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Sandbox EU"));
    QTest::keyClick(dialog->editor(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->editor());
    QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() == 1 && window.session() &&
                                 window.session()->connectionState() ==
                                     models::PortalSession::ConnectionState::Connected,
                             15000);
    QCOMPARE(window.session()->schema().portal.portalId, qint64(1002));
    QVERIFY(menuEntry(window, QStringLiteral("Sandbox EU"))->isChecked());
    QCOMPARE(profiles.activeProfileId(), sandboxId);
    QVERIFY(!visibleDialog() || visibleDialog() == dialog);

    // Removing the open profile in Manage Profiles disconnects the window and forgets its secrets.
    QVERIFY(dialog->selectProfile(sandboxId));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")),
                      Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = dialog->findChild<QMessageBox *>(
                     QStringLiteral("removeConfirmation"))) != nullptr);
    QVERIFY(confirm->text().contains(QStringLiteral("Sandbox")));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window.session());
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(profiles.store()->profiles().size(), 2);
    QVERIFY(!menuEntry(window, QStringLiteral("Sandbox EU")));
    QVERIFY(
        assoc::test::finish(keychain.read(sandboxId, auth::SecretName::RefreshToken)).notFound());
    dialog->reject();

    for (const auth::PortalProfile &p : profiles.store()->profiles())
        assoc::test::finish(profiles.store()->remove(p.id));
}

QTEST_MAIN(TestAppProfiles)
#include "test_app_profiles.moc"
