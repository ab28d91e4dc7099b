// SPDX-License-Identifier: MIT
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace assoc::fuzz;

// Every input a fuzzer crashed on stays fixed, and the seed corpus stays made of answers the
// parsers accept: both go through the entries the fuzz targets call.
class TestFuzzRegressions : public QObject {
    Q_OBJECT

private:
    static QDir regressions() { return QDir(QStringLiteral(ASSOC_FUZZ_REGRESSIONS_DIR)); }
    static QDir fuzzDir() { return QDir(QStringLiteral(ASSOC_FUZZ_DIR)); }

    static QByteArray read(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    // One row per file of <root>/<target>/, for every target.
    static void addRows(const QDir &root, const char *kind, bool mustAccept) {
        for (const FuzzTarget &target : fuzzTargets()) {
            const QDir dir(root.filePath(target.name));
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
                QTest::addRow("%s %s/%s", kind, qPrintable(target.name), qPrintable(file))
                    << target.name << dir.filePath(file) << mustAccept;
        }
    }

private slots:
    void everyTargetHasSeedsAndADictionary() {
        for (const FuzzTarget &target : fuzzTargets()) {
            QVERIFY2(!QDir(fuzzDir().filePath(QStringLiteral("corpus/") + target.name))
                          .entryList(QDir::Files)
                          .isEmpty(),
                     qPrintable(target.name));
            QVERIFY2(
                QFile::exists(fuzzDir().filePath(QStringLiteral("dict/%1.dict").arg(target.name))),
                qPrintable(target.name));
        }
    }

    void regressionFoldersNameTargets() {
        const QStringList folders = regressions().entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders)
            QVERIFY2(fuzzEntry(folder) != nullptr, qPrintable(folder));
    }

    // Crashes found by fuzzing stay fixed: returning at all is the test (these inputs crashed,
    // hung or broke an invariant). Seeds stay answers the parsers accept.
    void replaysEveryInput_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("mustAccept");
        addRows(regressions(), "regression", false);
        addRows(QDir(fuzzDir().filePath(QStringLiteral("corpus"))), "seed", true);
    }

    void replaysEveryInput() {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFETCH(bool, mustAccept);
        const bool accepted = fuzzEntry(target)(read(path));
        if (mustAccept)
            QVERIFY(accepted);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
