// SPDX-License-Identifier: MIT
// assocctl records its writes in the change history the app reads: the built executable runs
// against a fake portal with its data folder in a throw-away directory, and what it recorded
// is read back through HistoryStore at the path the app would use.
#include "AssocctlProcess.h"
#include "OwnerOnlyCheck.h"
#include "core/ChangeInverse.h"
#include "fakehubspot/FakeHubSpotServer.h"
#include "fakehubspot/SeedData.h"
#include "history/HistoryStore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace assoc;
using assoc::fake::FakeHubSpotServer;
using assoc::fake::Seed;
using assoc::history::HistoryStore;
using assoc::test::assocctlEnvironment;
using assoc::test::runAssocctl;
using assoc::test::RunResult;

class TestCliHistory : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeHubSpotServer> m_server;
    QTemporaryDir m_home;

    QString dataHome() const { return m_home.filePath(u"data"_s); }
    QString historyPath() const { return dataHome() + u"/AssociationStudio/history.sqlite"_s; }

    RunResult run(const QStringList &args, const QString &xdgDataHome = {}) {
        QProcessEnvironment env = assocctlEnvironment();
        env.insert(u"HUBSPOT_ACCESS_TOKEN"_s, m_server->privateAppToken());
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, xdgDataHome.isEmpty() ? dataHome() : xdgDataHome);
        return runAssocctl(QStringList{u"--base-url"_s, m_server->baseUrl().toString()} + args,
                           env);
    }

    std::unique_ptr<HistoryStore> openHistory() {
        auto opened = HistoryStore::open(historyPath());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return nullptr;
        }
        return std::move(opened).value();
    }

    int fakeTypeId(const QString &from, const QString &to, const QString &label) const {
        for (const auto &t : m_server->state().associationTypes()) {
            if (t.fromId == from && t.toId == to && t.label == label)
                return t.typeId;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        m_server = std::make_unique<FakeHubSpotServer>();
        m_server->reseed(Seed::Demo);
        QVERIFY(m_server->listen(0));
    }

    void theCliUsesTheAppsPath() {
        // The app and assocctl have different application names; the file is the same.
        qputenv("XDG_DATA_HOME", dataHome().toUtf8());
        QCoreApplication::setApplicationName(u"association-studio"_s);
        const QString app = HistoryStore::defaultPath();
        QCoreApplication::setApplicationName(u"assocctl"_s);
        QCOMPARE(HistoryStore::defaultPath(), app);
        QCOMPARE(app, historyPath());
    }

    void createLabelIsRecorded() {
        const RunResult r =
            run({u"create-label"_s, u"contacts"_s, u"companies"_s, u"--label"_s,
                 u"Recorded contact"_s, u"--inverse-label"_s, u"Recorded company"_s});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(QFile::exists(historyPath()), r.describe().constData());
#ifndef Q_OS_WIN
        // Checked before this test opens the file itself: assocctl made the data folders 0700
        // and the database 0600.
        const QStringList wrong = test::notOwnerOnly(dataHome());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
#endif
        const int typeId = fakeTypeId(u"0-1"_s, u"0-2"_s, u"Recorded contact"_s);
        QVERIFY(typeId > 0);

        auto history = openHistory();
        QVERIFY(history);
        const QList<ChangeRecord> records = history->query();
        QCOMPARE(records.size(), 1);
        const ChangeRecord &c = records.first();
        QCOMPARE(c.origin, ChangeRecord::Origin::Cli);
        QCOMPARE(c.outcome, ChangeRecord::Outcome::Succeeded);
        QCOMPARE(c.change.kind, PlanChange::Kind::CreateLabel);
        QCOMPARE(c.change.labelText, u"Recorded contact"_s);
        QCOMPARE(c.change.inverseLabel, std::optional(u"Recorded company"_s));
        QCOMPARE(c.change.fromType, u"contacts"_s);
        QCOMPARE(c.change.toType, u"companies"_s);
        QCOMPARE(c.change.targetKey.typeId, typeId);
        QCOMPARE(c.pair, (ObjectTypePair{u"0-1"_s, u"0-2"_s}));
        QCOMPARE(c.portalId, m_server->state().portalId());
        QCOMPARE(c.profile, m_server->baseUrl().adjusted(QUrl::RemovePath).toString());
        QVERIFY(!c.profile.contains(m_server->privateAppToken()));
        // Undo would delete exactly the created label.
        const QList<PlanChange> inverse = ChangeInverse::of(c);
        QCOMPARE(inverse.size(), 1);
        QCOMPARE(inverse.first().kind, PlanChange::Kind::DeleteLabel);
        QCOMPARE(inverse.first().targetKey.typeId, typeId);
    }

    void deleteLabelRecordsWhatUndoNeeds() {
        const int typeId = fakeTypeId(u"0-1"_s, u"0-2"_s, u"Recorded contact"_s);
        QVERIFY(typeId > 0);
        const QString id = QString::number(typeId);
        RunResult r = run({u"set-limit"_s, u"contacts"_s, u"companies"_s, id, u"4"_s});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({u"delete-label"_s, u"contacts"_s, u"companies"_s, id});
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        auto history = openHistory();
        QVERIFY(history);
        const QList<ChangeRecord> records = history->query();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].change.kind, PlanChange::Kind::SetLimit);
        QCOMPARE(records[1].change.limitBefore, std::nullopt);
        QCOMPARE(records[1].change.limitAfter, std::optional(4));
        const ChangeRecord &deleted = records[0];
        QCOMPARE(deleted.change.kind, PlanChange::Kind::DeleteLabel);
        QCOMPARE(deleted.change.labelBefore, u"Recorded contact"_s);
        QCOMPARE(deleted.change.inverseLabelBefore, std::optional(u"Recorded company"_s));
        QCOMPARE(deleted.change.limitBefore, std::optional(4));
        const QList<PlanChange> inverse = ChangeInverse::of(deleted);
        QCOMPARE(inverse.size(), 2);
        QCOMPARE(inverse[0].kind, PlanChange::Kind::CreateLabel);
        QCOMPARE(inverse[1].limitAfter, std::optional(4));
    }

    void noHistoryRecordsNothing() {
        const RunResult r = run({u"--no-history"_s, u"create-label"_s, u"contacts"_s,
                                 u"companies"_s, u"--label"_s, u"Unrecorded"_s});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(fakeTypeId(u"0-1"_s, u"0-2"_s, u"Unrecorded"_s) > 0);
        auto history = openHistory();
        QVERIFY(history);
        history::HistoryFilter filter;
        filter.text = u"Unrecorded"_s;
        QVERIFY(history->query(filter).isEmpty());
    }

    void anUnopenableHistoryWarnsAndTheCommandStillRuns() {
        // The data folder is a file: the history cannot be created there.
        const QString blocker = m_home.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const RunResult r = run({u"create-label"_s, u"contacts"_s, u"companies"_s, u"--label"_s,
                                 u"Made without history"_s},
                                blocker);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(fakeTypeId(u"0-1"_s, u"0-2"_s, u"Made without history"_s) > 0);
        QCOMPARE(r.err.count("warning"), 1);
        QVERIFY2(r.err.contains("history"), r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "test_cli_history.moc"
