// SPDX-License-Identifier: MIT
// The one reader/writer of the user's documents: reads never hold more than the cap, writes are
// atomic and owner-only, and every error is a sentence naming the file. The schema and plan
// files read through it, so their caps are checked here too.

#include "OwnerOnlyCheck.h"
#include "core/DocumentFile.h"
#include "core/OwnerOnly.h"
#include "core/PlanFile.h"
#include "core/SchemaFile.h"
#include "core/SnapshotCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/resource.h>
#endif

using namespace assoc;
using namespace Qt::StringLiterals;
using assoc::test::modeOf;
using assoc::test::notOwnerOnly;

namespace {
bool writeRaw(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readRaw(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A file of `size` bytes that takes no room and no time: a hole, as QFile::resize makes it.
bool makeSparse(const QString &path, qint64 size) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}
} // namespace

class TestCoreDocumentFile : public QObject {
    Q_OBJECT

private slots:
    void readsTheWholeFile();
    void aFileExactlyAtTheCapIsRead();
    void aFileOverTheCapIsRefusedWithItsSizeAndTheCap();
    void aHugeSparseFileIsRefusedAtOnce();
    void anEndlessStreamIsCutAtTheCap();
    void missingFileAndFolderAreNamed();
    void writeIsOwnerOnly();
    void makeFolderMakesEachMissingFolderPrivate();
    void writeReplacesAnOlderFileAndNarrowsItsMode();
    void aFailedWriteKeepsTheOldFile();
    void writeRefusesAFolderAndAMissingFolder();
    void checkWritableWritesNothing();
    void prepareFileCreatesOrNarrows();
    void existingFoldersAreLeftAlone();
    void schemaAndPlanFilesUseTheirCap();
    void snapshotsAreOwnerOnlyAndCapped();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCoreDocumentFile::readsTheWholeFile() {
    // More than one read piece (1 MiB), so the pieces are put together in order.
    QByteArray bytes(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i % 251);
    QVERIFY(writeRaw(path(u"whole.bin"_s), bytes));
    const auto read = DocumentFile::read(path(u"whole.bin"_s), 8 * 1024 * 1024);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read.value(), bytes);
}

void TestCoreDocumentFile::aFileExactlyAtTheCapIsRead() {
    QVERIFY(writeRaw(path(u"at-cap.json"_s), QByteArray(100, 'x')));
    const auto read = DocumentFile::read(path(u"at-cap.json"_s), 100);
    QVERIFY(read.ok());
    QCOMPARE(read.value().size(), 100);
}

void TestCoreDocumentFile::aFileOverTheCapIsRefusedWithItsSizeAndTheCap() {
    const QString file = path(u"over.json"_s);
    QVERIFY(writeRaw(file, QByteArray(101, 'x')));
    const auto read = DocumentFile::read(file, 100);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, DocumentFileError::Kind::TooLarge);
    QCOMPARE(read.error().size, 101);
    QCOMPARE(read.error().cap, 100);
    const QString message = read.error().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(message.contains(u"101 bytes"_s), qPrintable(message));
    QVERIFY2(message.contains(u"100 bytes"_s), qPrintable(message));
}

void TestCoreDocumentFile::aHugeSparseFileIsRefusedAtOnce() {
    // 64 GiB: were it read, the test would run out of memory or time long before the check.
    const QString file = path(u"huge.json"_s);
    QVERIFY(makeSparse(file, qint64(64) * 1024 * 1024 * 1024));
    const auto read = DocumentFile::read(file, SchemaFile::MaxSize);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, DocumentFileError::Kind::TooLarge);
    const QString message = read.error().toString();
    QVERIFY2(message.contains(DocumentFileError::describeSize(qint64(64) * 1024 * 1024 * 1024)),
             qPrintable(message));
    QVERIFY2(message.contains(u"32 MiB ("_s), qPrintable(message));
    QFile::remove(file);
}

void TestCoreDocumentFile::anEndlessStreamIsCutAtTheCap() {
#ifdef Q_OS_WIN
    QSKIP("No endless character device to read on Windows");
#else
    // /dev/zero says it has no size and never ends: the reader stops one byte past the cap.
    const auto read = DocumentFile::read(u"/dev/zero"_s, 4096);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, DocumentFileError::Kind::TooLarge);
    QCOMPARE(read.error().size, -1);
    QVERIFY2(
        read.error().toString().contains(u"more than "_s + DocumentFileError::describeSize(4096)),
        qPrintable(read.error().toString()));
#endif
}

void TestCoreDocumentFile::missingFileAndFolderAreNamed() {
    const QString missing = path(u"nope.json"_s);
    const auto notThere = DocumentFile::read(missing, 100);
    QVERIFY(!notThere.ok());
    QCOMPARE(notThere.error().kind, DocumentFileError::Kind::CannotOpen);
    QVERIFY2(notThere.error().toString().contains(QDir::toNativeSeparators(missing)),
             qPrintable(notThere.error().toString()));

    const auto folder = DocumentFile::read(m_dir.path(), 100);
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().kind, DocumentFileError::Kind::NotAFile);
    QVERIFY2(folder.error().toString().contains(u"is a folder"_s),
             qPrintable(folder.error().toString()));
    QVERIFY(folder.error().toString().contains(QDir::toNativeSeparators(m_dir.path())));
}

void TestCoreDocumentFile::writeIsOwnerOnly() {
    const QString file = path(u"doc.json"_s);
    const auto written = DocumentFile::write(file, "{}\n");
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QCOMPARE(readRaw(file), QByteArray("{}\n"));
#ifndef Q_OS_WIN
    // The umask (typically 022) would give 0644.
    QCOMPARE(modeOf(file), 0600);
#endif
}

void TestCoreDocumentFile::makeFolderMakesEachMissingFolderPrivate() {
#ifdef Q_OS_WIN
    QSKIP("Permissions are left to the user's folders' ACLs on Windows");
#else
    const QString root = path(u"fresh"_s);
    QVERIFY(OwnerOnly::makeFolder(root + u"/a/b"_s).ok());
    QVERIFY(OwnerOnly::makeFolder(root + u"/a/b"_s).ok()); // already there: fine
    QVERIFY(DocumentFile::write(root + u"/a/b/doc.json"_s, "x").ok());
    QCOMPARE(modeOf(root + u"/a/b"_s), 0700);
    QCOMPARE(modeOf(root + u"/a"_s), 0700);
    const QStringList wrong = notOwnerOnly(root);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));

    // A file where a folder should be: named in the error.
    const QString blocker = path(u"blocker"_s);
    QVERIFY(writeRaw(blocker, "a file, not a folder"));
    const auto under = OwnerOnly::makeFolder(blocker + u"/sub"_s, blocker + u"/sub/doc.json"_s);
    QVERIFY(!under.ok());
    QCOMPARE(under.error().kind, DocumentFileError::Kind::CannotCreate);
    const QString message = under.error().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(blocker + u"/sub/doc.json"_s)),
             qPrintable(message));
    QCOMPARE(readRaw(blocker), QByteArray("a file, not a folder"));
#endif
}

void TestCoreDocumentFile::writeReplacesAnOlderFileAndNarrowsItsMode() {
    const QString file = path(u"replace.json"_s);
    QVERIFY(writeRaw(file, "old"));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    const auto written = DocumentFile::write(file, "new");
    QVERIFY(written.ok());
    QCOMPARE(readRaw(file), QByteArray("new"));
#ifndef Q_OS_WIN
    QCOMPARE(modeOf(file), 0600);
#endif
}

void TestCoreDocumentFile::aFailedWriteKeepsTheOldFile() {
#ifdef Q_OS_WIN
    QSKIP("Uses a POSIX file size limit to make the write fail");
#else
    // The tests may run as root, for whom no permission stops a write; a file size limit does:
    // every write past it fails with EFBIG (once SIGXFSZ no longer ends the process).
    const QString folder = path(u"failing"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + u"/plan.json"_s;
    QVERIFY(writeRaw(file, "the old plan"));
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit before{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
    rlimit small = before;
    small.rlim_cur = 4096;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto written = DocumentFile::write(file, QByteArray(1024 * 1024, 'n'));
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, DocumentFileError::Kind::CannotWrite);
    QVERIFY2(written.error().toString().contains(QDir::toNativeSeparators(file)),
             qPrintable(written.error().toString()));
    QCOMPARE(readRaw(file), QByteArray("the old plan"));
    // And no half-written temporary file is left beside it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"plan.json"_s});
#endif
}

void TestCoreDocumentFile::writeRefusesAFolderAndAMissingFolder() {
    const auto onFolder = DocumentFile::write(m_dir.path(), "x");
    QVERIFY(!onFolder.ok());
    QCOMPARE(onFolder.error().kind, DocumentFileError::Kind::NotAFile);
    QVERIFY(onFolder.error().toString().contains(QDir::toNativeSeparators(m_dir.path())));

    // A path the user typed wrong is not made up: the missing folder is an error.
    const QString nowhere = path(u"missing/folder/doc.json"_s);
    const auto missing = DocumentFile::write(nowhere, "x");
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, DocumentFileError::Kind::CannotWrite);
    QVERIFY2(missing.error().toString().contains(QDir::toNativeSeparators(nowhere)),
             qPrintable(missing.error().toString()));
    QVERIFY(!QFileInfo::exists(path(u"missing"_s)));
}

void TestCoreDocumentFile::checkWritableWritesNothing() {
    const QString fresh = path(u"check-new.json"_s);
    QVERIFY(DocumentFile::checkWritable(fresh).ok());
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(DocumentFile::checkWritable(m_dir.path()).error().kind,
             DocumentFileError::Kind::NotAFile);
    const QString missing = path(u"check-missing/doc.json"_s);
    const auto noFolder = DocumentFile::checkWritable(missing);
    QVERIFY(!noFolder.ok());
    QVERIFY2(noFolder.error().toString().contains(QDir::toNativeSeparators(missing)),
             qPrintable(noFolder.error().toString()));
}

void TestCoreDocumentFile::prepareFileCreatesOrNarrows() {
    const QString created = path(u"prepared/db.sqlite"_s);
    QVERIFY(OwnerOnly::prepareFile(created).ok());
    QVERIFY(QFileInfo::exists(created));
    QCOMPARE(QFileInfo(created).size(), 0);

    const QString existing = path(u"prepared/old.conf"_s);
    QVERIFY(writeRaw(existing, "[General]\nkept=1\n"));
    QVERIFY(QFile::setPermissions(existing, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(OwnerOnly::prepareFile(existing).ok());
    QCOMPARE(readRaw(existing), QByteArray("[General]\nkept=1\n"));
#ifndef Q_OS_WIN
    QCOMPARE(modeOf(created), 0600);
    QCOMPARE(modeOf(existing), 0600);
    QCOMPARE(modeOf(path(u"prepared"_s)), 0700);
#endif
    QCOMPARE(OwnerOnly::prepareFile(m_dir.path()).error().kind, DocumentFileError::Kind::NotAFile);
}

void TestCoreDocumentFile::existingFoldersAreLeftAlone() {
#ifdef Q_OS_WIN
    QSKIP("Permissions are left to the user's folders' ACLs on Windows");
#else
    // A folder the user made (say ~/exports, 0755) stays as it is; only new ones are private.
    const QString theirs = path(u"theirs"_s);
    QVERIFY(QDir().mkdir(theirs));
    QVERIFY(QFile::setPermissions(theirs, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::ExeOther));
    QVERIFY(OwnerOnly::makeFolder(theirs + u"/mine"_s).ok());
    QVERIFY(DocumentFile::write(theirs + u"/mine/doc.json"_s, "x").ok());
    QCOMPARE(modeOf(theirs), 0755);
    QCOMPARE(modeOf(theirs + u"/mine"_s), 0700);
    QCOMPARE(modeOf(theirs + u"/mine/doc.json"_s), 0600);
#endif
}

void TestCoreDocumentFile::schemaAndPlanFilesUseTheirCap() {
    const QString schema = path(u"huge-schema.json"_s);
    QVERIFY(makeSparse(schema, SchemaFile::MaxSize + 1));
    const auto readSchema = SchemaFile::read(schema);
    QVERIFY(!readSchema.ok());
    QVERIFY2(readSchema.error().contains(u"32 MiB"_s), qPrintable(readSchema.error()));
    QVERIFY(readSchema.error().contains(QDir::toNativeSeparators(schema)));

    const QString plan = path(u"huge-plan.json"_s);
    QVERIFY(makeSparse(plan, PlanFile::MaxSize + 1));
    const auto readPlan = PlanFile::read(plan);
    QVERIFY(!readPlan.ok());
    QVERIFY2(readPlan.error().contains(u"32 MiB"_s), qPrintable(readPlan.error()));

    // Under the cap, what is not a schema is still named as such, with the file.
    const QString notSchema = path(u"not-a-schema.json"_s);
    QVERIFY(writeRaw(notSchema, R"({"format":"something-else"})"));
    const auto wrong = SchemaFile::read(notSchema);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(QDir::toNativeSeparators(notSchema)) &&
                 wrong.error().contains(u"not a schema"_s),
             qPrintable(wrong.error()));
}

void TestCoreDocumentFile::snapshotsAreOwnerOnlyAndCapped() {
    const QString folder = path(u"cache/snapshots"_s);
    const SnapshotCache cache(folder);
    PortalSchema schema;
    schema.portal.portalId = 42;
    QString error;
    QVERIFY2(cache.store(u"profile-1"_s, schema, &error), qPrintable(error));
    QCOMPARE(cache.load(u"profile-1"_s, &error)->portal.portalId, 42);
#ifndef Q_OS_WIN
    const QStringList wrong = notOwnerOnly(path(u"cache"_s));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
#endif
    // An oversized snapshot is ignored with a reason, never read into memory.
    QVERIFY(makeSparse(cache.fileFor(u"profile-2"_s), SnapshotCache::MaxSize + 1));
    error.clear();
    QVERIFY(!cache.load(u"profile-2"_s, &error));
    QVERIFY2(error.contains(u"32 MiB"_s), qPrintable(error));
    // No snapshot yet is not an error.
    error.clear();
    QVERIFY(!cache.load(u"profile-3"_s, &error));
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCoreDocumentFile)
#include "test_core_document_file.moc"
