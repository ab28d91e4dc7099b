// SPDX-License-Identifier: MIT
// The pictures of the user guide (tools/make-guide-images.sh): the built association-studio, run
// as the script runs it, saves a picture of every scene it knows, and refuses a scene it does
// not know with the list of those it does.

#include "app/ScreenshotTaker.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using assoc::app::ScreenshotTaker;

class TestAppScreenshotScenes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everySceneSavesAPicture();
    void anUnknownSceneIsRefused();

private:
    // A run of the app in a home of its own, so that no setting of the user's reaches it.
    std::unique_ptr<QProcess> start(const QStringList &arguments);

    QTemporaryDir m_dir;
};

void TestAppScreenshotScenes::initTestCase() {
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<QProcess> TestAppScreenshotScenes::start(const QStringList &arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(STUDIO_PATH), arguments);
    return process;
}

// All at once, as the scenes are independent: the suite stays well under half a minute.
void TestAppScreenshotScenes::everySceneSavesAPicture() {
    const QStringList scenes = ScreenshotTaker::sceneNames();
    QVERIFY(scenes.size() >= 13);
    std::vector<std::unique_ptr<QProcess>> runs;
    for (const QString &scene : scenes) {
        runs.push_back(start({QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                              m_dir.filePath(scene + QStringLiteral(".png")),
                              QStringLiteral("--screenshot-dialog"), scene}));
    }
    for (qsizetype i = 0; i < scenes.size(); ++i) {
        QProcess &run = *runs[size_t(i)];
        const QString &scene = scenes.at(i);
        QVERIFY2(run.waitForFinished(60000), qPrintable(scene));
        QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                 qPrintable(scene + QStringLiteral(": ") +
                            QString::fromUtf8(run.readAllStandardError())));

        const QImage image(m_dir.filePath(scene + QStringLiteral(".png")), "PNG");
        QVERIFY2(!image.isNull(), qPrintable(scene));
        // Windows at the picture size, dialogs and the menu smaller but not a sliver.
        QVERIFY2(image.width() >= 300 && image.width() <= 1100, qPrintable(scene));
        QVERIFY2(image.height() >= 150 && image.height() <= 800, qPrintable(scene));
        // Something drawn: text and frames give many colours, an empty widget one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() >= 16, qPrintable(scene));
    }
    const QImage main(m_dir.filePath(QStringLiteral("main.png")), "PNG");
    QCOMPARE(main.size(), QSize(1100, 700));
}

void TestAppScreenshotScenes::anUnknownSceneIsRefused() {
    const QString file = m_dir.filePath(QStringLiteral("unknown.png"));
    auto run = start({QStringLiteral("--demo"), QStringLiteral("--screenshot"), file,
                      QStringLiteral("--screenshot-dialog"), QStringLiteral("no-such-scene")});
    QVERIFY(run->waitForFinished(30000));
    QCOMPARE(run->exitCode(), 2);
    const QString errors = QString::fromUtf8(run->readAllStandardError());
    QVERIFY2(errors.contains(QStringLiteral("--screenshot-dialog expects one of:")),
             qPrintable(errors));
    for (const QString &scene : ScreenshotTaker::sceneNames())
        QVERIFY2(errors.contains(scene), qPrintable(scene));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestAppScreenshotScenes)
#include "test_app_screenshot_scenes.moc"
