// SPDX-License-Identifier: MIT
// Profiles in the window: a connection made once becomes a profile whose secrets go to the
// keychain (or, without one, stay in memory), and the next start reopens it without asking.

#include "FakeHubSpotServer.h"
#include "SeedData.h"
#include "app/ConnectController.h"
#include "app/MainWindow.h"
#include "app/ProfileController.h"
#include "app/dialogs/ConnectDialog.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "models/PortalSession.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::app;

class TestAppProfiles : public QObject {
    Q_OBJECT
private slots:
    void connectionBecomesProfileAndReopens();
    void signInWithHubSpotFillsTheRefreshToken();
};

void TestAppProfiles::connectionBecomesProfileAndReopens() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
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
        MainWindow window(&network);
        ProfileController profiles(&window, &settings, &secrets);
        window.connectTo(config); // as the Connect dialog does
        QCOMPARE(profiles.store()->profiles().size(), 1);
        profileId = profiles.store()->profiles().first().id;
        QCOMPARE(profiles.store()->lastUsedProfileId(), profileId);
        QTRY_VERIFY(window.session() && window.session()->schema().portal.portalId != 0);
        // Connecting the same way again updates the profile rather than adding another.
        window.connectTo(config);
        QCOMPARE(profiles.store()->profiles().size(), 1);
        QTest::qWait(200); // let the keychain writes finish
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
    MainWindow window(&network);
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

// The browser's part, played by the test: ask HubSpot's authorize page (the fake approves at
// once) and follow its redirect back to the app's loopback listener.
void TestAppProfiles::signInWithHubSpotFillsTheRefreshToken() {
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    QNetworkAccessManager browser;
    MainWindow window(&network);
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

QTEST_MAIN(TestAppProfiles)
#include "test_app_profiles.moc"
