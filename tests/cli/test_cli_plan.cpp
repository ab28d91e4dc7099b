// SPDX-License-Identifier: MIT
// assocctl diff and apply end to end: the built executable against two fake portals served by
// this process (A: the demo portal; B: a fresh one with A's custom objects under other ids). The
// test's event loop keeps running while assocctl runs, so every wait spins it.
#include "AssocctlProcess.h"
#include "OwnerOnlyCheck.h"
#include "core/PlanFile.h"
#include "core/SchemaFile.h"
#include "fakehubspot/FakeHubSpotServer.h"
#include "fakehubspot/SeedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using assoc::fake::FakeAssociationType;
using assoc::fake::FakeHubSpotServer;
using assoc::fake::FakeObjectType;
using assoc::fake::Seed;

using namespace assoc;
using namespace assoc::test;

namespace {

int writes(FakeHubSpotServer &server) {
    return server.log().count(u"POST"_s) + server.log().count(u"PUT"_s) +
           server.log().count(u"DELETE"_s);
}

int userLabels(FakeHubSpotServer &server) {
    const auto &types = server.state().associationTypes();
    return int(std::count_if(types.begin(), types.end(),
                             [](const FakeAssociationType &t) { return t.isUserLabel(); }));
}

} // namespace

class TestCliPlan : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeHubSpotServer> m_a;
    std::unique_ptr<FakeHubSpotServer> m_b;
    QTemporaryDir m_dir;
    QString m_exportA;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    RunResult runOn(FakeHubSpotServer *server, const QStringList &args) {
        QProcessEnvironment env = assocctlEnvironment();
        // The change history goes to a throw-away place, not the user's.
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        QStringList all{u"--timeout-ms"_s, u"10000"_s};
        if (server) {
            env.insert(u"HUBSPOT_ACCESS_TOKEN"_s, server->privateAppToken());
            all += QStringList{u"--base-url"_s, server->baseUrl().toString()};
        }
        return runAssocctl(all + args, env);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_a = std::make_unique<FakeHubSpotServer>();
        m_a->reseed(Seed::Demo);
        QVERIFY(m_a->listen(0));
        m_b = std::make_unique<FakeHubSpotServer>();
        QVERIFY(m_b->listen(0));
        m_exportA = path(u"a.json"_s);
        const RunResult exported = runOn(m_a.get(), {u"export"_s, u"-o"_s, m_exportA});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    }

    // B: a fresh portal whose custom objects have other ids than A's.
    void init() {
        m_b->reseed(Seed::Empty);
        m_b->state().setPortalId(8002002);
        m_b->state().addObjectType(
            FakeObjectType::customObject(8002002, u"2-9900001"_s, u"vehicles"_s));
        m_b->state().addObjectType(
            FakeObjectType::customObject(8002002, u"2-9900002"_s, u"properties"_s));
        m_b->state().addObjectType(
            FakeObjectType::customObject(8002002, u"2-9900003"_s, u"projects"_s));
        m_b->log().clear();
    }

    void diffExitCodes() {
        const RunResult same = runOn(nullptr, {u"diff"_s, m_exportA, m_exportA});
        QVERIFY2(same.exitCode == 0, same.describe().constData());
        QVERIFY(same.text().contains(u"No differences"_s));

        const RunResult drift = runOn(m_b.get(), {u"diff"_s, m_exportA, u"portal"_s});
        QVERIFY2(drift.exitCode == 4, drift.describe().constData());
        QVERIFY2(
            drift.text().contains(
                u"Create label “Billing contact” / “Billing company” (contacts → companies)"_s),
            drift.describe().constData());
        QVERIFY(drift.text().contains(u"Limit “Owner” to 3 (vehicles → contacts)"_s));
        QCOMPARE(writes(*m_b), 0);

        const RunResult json = runOn(m_b.get(), {u"--json"_s, u"diff"_s, m_exportA, u"portal"_s});
        QCOMPARE(json.exitCode, 4);
        QCOMPARE(json.json().value(u"format"_s).toString(), u"association-studio.plan"_s);
        QCOMPARE(json.json().value(u"targetPortalId"_s).toInteger(), 8002002);
        QVERIFY(json.json().value(u"changes"_s).toArray().size() >= 8);

        const RunResult missing = runOn(nullptr, {u"diff"_s, m_exportA, path(u"nope.json"_s)});
        QVERIFY2(missing.exitCode == 2, missing.describe().constData());
    }

    void diffOutputThenApplyPlan() {
        const QString plan = path(u"plan.json"_s);
        const RunResult diff =
            runOn(m_b.get(), {u"diff"_s, m_exportA, u"portal"_s, u"--output"_s, plan});
        QVERIFY2(diff.exitCode == 4, diff.describe().constData());
        QVERIFY(QFile::exists(plan));

        const RunResult apply = runOn(m_b.get(), {u"apply"_s, u"--plan"_s, plan});
        QVERIFY2(apply.exitCode == 0, apply.describe().constData());
        QVERIFY(apply.text().contains(u"applied"_s));
        QVERIFY(!apply.text().contains(u"failed"_s));
        QVERIFY(userLabels(*m_b) > 0);

        const RunResult after = runOn(m_b.get(), {u"diff"_s, m_exportA, u"portal"_s});
        QVERIFY2(after.exitCode == 0, after.describe().constData());

        m_b->log().clear();
        const RunResult again = runOn(m_b.get(), {u"--json"_s, u"apply"_s, u"--plan"_s, plan});
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QCOMPARE(again.json().value(u"applied"_s).toInt(), 0);
        QVERIFY(again.json().value(u"alreadyInPlace"_s).toInt() > 0);
        for (const QJsonValue &r : again.json().value(u"results"_s).toArray())
            QCOMPARE(r[u"status"_s].toString(), u"in-place"_s);
        QCOMPARE(writes(*m_b), 0);
    }

    void dryRunWritesNothing() {
        const QString plan = path(u"dry.json"_s);
        QCOMPARE(runOn(m_b.get(), {u"diff"_s, m_exportA, u"portal"_s, u"-o"_s, plan}).exitCode, 4);
        m_b->log().clear();
        const RunResult dry = runOn(m_b.get(), {u"apply"_s, u"--plan"_s, plan, u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, dry.describe().constData());
        QVERIFY(dry.text().contains(u"would-apply"_s));
        QVERIFY(!dry.text().contains(u"\napplied"_s));
        QCOMPARE(writes(*m_b), 0);
        QCOMPARE(userLabels(*m_b), 0);
        QVERIFY(m_b->log().count(u"GET"_s) > 0);
    }

    void deletionsNeedAllowDeletesTwice() {
        QVERIFY(!m_b->state().createLabel(u"0-1"_s, u"0-2"_s, u"obsolete"_s, u"Obsolete"_s, {},
                                          m_b->config()));
        const QString plan = path(u"deletes.json"_s);
        const RunResult diff = runOn(
            m_b.get(), {u"diff"_s, m_exportA, u"portal"_s, u"--allow-deletes"_s, u"-o"_s, plan});
        QVERIFY2(diff.exitCode == 4, diff.describe().constData());
        QVERIFY(diff.text().contains(u"Delete label “Obsolete” (contacts → companies)"_s));

        m_b->log().clear();
        const RunResult refused = runOn(m_b.get(), {u"apply"_s, u"--plan"_s, plan});
        QVERIFY2(refused.exitCode == 2, refused.describe().constData());
        QVERIFY(QString::fromUtf8(refused.err).contains(u"--allow-deletes"_s));
        QCOMPARE(writes(*m_b), 0);

        const RunResult done =
            runOn(m_b.get(), {u"apply"_s, u"--plan"_s, plan, u"--allow-deletes"_s});
        QVERIFY2(done.exitCode == 0, done.describe().constData());
        const auto &types = m_b->state().associationTypes();
        QVERIFY(std::none_of(types.begin(), types.end(), [](const FakeAssociationType &t) {
            return t.label == u"Obsolete"_s;
        }));

        // Without --allow-deletes, diff leaves deletions out and says so.
        const RunResult keep = runOn(m_b.get(), {u"diff"_s, m_exportA, u"portal"_s});
        QVERIFY2(keep.exitCode == 0, keep.describe().constData());
    }

    void planForAnotherPortalIsRefused() {
        const QString plan = path(u"for-b.json"_s);
        QCOMPARE(runOn(m_b.get(), {u"diff"_s, m_exportA, u"portal"_s, u"-o"_s, plan}).exitCode, 4);
        m_a->log().clear();
        const RunResult wrong = runOn(m_a.get(), {u"apply"_s, u"--plan"_s, plan});
        QVERIFY2(wrong.exitCode == 2, wrong.describe().constData());
        QVERIFY(QString::fromUtf8(wrong.err).contains(u"8002002"_s));
        QCOMPARE(writes(*m_a), 0);
    }

    // Issue 11's lost update, as a user met it: a plan renames "Billing contact", another
    // client renames the same label before the plan is applied. apply writes nothing for that
    // change, says what the label reads now and exits 5; the other client's text survives.
    void lostUpdateIsRefused() {
        const QString edited = path(u"edited.json"_s);
        {
            QFile in(m_exportA);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            QVERIFY(text.contains("\"Billing contact\""));
            text.replace("\"Billing contact\"", "\"Invoice contact\"");
            QFile out(edited);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        const QString plan = path(u"rename.json"_s);
        const RunResult diff = runOn(m_a.get(), {u"diff"_s, edited, u"portal"_s, u"-o"_s, plan});
        QVERIFY2(diff.exitCode == 4, diff.describe().constData());
        QVERIFY2(diff.text().contains(u"Invoice contact"_s), diff.describe().constData());
        // English plural forms, not the sources' "change(s)".
        const QString all = diff.text() + diff.errors();
        QVERIFY2(QRegularExpression(u"Wrote the plan \\((1 change|[0-9]+ changes)\\)"_s)
                     .match(all)
                     .hasMatch(),
                 diff.describe().constData());
        QVERIFY2(!all.contains(u"(s)"_s), diff.describe().constData());

        int typeId = 0;
        for (const FakeAssociationType &t : m_a->state().labels(u"0-1"_s, u"0-2"_s)) {
            if (t.isUserLabel() && t.label == u"Billing contact"_s)
                typeId = t.typeId;
        }
        QVERIFY(typeId != 0);
        QVERIFY(!m_a->state().renameLabel(u"0-1"_s, u"0-2"_s, typeId, u"Someone else's label"_s, {},
                                          m_a->config()));
        m_a->log().clear();
        const RunResult apply = runOn(m_a.get(), {u"apply"_s, u"--plan"_s, plan});
        QVERIFY2(apply.exitCode == 5, apply.describe().constData());
        QVERIFY2((apply.text() + apply.errors()).contains(u"Someone else's label"_s),
                 apply.describe().constData());
        QCOMPARE(writes(*m_a), 0);
        const auto *label = m_a->state().findType(u"0-1"_s, u"0-2"_s, typeId, u"USER_DEFINED"_s);
        QVERIFY(label);
        QCOMPARE(label->label, u"Someone else's label"_s);

        const RunResult json = runOn(m_a.get(), {u"--json"_s, u"apply"_s, u"--plan"_s, plan});
        QCOMPARE(json.exitCode, 5);
        const QJsonObject result = json.json().value(u"results"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(json.json().value(u"conflicts"_s).toInt(), 1);
        m_a->reseed(Seed::Demo);
    }

    // A plan that names no portal (its targetPortalId removed, or made against a hand-written
    // file) is refused unless --for-portal names the one it is for, and then applied to that
    // portal only.
    void unboundPlanNeedsForPortal() {
        const QString edited = path(u"unbound-source.json"_s);
        {
            QFile in(m_exportA);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            text.replace("\"Billing contact\"", "\"Invoice contact\"");
            QFile out(edited);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        const QString plan = path(u"unbound.json"_s);
        const RunResult diff = runOn(nullptr, {u"diff"_s, edited, m_exportA, u"-o"_s, plan});
        QVERIFY2(diff.exitCode == 4, diff.describe().constData());
        {
            QFile file(plan);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            QVERIFY(json.contains(u"targetPortalId"_s));
            json.remove(u"targetPortalId"_s);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(json).toJson());
        }
        m_a->log().clear();
        const RunResult refused = runOn(m_a.get(), {u"apply"_s, u"--plan"_s, plan});
        QVERIFY2(refused.exitCode == 2, refused.describe().constData());
        QVERIFY2(refused.errors().contains(u"--for-portal"_s), refused.describe().constData());
        const RunResult wrong =
            runOn(m_a.get(), {u"apply"_s, u"--plan"_s, plan, u"--for-portal"_s, u"8002002"_s});
        QVERIFY2(wrong.exitCode == 2, wrong.describe().constData());
        QCOMPARE(writes(*m_a), 0);
        const QString portalId = QString::number(m_a->state().portalId());
        const RunResult done =
            runOn(m_a.get(), {u"apply"_s, u"--plan"_s, plan, u"--for-portal"_s, portalId});
        QVERIFY2(done.exitCode == 0, done.describe().constData());
        QCOMPARE(m_a->state().userLabelCount(u"0-1"_s, u"0-2"_s) > 0, true);
        bool renamed = false;
        for (const FakeAssociationType &t : m_a->state().labels(u"0-1"_s, u"0-2"_s))
            renamed = renamed || t.label == u"Invoice contact"_s;
        QVERIFY(renamed);
        m_a->reseed(Seed::Demo);
    }

    void badPlanFileIsRefusedWithItsPath() {
        const QString plan = path(u"bad.json"_s);
        QFile file(plan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"association-studio.plan","formatVersion":1,"changes":[)"
                   R"({"kind":"set-limit","fromType":"contacts","toType":"companies",)"
                   R"("category":"USER_DEFINED","typeId":5,"label":"X","limitAfter":0}]})");
        file.close();
        const RunResult bad = runOn(m_b.get(), {u"apply"_s, u"--plan"_s, plan});
        QVERIFY2(bad.exitCode == 2, bad.describe().constData());
        QVERIFY(QString::fromUtf8(bad.err).contains(u"changes[0].limitAfter"_s));
        QCOMPARE(writes(*m_b), 0);

        const RunResult noPlan = runOn(m_b.get(), {u"apply"_s});
        QCOMPARE(noPlan.exitCode, 2);
    }

    // export -o, diff -o and apply (which records the change history) leave nothing that other
    // local users could read: files 0600, folders assocctl made 0700.
    void everyFileWrittenIsOwnerOnly() {
#ifdef Q_OS_WIN
        QSKIP("Permissions are left to the user's folders' ACLs on Windows");
#else
        QDir(path(u"data"_s)).removeRecursively(); // made afresh by this test's runs
        const QString exported = path(u"private-export.json"_s);
        const QString plan = path(u"private-plan.json"_s);
        RunResult r = runOn(m_a.get(), {u"export"_s, u"-o"_s, exported});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = runOn(m_b.get(), {u"diff"_s, exported, u"portal"_s, u"-o"_s, plan});
        QVERIFY2(r.exitCode == 4, r.describe().constData());
        r = runOn(m_b.get(), {u"apply"_s, u"--plan"_s, plan});
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        QCOMPARE(modeOf(exported), 0600);
        QCOMPARE(modeOf(plan), 0600);
        QVERIFY(QFile::exists(path(u"data/AssociationStudio/history.sqlite"_s)));
        const QStringList wrong = notOwnerOnly(path(u"data"_s));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
#endif
    }

    // A plan or schema file over its cap is refused before anything is read into memory or
    // sent: exit 2 and a message naming the file and the cap. The files are sparse, so the test
    // costs no disk and no time.
    void overCapFilesAreRefused() {
        const QString hugePlan = path(u"huge-plan.json"_s);
        {
            QFile file(hugePlan);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(PlanFile::MaxSize + 1));
        }
        m_b->log().clear();
        const RunResult apply = runOn(m_b.get(), {u"apply"_s, u"--plan"_s, hugePlan});
        QVERIFY2(apply.exitCode == 2, apply.describe().constData());
        QVERIFY2(apply.errors().contains(u"32 MiB"_s), apply.describe().constData());
        QVERIFY2(apply.errors().contains(hugePlan), apply.describe().constData());
        QCOMPARE(m_b->log().count(), 0); // not a single request

        const QString hugeSchema = path(u"huge-schema.json"_s);
        {
            QFile file(hugeSchema);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(SchemaFile::MaxSize + 1));
        }
        const RunResult diff = runOn(m_b.get(), {u"diff"_s, hugeSchema, u"portal"_s});
        QVERIFY2(diff.exitCode == 2, diff.describe().constData());
        QVERIFY2(diff.errors().contains(u"32 MiB"_s), diff.describe().constData());
        QVERIFY2(diff.errors().contains(hugeSchema), diff.describe().constData());
        QCOMPARE(m_b->log().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "test_cli_plan.moc"
