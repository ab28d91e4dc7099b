// SPDX-License-Identifier: MIT
// CompareSession driven directly, without a window: two schemas read from files or from a
// fake portal over loopback HTTP, the plan, its checked changes applied, saved, cancelled.

#include "CompareTarget.h"
#include "TestSupport.h"
#include "api/PortalLoader.h"
#include "app/compare/CompareSession.h"
#include "core/ChangeRecord.h"
#include "core/PlanDocument.h"
#include "core/SchemaDocument.h"
#include "models/PlanTreeModel.h"
#include "models/PortalSession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::app;
using namespace assoc::test;
using State = CompareSession::State;

class TestCompareSession : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nothingToApplyBeforeComparing();
    void twoFilesPlanTheDifferences();
    void includeDeletionsReplansTheShownPlan();
    void fileTargetCanOnlyBeSaved();
    void savePlanWritesTheCheckedChanges();
    void compareWhileReadingIsRefused();
    void unreadableSourceFailsNamingTheSide();
    void cancelWhileReadingEndsCancelled();
    void applyChangesTheCurrentPortalAndRecordsEachChange();
    void nothingCheckedNothingToApply();

private:
    QString exportOf(test::PortalFixture &portal, const QString &name);
    bool compareAndWait(const SchemaSource &source, const SchemaSource &target);
    void connectCurrentPortal();

    QTemporaryDir m_dir;
    // The source: the demo portal. The target: the same after a few edits: one label
    // missing, one renamed, one limit different and one label only it has.
    std::unique_ptr<test::PortalFixture> m_source;
    std::unique_ptr<test::PortalFixture> m_target;
    std::unique_ptr<models::PortalSession> m_current;
    std::unique_ptr<CompareSession> m_session;
};

void TestCompareSession::init() {
    m_source = std::make_unique<test::PortalFixture>();
    QVERIFY(m_source->start(fake::Seed::Demo));
    m_target = std::make_unique<test::PortalFixture>();
    QVERIFY(m_target->start(fake::Seed::Demo));
    test::editIntoCompareTarget(m_target->server->state(), m_target->server->config());
    if (QTest::currentTestFailed())
        return;
    m_session = std::make_unique<CompareSession>();
}

void TestCompareSession::cleanup() {
    m_session.reset();
    m_current.reset();
    m_target.reset();
    m_source.reset();
}

QString TestCompareSession::exportOf(test::PortalFixture &portal, const QString &name) {
    // The client first: as two arguments of one call, the parent could be read before
    // connect() makes the client (C++ leaves the order open) and the loader leak.
    HubSpotClient *client = portal.connect();
    auto *loader = new PortalLoader(client, client);
    const auto schema = test::await(loader->load());
    if (!test::succeeded(schema))
        return {};
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(SchemaDocument::write(schema->value()));
    return path;
}

bool TestCompareSession::compareAndWait(const SchemaSource &source, const SchemaSource &target) {
    if (!m_session->compare(source, target))
        return false;
    return QTest::qWaitFor([this] { return m_session->state() != State::Loading; }, 20000);
}

void TestCompareSession::connectCurrentPortal() {
    m_current = std::make_unique<models::PortalSession>(m_target->config());
    m_current->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_current->connectionState() == models::PortalSession::ConnectionState::Connected, 20000);
    m_session->setCurrentPortal(m_current.get());
}

void TestCompareSession::nothingToApplyBeforeComparing() {
    QCOMPARE(m_session->state(), State::Idle);
    QVERIFY(!m_session->isBusy());
    QCOMPARE(m_session->applyBlocker(), QStringLiteral("Compare first."));
    QVERIFY(!m_session->apply());
    QCOMPARE(m_session->model()->changeCount(), 0);
}

void TestCompareSession::twoFilesPlanTheDifferences() {
    const QString source = exportOf(*m_source, QStringLiteral("source.json"));
    const QString target = exportOf(*m_target, QStringLiteral("target.json"));
    QVERIFY(!source.isEmpty() && !target.isEmpty());
    QAbstractItemModelTester tester(m_session->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy states(m_session.get(), &CompareSession::stateChanged);
    QSignalSpy compared(m_session.get(), &CompareSession::compared);

    QVERIFY(compareAndWait(SchemaSource::file(source), SchemaSource::file(target)));
    QCOMPARE(m_session->state(), State::Planned);
    QCOMPARE(compared.count(), 1);
    QCOMPARE(states.count(), 2); // Loading, then Planned
    QCOMPARE(states.at(0).at(0).value<State>(), State::Loading);
    // What the target lacks or has differently; the labels only it has ("Extra", and "Ally",
    // which is "Partner" renamed) are left out.
    QCOMPARE(m_session->model()->changeCount(), 4);
    QCOMPARE(m_session->model()->selectedCount(), 4);
    QCOMPARE(m_session->hiddenDeletions(), 2);
    QVERIFY(!m_session->plan().allowDeletes);
    QCOMPARE(m_session->plan().targetPortalId, 0); // a file has no portal
    QVERIFY(m_session->plan().source.contains(QStringLiteral("source.json")));
    QCOMPARE(m_session->checkedChanges().size(), 4);
}

void TestCompareSession::includeDeletionsReplansTheShownPlan() {
    const QString source = exportOf(*m_source, QStringLiteral("source.json"));
    const QString target = exportOf(*m_target, QStringLiteral("target.json"));
    QVERIFY(compareAndWait(SchemaSource::file(source), SchemaSource::file(target)));
    QSignalSpy compared(m_session.get(), &CompareSession::compared);

    m_session->setIncludeDeletions(true);
    QCOMPARE(compared.count(), 1);
    QVERIFY(m_session->plan().allowDeletes);
    QCOMPARE(m_session->hiddenDeletions(), 0);
    QCOMPARE(m_session->model()->changeCount(), 6);
    // Listed, never checked by default.
    QCOMPARE(m_session->model()->selectedCount(), 4);
    for (const PlanChange &change : m_session->checkedChanges())
        QVERIFY2(!change.isDeletion(), qPrintable(change.summary()));

    m_session->setIncludeDeletions(true); // no change: no new plan
    QCOMPARE(compared.count(), 1);
    m_session->setIncludeDeletions(false);
    QCOMPARE(compared.count(), 2);
    QCOMPARE(m_session->model()->changeCount(), 4);
}

void TestCompareSession::fileTargetCanOnlyBeSaved() {
    const QString source = exportOf(*m_source, QStringLiteral("source.json"));
    const QString target = exportOf(*m_target, QStringLiteral("target.json"));
    QVERIFY(compareAndWait(SchemaSource::file(source), SchemaSource::file(target)));
    QVERIFY(m_session->applyBlocker().contains(QStringLiteral("file")));
    QSignalSpy states(m_session.get(), &CompareSession::stateChanged);
    QVERIFY(!m_session->apply());
    QCOMPARE(states.count(), 0);
    QCOMPARE(m_session->state(), State::Planned);
}

void TestCompareSession::savePlanWritesTheCheckedChanges() {
    const QString source = exportOf(*m_source, QStringLiteral("source.json"));
    const QString target = exportOf(*m_target, QStringLiteral("target.json"));
    QVERIFY(compareAndWait(SchemaSource::file(source), SchemaSource::file(target)));
    models::PlanTreeModel *model = m_session->model();
    const QString unchecked = model->shownChanges().first().id();
    model->setChecked(unchecked, false);

    const QString path = m_dir.filePath(QStringLiteral("plan.json"));
    const auto saved = m_session->savePlan(path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
    QCOMPARE(*saved, 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto plan = PlanDocument::read(file.readAll());
    QVERIFY(plan.ok());
    QCOMPARE(plan->changes.size(), 3);
    for (const PlanChange &change : plan->changes)
        QVERIFY(change.id() != unchecked);

    // A path that cannot be written: the reason, and nothing claimed.
    const auto failed = m_session->savePlan(m_dir.filePath(QStringLiteral("no/such/dir/p.json")));
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error().isEmpty());
}

void TestCompareSession::compareWhileReadingIsRefused() {
    const QString source = exportOf(*m_source, QStringLiteral("source.json"));
    QVERIFY(!source.isEmpty());
    connectCurrentPortal();
    fake::FaultInjector::Fault stall;
    stall.kind = fake::FaultInjector::Kind::Stall;
    stall.durationMs = -1;
    m_target->server->faults().script(stall, 1000, QStringLiteral("/labels"));

    QVERIFY(m_session->compare(SchemaSource::file(source), SchemaSource::currentPortal()));
    QCOMPARE(m_session->state(), State::Loading);
    QVERIFY(m_session->isBusy());
    QVERIFY(!m_session->compare(SchemaSource::file(source), SchemaSource::currentPortal()));
    QCOMPARE(m_session->state(), State::Loading);
    m_session->cancel();
    QTRY_COMPARE(m_session->state(), State::Idle);
}

void TestCompareSession::unreadableSourceFailsNamingTheSide() {
    const QString path = m_dir.filePath(QStringLiteral("not-a-schema.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"hello\": 1}");
    file.close();
    const QString target = exportOf(*m_target, QStringLiteral("target.json"));
    QSignalSpy failed(m_session.get(), &CompareSession::compareFailed);
    QSignalSpy compared(m_session.get(), &CompareSession::compared);

    QVERIFY(compareAndWait(SchemaSource::file(path), SchemaSource::file(target)));
    QCOMPARE(m_session->state(), State::Idle);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(compared.count(), 0);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QVERIFY2(error.operation.startsWith(QStringLiteral("Source")), qPrintable(error.operation));
    const QString text = error.userMessage() + QLatin1Char('\n') + error.details();
    QVERIFY2(text.contains(QStringLiteral("not-a-schema.json")), qPrintable(text));
    QVERIFY(error.kind != ApiError::Kind::Canceled);
    QCOMPARE(m_session->applyBlocker(), QStringLiteral("Compare first."));
}

void TestCompareSession::cancelWhileReadingEndsCancelled() {
    const QString source = exportOf(*m_source, QStringLiteral("source.json"));
    QVERIFY(!source.isEmpty());
    connectCurrentPortal();
    fake::FaultInjector::Fault stall;
    stall.kind = fake::FaultInjector::Kind::Stall;
    stall.durationMs = -1;
    m_target->server->faults().script(stall, 1000, QStringLiteral("/labels"));
    QSignalSpy failed(m_session.get(), &CompareSession::compareFailed);

    QVERIFY(m_session->compare(SchemaSource::file(source), SchemaSource::currentPortal()));
    m_session->cancel();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Canceled);
    QCOMPARE(m_session->state(), State::Idle);
    QCOMPARE(m_session->model()->changeCount(), 0);
}

void TestCompareSession::applyChangesTheCurrentPortalAndRecordsEachChange() {
    const QString source = exportOf(*m_source, QStringLiteral("source.json"));
    QVERIFY(!source.isEmpty());
    connectCurrentPortal();
    RecordingJournal journal;
    m_session->setJournal(&journal);
    QVERIFY(compareAndWait(SchemaSource::file(source), SchemaSource::currentPortal()));
    QCOMPARE(m_session->state(), State::Planned);
    QCOMPARE(m_session->plan().targetPortalId, 7009999);
    QVERIFY2(m_session->applyBlocker().isEmpty(), qPrintable(m_session->applyBlocker()));
    // "Partner" would fail (its internal name is taken by "Ally" there): left unchecked.
    QString partnerId;
    for (const PlanChange &change : m_session->model()->shownChanges()) {
        if (change.kind == PlanChange::Kind::CreateLabel &&
            change.labelText == QStringLiteral("Partner"))
            partnerId = change.id();
    }
    QVERIFY(!partnerId.isEmpty());
    m_session->model()->setChecked(partnerId, false);

    QSignalSpy states(m_session.get(), &CompareSession::stateChanged);
    QSignalSpy progress(m_session.get(), &CompareSession::progress);
    QSignalSpy finished(m_session.get(), &CompareSession::applyFinished);
    QVERIFY(m_session->apply());
    QCOMPARE(m_session->state(), State::Applying);
    // The selection cannot change under the applier.
    QVERIFY(
        !(m_session->model()->flags(m_session->model()->index(0, 0)) & Qt::ItemIsUserCheckable));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!finished.at(0).at(0).value<std::optional<ApiError>>());
    QCOMPARE(m_session->state(), State::Applied);
    QCOMPARE(states.count(), 2);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.at(0).at(1).toInt(), 3);

    const CompareSession::Tally &tally = m_session->lastApply();
    QCOMPARE(tally.applied, 3);
    QCOMPARE(tally.failed + tally.conflicts + tally.notApplied + tally.alreadyInPlace, 0);
    QCOMPARE(tally.text(), QStringLiteral("3 change(s) applied"));
    // Each checked change has its result; the unchecked one has none.
    for (const PlanChange &change : m_session->model()->shownChanges())
        QCOMPARE(bool(m_session->model()->outcome(change.id())), change.id() != partnerId);
    QCOMPARE(journal.records.size(), 3);
    for (const ChangeRecord &record : std::as_const(journal.records)) {
        QCOMPARE(record.origin, ChangeRecord::Origin::Apply);
        QCOMPARE(record.portalId, 7009999);
    }
    fake::FakePortalState &t = m_target->server->state();
    QVERIFY(findLabel(t, kDeal, kContact, QStringLiteral("Decision maker")));
    QCOMPARE(m_session->applyBlocker(),
             QStringLiteral("Compare again to see what is left to change."));

    // Compared again, only the unchecked change is left.
    QVERIFY(compareAndWait(SchemaSource::file(source), SchemaSource::currentPortal()));
    QCOMPARE(m_session->model()->changeCount(), 1);
}

void TestCompareSession::nothingCheckedNothingToApply() {
    const QString source = exportOf(*m_source, QStringLiteral("source.json"));
    connectCurrentPortal();
    QVERIFY(compareAndWait(SchemaSource::file(source), SchemaSource::currentPortal()));
    for (const PlanChange &change : m_session->model()->shownChanges())
        m_session->model()->setChecked(change.id(), false);
    QCOMPARE(m_session->applyBlocker(), QStringLiteral("Check the changes to apply."));
    QVERIFY(!m_session->apply());
    QCOMPARE(m_session->state(), State::Planned);
}

QTEST_GUILESS_MAIN(TestCompareSession)
#include "test_app_compare_session.moc"
