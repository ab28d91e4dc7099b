// SPDX-License-Identifier: MIT
// SnapshotCache: each profile's last full schema on disk, owner-only, read back as written.

#include "OwnerOnlyCheck.h"
#include "core/SnapshotCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;

namespace {
PortalSchema sampleSchema() {
    PortalSchema schema;
    schema.portal.portalId = 7001234;
    for (const char *name : {"contacts", "companies"})
        schema.objectTypes.append(*StandardObjectTypes::find(QString::fromLatin1(name)));
    const ObjectTypePair pair{QStringLiteral("0-1"), QStringLiteral("0-2")};
    AssociationLabel label;
    label.category = AssociationCategory::UserDefined;
    label.typeId = 110;
    label.label = QStringLiteral("Billing contact");
    AssociationLimit limit;
    limit.category = AssociationCategory::UserDefined;
    limit.typeId = 110;
    limit.maxToObjectIds = 2;
    schema.pairs.insert(pair, PairSchema{pair, {label}, {limit}});
    schema.takenAt = QDateTime(QDate(2026, 3, 1), QTime(12, 30, 15, 250), Qt::UTC);
    return schema;
}
} // namespace

class TestCoreSnapshotCache : public QObject {
    Q_OBJECT
private slots:
    void storedSnapshotLoadsBack();
    void noSnapshotIsNotAnError();
    void eachProfileHasItsOwnSafelyNamedFile();
    void filesAreOwnerOnly();
    void removeForgetsTheSnapshot();
    void damagedOrForeignFilesAreIgnoredWithAReason();
};

void TestCoreSnapshotCache::storedSnapshotLoadsBack() {
    QTemporaryDir dir;
    const SnapshotCache cache(dir.filePath(QStringLiteral("snapshots")));
    const PortalSchema schema = sampleSchema();
    QString error;
    QVERIFY2(cache.store(QStringLiteral("profile-1"), schema, &error), qPrintable(error));
    const auto loaded = cache.load(QStringLiteral("profile-1"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->portal.portalId, 7001234);
    QCOMPARE(loaded->takenAt, schema.takenAt);
    QCOMPARE(loaded->objectTypes.size(), 2);
    const PairSchema *pair = loaded->pair({QStringLiteral("0-1"), QStringLiteral("0-2")});
    QVERIFY(pair);
    QCOMPARE(pair->labels.size(), 1);
    QCOMPARE(pair->labels.first().label, std::optional<QString>(QStringLiteral("Billing contact")));
    QCOMPARE(pair->limitFor({AssociationCategory::UserDefined, 110}), std::optional<int>(2));
}

void TestCoreSnapshotCache::noSnapshotIsNotAnError() {
    QTemporaryDir dir;
    const SnapshotCache cache(dir.path());
    QString error;
    QVERIFY(!cache.load(QStringLiteral("never-stored"), &error));
    QVERIFY(error.isEmpty());
}

void TestCoreSnapshotCache::eachProfileHasItsOwnSafelyNamedFile() {
    QTemporaryDir dir;
    const SnapshotCache cache(dir.path());
    QVERIFY(cache.fileFor(QStringLiteral("a")) != cache.fileFor(QStringLiteral("b")));
    // Whatever the id holds, the file stays in the folder.
    const QString odd = cache.fileFor(QStringLiteral("../../etc/passwd"));
    QCOMPARE(QFileInfo(odd).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    QVERIFY(QFileInfo(cache.fileFor(QString())).fileName().endsWith(QStringLiteral(".json")));
}

void TestCoreSnapshotCache::filesAreOwnerOnly() {
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions");
#else
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("snapshots"));
    const SnapshotCache cache(folder);
    QVERIFY(cache.store(QStringLiteral("p"), sampleSchema()));
    QCOMPARE(test::modeOf(cache.fileFor(QStringLiteral("p"))), 0600);
    QCOMPARE(test::modeOf(folder), 0700);
#endif
}

void TestCoreSnapshotCache::removeForgetsTheSnapshot() {
    QTemporaryDir dir;
    const SnapshotCache cache(dir.path());
    QVERIFY(cache.store(QStringLiteral("p"), sampleSchema()));
    QVERIFY(cache.store(QStringLiteral("q"), sampleSchema()));
    cache.remove(QStringLiteral("p"));
    QVERIFY(!cache.load(QStringLiteral("p")));
    QVERIFY(!QFile::exists(cache.fileFor(QStringLiteral("p"))));
    QVERIFY(cache.load(QStringLiteral("q")));
}

void TestCoreSnapshotCache::damagedOrForeignFilesAreIgnoredWithAReason() {
    QTemporaryDir dir;
    const SnapshotCache cache(dir.path());
    QVERIFY(cache.store(QStringLiteral("p"), sampleSchema()));
    const QString path = cache.fileFor(QStringLiteral("p"));
    const QList<std::pair<QByteArray, QString>> files{
        {"{\"cacheVersion\": 99, \"schema\": {}}", QStringLiteral("another version")},
        {"not json at all", QStringLiteral("not valid JSON")},
        {"{\"cacheVersion\": 1, \"schema\": {\"what\": 1}}", QStringLiteral("format")},
        {"{\"cacheVersion\": 1, \"schema\": {}, \"schema\": {}}", QStringLiteral("twice")}};
    for (const auto &[content, reason] : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QString error;
        QVERIFY2(!cache.load(QStringLiteral("p"), &error), content.constData());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestCoreSnapshotCache)
#include "test_core_snapshot_cache.moc"
