// SPDX-License-Identifier: MIT
// The change history: what is recorded comes back, filtered and newest first, after a restart
// too; an unusable file is a readable error; each kind of change has the right inverse; the
// database and SQLite's files beside it are owner-only; a message is stored as the text filter
// (the program's redactor) returns it.
#include "OwnerOnlyCheck.h"
#include "auth/Redactor.h"
#include "core/ChangeInverse.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace assoc;
using namespace assoc::history;

namespace {
ChangeRecord change(PlanChange::Kind kind, const QString &label, int typeId = 0) {
    ChangeRecord r;
    r.profile = QStringLiteral("Sandbox");
    r.portalId = 7001;
    r.pair = {QStringLiteral("0-1"), QStringLiteral("0-2")};
    r.change.kind = kind;
    r.change.fromType = QStringLiteral("contacts");
    r.change.toType = QStringLiteral("companies");
    r.change.targetKey = {AssociationCategory::UserDefined, typeId};
    r.change.labelText = label;
    return r;
}

std::unique_ptr<HistoryStore> openStore(const QString &path) {
    auto opened = HistoryStore::open(path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}
} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT
private slots:
    void recordsComeBackNewestFirstWithEveryField();
    void filtersNarrowTheList();
    void survivesARestart();
    void undoneByFindsTheSuccessfulUndo();
    void unopenablePathIsAReadableError();
    void aFileThatIsNotADatabaseIsAnError();
    void databaseWalAndShmAreOwnerOnly();
    void anOlderWorldReadableDatabaseIsNarrowed();
    void defaultPathDoesNotDependOnTheApplicationName();
    void inverseOfCreateDeletesTheCreatedType();
    void inverseOfDeleteRecreatesWithItsLimits();
    void inverseOfRenameRestoresTheText();
    void inverseOfSetLimitRestoresOrRemoves();
    void inverseOfRemoveLimitSetsItAgain();
    void failedChangesHaveNoInverse();
    void aMessageIsStoredAsTheTextFilterReturnsIt();
};

void TestHistoryStore::recordsComeBackNewestFirstWithEveryField() {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store);
    QSignalSpy spy(store.get(), &HistoryStore::recorded);

    ChangeRecord del = change(PlanChange::Kind::DeleteLabel, QStringLiteral("Manager"), 110);
    del.when = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    del.change.labelBefore = QStringLiteral("Manager");
    del.change.inverseLabelBefore = QStringLiteral("Employee");
    del.change.limitBefore = 3;
    del.change.inverseLimitBefore = std::nullopt;
    del.origin = ChangeRecord::Origin::Cli;
    del.outcome = ChangeRecord::Outcome::Failed;
    del.message = QStringLiteral("Label not found");
    del.correlationId = QStringLiteral("abc-123");
    store->record(del);
    ChangeRecord set = change(PlanChange::Kind::SetLimit, QStringLiteral("Boss"), 111);
    set.when = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    set.change.limitAfter = 5;
    set.undoOf = 42;
    store->record(set);

    QCOMPARE(spy.count(), 2);
    const QList<ChangeRecord> all = store->query();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].change.kind, PlanChange::Kind::SetLimit);
    QCOMPARE(all[0].undoOf, 42);
    QCOMPARE(all[0].change.limitAfter, std::optional<int>(5));
    QCOMPARE(all[0].change.limitBefore, std::nullopt);
    const ChangeRecord &back = all[1];
    QVERIFY(back.id > 0);
    QCOMPARE(back.id, spy.at(0).at(0).value<ChangeRecord>().id);
    QCOMPARE(back.when, del.when);
    QCOMPARE(back.profile, QStringLiteral("Sandbox"));
    QCOMPARE(back.portalId, 7001);
    QCOMPARE(back.origin, ChangeRecord::Origin::Cli);
    QCOMPARE(back.pair, del.pair);
    QCOMPARE(back.change, del.change);
    QCOMPARE(back.outcome, ChangeRecord::Outcome::Failed);
    QCOMPARE(back.message, QStringLiteral("Label not found"));
    QCOMPARE(back.correlationId, QStringLiteral("abc-123"));
    QCOMPARE(store->find(back.id)->change.labelText, QStringLiteral("Manager"));
    QVERIFY(!store->find(9999));
}

void TestHistoryStore::filtersNarrowTheList() {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store);
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 6; ++i) {
        ChangeRecord r =
            change(i % 2 ? PlanChange::Kind::SetLimit : PlanChange::Kind::CreateLabel,
                   i < 3 ? QStringLiteral("Billing %1").arg(i) : QStringLiteral("Owner_%1").arg(i),
                   100 + i);
        r.when = t0.addDays(i);
        r.profile = i < 4 ? QStringLiteral("Sandbox") : QStringLiteral("Production");
        r.portalId = i < 4 ? 7001 : 8002;
        r.outcome = i == 5 ? ChangeRecord::Outcome::Failed : ChangeRecord::Outcome::Succeeded;
        store->record(r);
    }
    auto labels = [&](const HistoryFilter &f) {
        QStringList out;
        for (const ChangeRecord &r : store->query(f))
            out.append(r.change.labelText);
        return out;
    };
    QCOMPARE(labels({}).value(0), QStringLiteral("Owner_5"));
    HistoryFilter text;
    text.text = QStringLiteral("billing");
    QCOMPARE(labels(text), QStringList({QStringLiteral("Billing 2"), QStringLiteral("Billing 1"),
                                        QStringLiteral("Billing 0")}));
    HistoryFilter underscore; // LIKE's wildcards are taken literally
    underscore.text = QStringLiteral("r_4");
    QCOMPARE(labels(underscore), QStringList{QStringLiteral("Owner_4")});
    HistoryFilter profile;
    profile.profile = QStringLiteral("Production");
    QCOMPARE(labels(profile).size(), 2);
    HistoryFilter portal;
    portal.portalId = 7001;
    QCOMPARE(labels(portal).size(), 4);
    HistoryFilter kind;
    kind.kind = PlanChange::Kind::SetLimit;
    QCOMPARE(labels(kind), QStringList({QStringLiteral("Owner_5"), QStringLiteral("Owner_3"),
                                        QStringLiteral("Billing 1")}));
    HistoryFilter failed;
    failed.outcome = ChangeRecord::Outcome::Failed;
    QCOMPARE(labels(failed), QStringList{QStringLiteral("Owner_5")});
    HistoryFilter range;
    range.since = t0.addDays(1);
    range.until = t0.addDays(3);
    QCOMPARE(labels(range),
             QStringList({QStringLiteral("Billing 2"), QStringLiteral("Billing 1")}));
    HistoryFilter limited;
    limited.limit = 2;
    QCOMPARE(labels(limited), QStringList({QStringLiteral("Owner_5"), QStringLiteral("Owner_4")}));
    HistoryFilter none;
    none.text = QStringLiteral("nothing like this");
    QVERIFY(labels(none).isEmpty());
}

void TestHistoryStore::survivesARestart() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/h.sqlite"));
    qint64 id = 0;
    {
        auto store = openStore(path);
        QVERIFY(store);
        ChangeRecord r = change(PlanChange::Kind::RenameLabel, QStringLiteral("New"), 7);
        r.change.labelBefore = QStringLiteral("Old");
        store->record(r);
        id = store->lastRecordedId();
        QVERIFY(id > 0);
    }
    QVERIFY(QFile::exists(path));
    auto reopened = openStore(path);
    QVERIFY(reopened);
    const auto back = reopened->find(id);
    QVERIFY(back);
    QCOMPARE(back->change.labelBefore, QStringLiteral("Old"));
    QCOMPARE(back->change.labelText, QStringLiteral("New"));
    reopened->record(change(PlanChange::Kind::CreateLabel, QStringLiteral("Another"), 8));
    QCOMPARE(reopened->query().size(), 2);
    QVERIFY(reopened->lastRecordedId() > id);
}

void TestHistoryStore::undoneByFindsTheSuccessfulUndo() {
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(store);
    store->record(change(PlanChange::Kind::CreateLabel, QStringLiteral("X"), 9));
    const qint64 original = store->lastRecordedId();
    QCOMPARE(store->undoneBy(original), 0);
    ChangeRecord failedUndo = change(PlanChange::Kind::DeleteLabel, QStringLiteral("X"), 9);
    failedUndo.origin = ChangeRecord::Origin::Undo;
    failedUndo.undoOf = original;
    failedUndo.outcome = ChangeRecord::Outcome::Failed;
    store->record(failedUndo);
    QCOMPARE(store->undoneBy(original), 0);
    ChangeRecord undo = failedUndo;
    undo.outcome = ChangeRecord::Outcome::Succeeded;
    store->record(undo);
    QCOMPARE(store->undoneBy(original), store->lastRecordedId());
    QCOMPARE(store->undoneIds(), QSet<qint64>{original});
}

void TestHistoryStore::unopenablePathIsAReadableError() {
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto underFile = HistoryStore::open(blocker + QStringLiteral("/sub/h.sqlite"));
    QVERIFY(!underFile);
    QVERIFY2(underFile.error().contains(blocker), qPrintable(underFile.error()));
    QVERIFY(underFile.error().contains(QStringLiteral("cannot")));
    const auto folder = HistoryStore::open(dir.path());
    QVERIFY(!folder);
    QVERIFY2(folder.error().contains(QStringLiteral("is a folder")), qPrintable(folder.error()));
}

void TestHistoryStore::databaseWalAndShmAreOwnerOnly() {
#ifdef Q_OS_WIN
    QSKIP("Permissions are left to the user's folders' ACLs on Windows");
#else
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("data"));
    const QString path = root + QStringLiteral("/AssociationStudio/history.sqlite");
    auto store = openStore(path);
    QVERIFY(store);
    store->record(change(PlanChange::Kind::CreateLabel, QStringLiteral("Private"), 5));
    // While the store is open SQLite keeps its write-ahead log and shared memory beside it;
    // they take the database's mode, which the store set before SQLite first opened it.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
    const QStringList wrong = test::notOwnerOnly(root);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
#endif
}

void TestHistoryStore::anOlderWorldReadableDatabaseIsNarrowed() {
#ifdef Q_OS_WIN
    QSKIP("Permissions are left to the user's folders' ACLs on Windows");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    const QFile::Permissions worldReadable =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    {
        auto store = openStore(path);
        QVERIFY(store);
        store->record(change(PlanChange::Kind::CreateLabel, QStringLiteral("Old"), 5));
        // As a version that followed the umask left it.
        QVERIFY(QFile::setPermissions(path, worldReadable));
    }
    QCOMPARE(test::modeOf(path), 0644);
    auto reopened = openStore(path);
    QVERIFY(reopened);
    QCOMPARE(test::modeOf(path), 0600);
    QCOMPARE(reopened->query().size(), 1);
    reopened->record(change(PlanChange::Kind::CreateLabel, QStringLiteral("New"), 6));
    QCOMPARE(test::modeOf(path + QStringLiteral("-wal")), 0600);
#endif
}

void TestHistoryStore::aFileThatIsNotADatabaseIsAnError() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto opened = HistoryStore::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
}

void TestHistoryStore::defaultPathDoesNotDependOnTheApplicationName() {
    QCoreApplication::setApplicationName(QStringLiteral("assocctl"));
    const QString cli = HistoryStore::defaultPath();
    QCoreApplication::setApplicationName(QStringLiteral("Association Studio"));
    QCOMPARE(HistoryStore::defaultPath(), cli);
    QVERIFY(cli.endsWith(QStringLiteral("/AssociationStudio/history.sqlite")));
}

void TestHistoryStore::inverseOfCreateDeletesTheCreatedType() {
    ChangeRecord r = change(PlanChange::Kind::CreateLabel, QStringLiteral("Manager"), 120);
    r.change.inverseLabel = QStringLiteral("Employee");
    const QList<PlanChange> inverse = ChangeInverse::of(r);
    QCOMPARE(inverse.size(), 1);
    QCOMPARE(inverse[0].kind, PlanChange::Kind::DeleteLabel);
    QCOMPARE(inverse[0].targetKey.typeId, 120);
    QCOMPARE(inverse[0].labelText, QStringLiteral("Manager"));
    QCOMPARE(inverse[0].fromType, QStringLiteral("contacts"));
    r.change.targetKey.typeId = 0; // the created id never became known
    QVERIFY(!ChangeInverse::exists(r));
}

void TestHistoryStore::inverseOfDeleteRecreatesWithItsLimits() {
    ChangeRecord r = change(PlanChange::Kind::DeleteLabel, QStringLiteral("Manager"), 120);
    r.change.labelBefore = QStringLiteral("Manager");
    r.change.inverseLabelBefore = QStringLiteral("Employee");
    r.change.limitBefore = 2;
    r.change.inverseLimitBefore = 7;
    const QList<PlanChange> inverse = ChangeInverse::of(r);
    QCOMPARE(inverse.size(), 3);
    QCOMPARE(inverse[0].kind, PlanChange::Kind::CreateLabel);
    QCOMPARE(inverse[0].labelText, QStringLiteral("Manager"));
    QCOMPARE(inverse[0].inverseLabel, std::optional<QString>(QStringLiteral("Employee")));
    QVERIFY(!inverse[0].name.isEmpty());
    QCOMPARE(inverse[1].kind, PlanChange::Kind::SetLimit);
    QCOMPARE(inverse[1].targetKey.typeId, 0);
    QCOMPARE(inverse[1].labelText, QStringLiteral("Manager"));
    QCOMPARE(inverse[1].limitAfter, std::optional<int>(2));
    QCOMPARE(inverse[1].fromType, QStringLiteral("contacts"));
    QCOMPARE(inverse[2].kind, PlanChange::Kind::SetLimit);
    QCOMPARE(inverse[2].labelText, QStringLiteral("Employee"));
    QCOMPARE(inverse[2].limitAfter, std::optional<int>(7));
    QCOMPARE(inverse[2].fromType, QStringLiteral("companies"));
    QCOMPARE(inverse[2].toType, QStringLiteral("contacts"));

    ChangeRecord plain = change(PlanChange::Kind::DeleteLabel, QStringLiteral("Partner"), 130);
    plain.change.labelBefore = QStringLiteral("Partner");
    plain.change.inverseLabelBefore = QStringLiteral("Partner"); // unpaired: same text both ways
    const QList<PlanChange> single = ChangeInverse::of(plain);
    QCOMPARE(single.size(), 1);
    QCOMPARE(single[0].inverseLabel, std::nullopt);
}

void TestHistoryStore::inverseOfRenameRestoresTheText() {
    ChangeRecord r = change(PlanChange::Kind::RenameLabel, QStringLiteral("Boss"), 120);
    r.change.labelBefore = QStringLiteral("Manager");
    r.change.inverseLabel = QStringLiteral("Staff");
    r.change.inverseLabelBefore = QStringLiteral("Employee");
    const QList<PlanChange> inverse = ChangeInverse::of(r);
    QCOMPARE(inverse.size(), 1);
    QCOMPARE(inverse[0].kind, PlanChange::Kind::RenameLabel);
    QCOMPARE(inverse[0].targetKey.typeId, 120);
    QCOMPARE(inverse[0].labelText, QStringLiteral("Manager"));
    QCOMPARE(inverse[0].labelBefore, QStringLiteral("Boss"));
    QCOMPARE(inverse[0].inverseLabel, std::optional<QString>(QStringLiteral("Employee")));
}

void TestHistoryStore::inverseOfSetLimitRestoresOrRemoves() {
    ChangeRecord changed = change(PlanChange::Kind::SetLimit, QStringLiteral("Manager"), 120);
    changed.change.limitBefore = 2;
    changed.change.limitAfter = 5;
    QList<PlanChange> inverse = ChangeInverse::of(changed);
    QCOMPARE(inverse.size(), 1);
    QCOMPARE(inverse[0].kind, PlanChange::Kind::SetLimit);
    QCOMPARE(inverse[0].limitAfter, std::optional<int>(2));
    QCOMPARE(inverse[0].targetKey.typeId, 120);

    ChangeRecord fresh = changed;
    fresh.change.limitBefore = std::nullopt;
    inverse = ChangeInverse::of(fresh);
    QCOMPARE(inverse.size(), 1);
    QCOMPARE(inverse[0].kind, PlanChange::Kind::RemoveLimit);
    QCOMPARE(inverse[0].limitBefore, std::optional<int>(5));
}

void TestHistoryStore::inverseOfRemoveLimitSetsItAgain() {
    ChangeRecord r = change(PlanChange::Kind::RemoveLimit, QStringLiteral("Manager"), 120);
    r.change.limitBefore = 4;
    const QList<PlanChange> inverse = ChangeInverse::of(r);
    QCOMPARE(inverse.size(), 1);
    QCOMPARE(inverse[0].kind, PlanChange::Kind::SetLimit);
    QCOMPARE(inverse[0].limitAfter, std::optional<int>(4));
    r.change.limitBefore = std::nullopt; // there was nothing to remove
    QVERIFY(!ChangeInverse::exists(r));
}

void TestHistoryStore::failedChangesHaveNoInverse() {
    ChangeRecord r = change(PlanChange::Kind::CreateLabel, QStringLiteral("Manager"), 120);
    QVERIFY(ChangeInverse::exists(r));
    r.outcome = ChangeRecord::Outcome::Failed;
    QVERIFY(!ChangeInverse::exists(r));
    r.outcome = ChangeRecord::Outcome::Cancelled;
    QVERIFY(!ChangeInverse::exists(r));
}

void TestHistoryStore::aMessageIsStoredAsTheTextFilterReturnsIt() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    const QString secret = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auth::Redactor redactor;
    redactor.addSecret(secret);
    {
        auto store = openStore(path);
        QVERIFY(store);
        store->setTextFilter([&redactor](const QString &text) { return redactor.redact(text); });
        QSignalSpy spy(store.get(), &HistoryStore::recorded);
        ChangeRecord failed = change(PlanChange::Kind::RenameLabel, QStringLiteral("Manager"), 110);
        failed.outcome = ChangeRecord::Outcome::Failed;
        failed.message = QStringLiteral("Authentication credentials not found: %1").arg(secret);
        failed.correlationId = QStringLiteral("abc-123");
        store->record(failed);
        QCOMPARE(spy.count(), 1);
        const QString announced = spy.at(0).at(0).value<ChangeRecord>().message;
        QVERIFY2(!announced.contains(secret), qPrintable(announced));
        const QList<ChangeRecord> all = store->query();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].message,
                 QStringLiteral("Authentication credentials not found: ") + auth::Redactor::mask());
        QCOMPARE(all[0].change.labelText, QStringLiteral("Manager"));
        QCOMPARE(all[0].correlationId, QStringLiteral("abc-123"));
    }
    // Nor is it anywhere in the files SQLite wrote.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_history_store.moc"
