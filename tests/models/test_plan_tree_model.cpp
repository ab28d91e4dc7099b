// SPDX-License-Identifier: MIT
// The compare plan as the Compare window's tree shows it: grouping by pair, checkboxes that
// propagate between a pair and its changes, deletions left unchecked, results per change.

#include "api/PlanApplier.h"
#include "models/PlanTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace assoc;
using models::PlanTreeModel;

namespace {
PlanChange createLabel(const QString &from, const QString &to, const QString &text) {
    PlanChange c;
    c.kind = PlanChange::Kind::CreateLabel;
    c.fromType = from;
    c.toType = to;
    c.labelText = text;
    c.name = text.toLower();
    return c;
}

PlanChange setLimit(const QString &from, const QString &to, const QString &text, int limit) {
    PlanChange c;
    c.kind = PlanChange::Kind::SetLimit;
    c.fromType = from;
    c.toType = to;
    c.labelText = text;
    c.limitAfter = limit;
    return c;
}

PlanChange deleteLabel(const QString &from, const QString &to, const QString &text) {
    PlanChange c;
    c.kind = PlanChange::Kind::DeleteLabel;
    c.fromType = from;
    c.toType = to;
    c.labelText = text;
    c.targetKey = {AssociationCategory::UserDefined, 140};
    c.limitBefore = 2;
    return c;
}

// contacts → companies: create Manager, limit Manager to 3; deals → contacts: create Buyer;
// and, last as a comparer orders them, a deletion on contacts → companies.
SchemaPlan samplePlan(bool allowDeletes) {
    SchemaPlan plan;
    plan.source = QStringLiteral("Production");
    plan.target = QStringLiteral("Sandbox");
    plan.allowDeletes = allowDeletes;
    plan.changes = {
        createLabel(QStringLiteral("contacts"), QStringLiteral("companies"),
                    QStringLiteral("Manager")),
        createLabel(QStringLiteral("deals"), QStringLiteral("contacts"), QStringLiteral("Buyer")),
        setLimit(QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("Manager"),
                 3),
        deleteLabel(QStringLiteral("contacts"), QStringLiteral("companies"),
                    QStringLiteral("Old"))};
    return plan;
}

Qt::CheckState checkState(const QModelIndex &index) {
    return Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
}
} // namespace

class TestPlanTreeModel : public QObject {
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void groupsChangesByPairInPlanOrder();
    void pairCheckboxTogglesItsChangesAndShowsPartial();
    void deletionsHiddenUnlessAllowedAndStartUnchecked();
    void showsBeforeAndAfter();
    void showsOutcomeWithHubSpotMessageAndCorrelationId();
    void checkingCanBeLocked();
};

void TestPlanTreeModel::passesTheModelTester() {
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(samplePlan(true));
    model.setData(model.index(0, PlanTreeModel::ChangeColumn), Qt::Unchecked, Qt::CheckStateRole);
    model.setChecked(samplePlan(true).changes.at(3).id(), true);
    ChangeOutcome outcome;
    outcome.changeId = samplePlan(true).changes.at(0).id();
    outcome.status = ChangeOutcome::Status::Applied;
    model.setOutcome(outcome.changeId, outcome);
    model.clearOutcomes();
    model.setPlan(samplePlan(false));
    model.setPlan({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPlanTreeModel::groupsChangesByPairInPlanOrder() {
    PlanTreeModel model;
    model.setPlan(samplePlan(false));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    const QModelIndex second = model.index(1, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("contacts → companies"));
    QCOMPARE(second.data().toString(), QStringLiteral("deals → contacts"));
    QVERIFY(first.data(PlanTreeModel::IsPairRole).toBool());
    QCOMPARE(model.rowCount(first), 2);
    QCOMPARE(model.rowCount(second), 1);
    // Within a pair the plan's safe order stays: the label before its limit.
    QCOMPARE(model.index(0, 0, first).data().toString(), samplePlan(false).changes.at(0).summary());
    QCOMPARE(model.index(1, 0, first).data().toString(), samplePlan(false).changes.at(2).summary());
    QCOMPARE(model.index(0, 0, first).data(PlanTreeModel::ChangeIdRole).toString(),
             samplePlan(false).changes.at(0).id());
    QCOMPARE(model.changeCount(), 3);
}

void TestPlanTreeModel::pairCheckboxTogglesItsChangesAndShowsPartial() {
    PlanTreeModel model;
    model.setPlan(samplePlan(false));
    const SchemaPlan plan = samplePlan(false);
    QSignalSpy selection(&model, &PlanTreeModel::selectionChanged);
    const QModelIndex pair = model.index(0, 0);
    QVERIFY(model.flags(pair) & Qt::ItemIsUserCheckable);
    QCOMPARE(checkState(pair), Qt::Checked);
    QCOMPARE(model.selectedIds(),
             (QSet<QString>{plan.changes[0].id(), plan.changes[1].id(), plan.changes[2].id()}));

    // Unchecking one change makes its pair partial.
    const QModelIndex limit = model.index(1, 0, pair);
    QVERIFY(model.flags(limit) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(limit, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(checkState(limit), Qt::Unchecked);
    QCOMPARE(checkState(pair), Qt::PartiallyChecked);
    QCOMPARE(model.selectedIds(), (QSet<QString>{plan.changes[0].id(), plan.changes[1].id()}));
    QCOMPARE(selection.count(), 1);

    // Unchecking the pair unchecks all of its changes; the other pair is untouched.
    QVERIFY(model.setData(pair, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(checkState(pair), Qt::Unchecked);
    QCOMPARE(checkState(model.index(0, 0, pair)), Qt::Unchecked);
    QCOMPARE(model.selectedIds(), QSet<QString>{plan.changes[1].id()});
    QCOMPARE(model.selectedCount(), 1);

    // Checking it (a click on a partial or empty box) checks every change again.
    QVERIFY(model.setData(pair, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checkState(pair), Qt::Checked);
    QCOMPARE(checkState(limit), Qt::Checked);
    QCOMPARE(model.selectedCount(), 3);

    // Only the Change column carries checkboxes.
    QVERIFY(
        !(model.flags(model.index(0, PlanTreeModel::AfterColumn, pair)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.index(0, PlanTreeModel::AfterColumn, pair), Qt::Unchecked,
                           Qt::CheckStateRole));
}

void TestPlanTreeModel::deletionsHiddenUnlessAllowedAndStartUnchecked() {
    PlanTreeModel model;
    const SchemaPlan withDeletion = samplePlan(true);
    const QString deletionId = withDeletion.changes.at(3).id();

    // A plan made without allowDeletes never shows (or applies) a deletion it happens to carry.
    SchemaPlan notAllowed = withDeletion;
    notAllowed.allowDeletes = false;
    model.setPlan(notAllowed);
    QVERIFY(!model.indexOfChange(deletionId).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QVERIFY(!model.selectedIds().contains(deletionId));

    model.setPlan(withDeletion);
    const QModelIndex deletion = model.indexOfChange(deletionId);
    QVERIFY(deletion.isValid());
    QVERIFY(deletion.data(PlanTreeModel::IsDeletionRole).toBool());
    QCOMPARE(checkState(deletion), Qt::Unchecked);
    QVERIFY(!model.selectedIds().contains(deletionId));
    QCOMPARE(checkState(deletion.parent()), Qt::PartiallyChecked);
    QCOMPARE(model.selectedCount(), 3);

    // Asked for explicitly, it is selected.
    QVERIFY(model.setData(deletion, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.selectedIds().contains(deletionId));
    QCOMPARE(checkState(deletion.parent()), Qt::Checked);
}

void TestPlanTreeModel::showsBeforeAndAfter() {
    PlanTreeModel model;
    SchemaPlan plan = samplePlan(true);
    PlanChange rename;
    rename.kind = PlanChange::Kind::RenameLabel;
    rename.fromType = QStringLiteral("contacts");
    rename.toType = QStringLiteral("companies");
    rename.labelBefore = QStringLiteral("Boss");
    rename.labelText = QStringLiteral("Manager");
    PlanChange change = setLimit(QStringLiteral("contacts"), QStringLiteral("companies"),
                                 QStringLiteral("Buyer"), 5);
    change.limitBefore = 2;
    plan.changes = {rename, change, plan.changes.at(3)};
    model.setPlan(plan);

    const QModelIndex renamed = model.indexOfChange(rename.id());
    QCOMPARE(renamed.siblingAtColumn(PlanTreeModel::BeforeColumn).data().toString(),
             QStringLiteral("“Boss”"));
    QCOMPARE(renamed.siblingAtColumn(PlanTreeModel::AfterColumn).data().toString(),
             QStringLiteral("“Manager”"));
    const QModelIndex limited = model.indexOfChange(change.id());
    QCOMPARE(limited.siblingAtColumn(PlanTreeModel::BeforeColumn).data().toString(),
             QStringLiteral("at most 2 record(s)"));
    QCOMPARE(limited.siblingAtColumn(PlanTreeModel::AfterColumn).data().toString(),
             QStringLiteral("at most 5 record(s)"));
    const QModelIndex deleted = model.indexOfChange(plan.changes.at(2).id());
    QVERIFY(deleted.siblingAtColumn(PlanTreeModel::BeforeColumn)
                .data()
                .toString()
                .contains(QStringLiteral("“Old”")));
    QCOMPARE(deleted.siblingAtColumn(PlanTreeModel::AfterColumn).data().toString(),
             QStringLiteral("deleted"));
    QCOMPARE(model.headerData(PlanTreeModel::ResultColumn, Qt::Horizontal).toString(),
             QStringLiteral("Result"));
}

void TestPlanTreeModel::showsOutcomeWithHubSpotMessageAndCorrelationId() {
    PlanTreeModel model;
    const SchemaPlan plan = samplePlan(false);
    model.setPlan(plan);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    ChangeOutcome applied;
    applied.changeId = plan.changes.at(0).id();
    applied.status = ChangeOutcome::Status::Applied;
    applied.detail = QStringLiteral("created typeId 101 / 102");
    model.setOutcome(applied.changeId, applied);

    ChangeOutcome failed;
    failed.status = ChangeOutcome::Status::Failed;
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 400;
    error.message = QStringLiteral("Label already exists");
    error.correlationId = QStringLiteral("abc-123");
    failed.error = error;
    model.setOutcome(2, failed); // by plan index, as PlanApplier::changeFinished reports it

    QVERIFY(!changed.isEmpty());
    const QString ok =
        model.indexOfChange(applied.changeId, PlanTreeModel::ResultColumn).data().toString();
    QVERIFY2(ok.startsWith(QStringLiteral("Applied")), qPrintable(ok));
    QVERIFY(ok.contains(QStringLiteral("typeId 101")));
    const QModelIndex failedCell =
        model.indexOfChange(plan.changes.at(2).id(), PlanTreeModel::ResultColumn);
    const QString text = failedCell.data().toString();
    QVERIFY2(text.startsWith(QStringLiteral("Failed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Label already exists")));
    QVERIFY(text.contains(QStringLiteral("abc-123")));
    QCOMPARE(failedCell.data(PlanTreeModel::OutcomeStatusRole).toInt(),
             int(ChangeOutcome::Status::Failed));
    QVERIFY(model.index(0, PlanTreeModel::ResultColumn)
                .data()
                .toString()
                .contains(QStringLiteral("1 failed")));
    // Not yet run: no result.
    QVERIFY(model.indexOfChange(plan.changes.at(1).id(), PlanTreeModel::ResultColumn)
                .data()
                .toString()
                .isEmpty());

    model.clearOutcomes();
    QVERIFY(failedCell.data().toString().isEmpty());
}

void TestPlanTreeModel::checkingCanBeLocked() {
    PlanTreeModel model;
    model.setPlan(samplePlan(false));
    model.setCheckingEnabled(false);
    const QModelIndex pair = model.index(0, 0);
    QVERIFY(!(model.flags(pair) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(pair, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.selectedCount(), 3);
    model.setCheckingEnabled(true);
    QVERIFY(model.setData(pair, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.selectedCount(), 1);
}

QTEST_GUILESS_MAIN(TestPlanTreeModel)
#include "test_plan_tree_model.moc"
