// SPDX-License-Identifier: MIT
// Profiles in the window: a connection made once becomes a profile whose secrets go to the
// keychain (or, without one, stay in memory), and the next start reopens it without asking.

#include "FakeHubSpotServer.h"
#include "SeedData.h"
#include "app/MainWindow.h"
#include "app/ProfileController.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "models/PortalSession.h"

#include <QFile>
#include <QMenuBar>
#include <QNetworkAccessManager>
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

QTEST_MAIN(TestAppProfiles)
#include "test_app_profiles.moc"
