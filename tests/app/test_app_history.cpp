// SPDX-License-Identifier: MIT
// The change history in the window, against the demo portal over loopback HTTP: every kind of
// write is recorded and listed in the History panel; Undo (the panel's button and its
// confirmation, or Undo Last Change) puts the fake portal back as it was, and is recorded too.

#include "DemoWithHistory.h"
#include "FakeHubSpotServer.h"
#include "SessionWrites.h"
#include "TestSupport.h"
#include "app/ActionSet.h"
#include "app/HistoryController.h"
#include "app/HistoryPanel.h"
#include "app/MainWindow.h"
#include "core/Validation.h"
#include "demo/DemoPortal.h"
#include "history/HistoryStore.h"
#include "models/HistoryTableModel.h"
#include "models/PortalSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::app;
using demo::DemoPortal;
using history::HistoryStore;
using models::HistoryTableModel;

namespace {
const ObjectTypePair kPair{QStringLiteral("0-1"), QStringLiteral("0-2")};
const QString kUser = QStringLiteral("USER_DEFINED");
} // namespace

class TestAppHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createIsRecordedAndUndoDeletesIt();
    void deleteIsUndoneWithItsLimits();
    void renameIsUndoneToTheOldText();
    void setLimitIsUndoneToTheOldLimitOrNone();
    void removeLimitIsUndoneByUndoLastChange();
    void failedWriteIsRecordedAndCannotBeUndone();
    void undoOfALabelSomeoneChangedSinceIsRefused();
    void changeOfAnotherPortalIsRefusedWithItsProfile();
    void filterAndCopyDetails();

private:
    models::PortalSession *session() const { return m_window->session(); }
    HistoryController *controller() const { return m_window->historyController(); }
    HistoryTableModel *model() const { return controller()->model(); }
    fake::FakePortalState &fakeState() const { return m_portal->server()->state(); }
    const fake::FakeAssociationType *fakeLabel(const ObjectTypePair &pair,
                                               const QString &text) const;
    std::optional<int> fakeLimit(const ObjectTypePair &pair, const QString &text) const;
    bool write(Call<ChangeOutcome> *call);
    int createLabel(const QString &label, const QString &inverse = {});
    // The newest record, as the model lists it.
    ChangeRecord newest() const;
    // Clicks Undo in the panel for `id` and confirms; true once the undo has ended well.
    bool undoViaPanel(qint64 id);
    bool confirmAndWait(QSignalSpy &finished);

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<DemoPortal> m_portal;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAppHistory::initTestCase() {
    test::keepSettingsIn(m_dir.path());
}

void TestAppHistory::init() {
    test::startDemoWithHistory(m_dir, m_store, m_portal);
    if (QTest::currentTestFailed())
        return;
    m_window = std::make_unique<MainWindow>();
    m_window->setHistory(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClientConfig config = m_portal->config();
    config.connection.maxRetries = 1;
    config.connection.backoffBaseMs = 10;
    config.connection.backoffCapMs = 50;
    config.connection.timeoutMs = 5000;
    m_window->connectTo(config);
    controller()->setProfileName(QStringLiteral("Demo sandbox"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(session()->connectionState() == models::PortalSession::ConnectionState::Connected);
    QTRY_VERIFY(session()->schema().portal.portalId != 0);
    session()->ensurePairLoaded(kPair);
    QTRY_VERIFY(session()->isPairLoaded(kPair) && session()->isPairLoaded(kPair.reversed()));
}

void TestAppHistory::cleanup() {
    m_tester.reset();
    m_window.reset();
    m_portal.reset();
    m_store.reset();
}

const fake::FakeAssociationType *TestAppHistory::fakeLabel(const ObjectTypePair &pair,
                                                           const QString &text) const {
    for (const auto &t : m_portal->server()->state().associationTypes()) {
        if (t.fromId == pair.fromId && t.toId == pair.toId && t.label == text)
            return &t;
    }
    return nullptr;
}

std::optional<int> TestAppHistory::fakeLimit(const ObjectTypePair &pair,
                                             const QString &text) const {
    const auto *label = fakeLabel(pair, text);
    if (!label)
        return std::nullopt;
    return fakeState().limit(pair.fromId, pair.toId, kUser, label->typeId);
}

bool TestAppHistory::write(Call<ChangeOutcome> *call) {
    const auto result = test::await(call);
    if (!test::written(result)) {
        qWarning("write failed: %s", test::whyNot(result).constData());
        return false;
    }
    return true;
}

int TestAppHistory::createLabel(const QString &label, const QString &inverse) {
    LabelCreateRequest request{Validation::suggestName(label, inverse), label,
                               inverse.isEmpty() ? std::nullopt : std::optional(inverse)};
    if (!write(test::createLabel(*session(), kPair, request)))
        return 0;
    const auto *created = fakeLabel(kPair, label);
    return created ? created->typeId : 0;
}

ChangeRecord TestAppHistory::newest() const {
    const auto record = model()->recordAt(0);
    return record ? *record : ChangeRecord();
}

bool TestAppHistory::confirmAndWait(QSignalSpy &finished) {
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                box = m_window->findChild<QMessageBox *>(QStringLiteral("undoConfirm"));
                return box && box->isVisible();
            },
            5000))
        return false;
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("undoConfirmButton"));
    if (!confirm)
        return false;
    QTest::mouseClick(confirm, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 15000))
        return false;
    const auto error = finished.last().at(1).value<std::optional<ApiError>>();
    if (error)
        qWarning("undo failed: %s", qPrintable(error->details()));
    return !error;
}

bool TestAppHistory::undoViaPanel(qint64 id) {
    HistoryPanel *panel = controller()->panel();
    if (!panel->isVisible()) {
        QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("showHistory"));
        if (!toggle)
            return false;
        toggle->trigger();
    }
    if (!panel->selectRecord(id))
        return false;
    if (!panel->undoButton()->isEnabled()) {
        qWarning("Undo is disabled: %s", qPrintable(panel->undoButton()->toolTip()));
        return false;
    }
    QSignalSpy finished(controller(), &HistoryController::undoFinished);
    QTest::mouseClick(panel->undoButton(), Qt::LeftButton);
    return confirmAndWait(finished);
}

void TestAppHistory::createIsRecordedAndUndoDeletesIt() {
    const int typeId = createLabel(QStringLiteral("Auditor"), QStringLiteral("Audited company"));
    QVERIFY(typeId > 0);
    QCOMPARE(model()->rowCount(), 1);
    const ChangeRecord created = newest();
    QCOMPARE(created.change.kind, PlanChange::Kind::CreateLabel);
    QCOMPARE(created.origin, ChangeRecord::Origin::App);
    QCOMPARE(created.profile, QStringLiteral("Demo sandbox"));
    QCOMPARE(created.portalId, session()->schema().portal.portalId);
    QCOMPARE(created.change.targetKey.typeId, typeId);
    QCOMPARE(model()->index(0, HistoryTableModel::ChangeColumn).data().toString(),
             QStringLiteral("Create label “Auditor” / “Audited company” (contacts → companies)"));
    QVERIFY(model()
                ->index(0, HistoryTableModel::AfterColumn)
                .data()
                .toString()
                .contains(QString::number(typeId)));
    QCOMPARE(model()->index(0, HistoryTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("Succeeded"));

    QVERIFY(undoViaPanel(created.id));
    QVERIFY(!fakeLabel(kPair, QStringLiteral("Auditor")));
    QVERIFY(!fakeLabel(kPair.reversed(), QStringLiteral("Audited company")));
    // The undo is in the history too, and the change now reads as undone.
    QCOMPARE(model()->rowCount(), 2);
    const ChangeRecord undo = newest();
    QCOMPARE(undo.change.kind, PlanChange::Kind::DeleteLabel);
    QCOMPARE(undo.origin, ChangeRecord::Origin::Undo);
    QCOMPARE(undo.undoOf, created.id);
    QVERIFY(model()
                ->index(0, HistoryTableModel::ChangeColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Undo #%1").arg(created.id)));
    const int row = model()->rowOf(created.id);
    QCOMPARE(model()->index(row, HistoryTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("Succeeded, undone"));
    QVERIFY(controller()->panel()->selectRecord(created.id));
    QVERIFY(!controller()->panel()->undoButton()->isEnabled());
}

void TestAppHistory::deleteIsUndoneWithItsLimits() {
    const int typeId = createLabel(QStringLiteral("Billing"), QStringLiteral("Billed company"));
    QVERIFY(typeId > 0);
    const int inverseId = fakeLabel(kPair.reversed(), QStringLiteral("Billed company"))->typeId;
    QVERIFY(
        write(test::setLimit(*session(), kPair, {AssociationCategory::UserDefined, typeId}, 2)));
    QVERIFY(write(test::setLimit(*session(), kPair.reversed(),
                                 {AssociationCategory::UserDefined, inverseId}, 5)));
    QVERIFY(
        write(test::deleteLabel(*session(), kPair, {AssociationCategory::UserDefined, typeId})));
    QVERIFY(!fakeLabel(kPair, QStringLiteral("Billing")));

    const ChangeRecord deleted = newest();
    QCOMPARE(deleted.change.kind, PlanChange::Kind::DeleteLabel);
    QCOMPARE(deleted.change.labelBefore, QStringLiteral("Billing"));
    QCOMPARE(deleted.change.inverseLabelBefore, std::optional(QStringLiteral("Billed company")));
    QCOMPARE(deleted.change.limitBefore, std::optional(2));
    QCOMPARE(deleted.change.inverseLimitBefore, std::optional(5));
    QCOMPARE(model()->rowCount(), 4);

    QVERIFY(undoViaPanel(deleted.id));
    QVERIFY(fakeLabel(kPair, QStringLiteral("Billing")));
    QVERIFY(fakeLabel(kPair.reversed(), QStringLiteral("Billed company")));
    QCOMPARE(fakeLimit(kPair, QStringLiteral("Billing")), std::optional(2));
    QCOMPARE(fakeLimit(kPair.reversed(), QStringLiteral("Billed company")), std::optional(5));
    // Created again, then both limits: three records, each an undo of the deletion.
    QCOMPARE(model()->rowCount(), 7);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model()->recordAt(row)->origin, ChangeRecord::Origin::Undo);
        QCOMPARE(model()->recordAt(row)->undoOf, deleted.id);
    }
    QCOMPARE(model()->recordAt(2)->change.kind, PlanChange::Kind::CreateLabel);
}

void TestAppHistory::renameIsUndoneToTheOldText() {
    const int typeId = createLabel(QStringLiteral("Owner"), QStringLiteral("Owned company"));
    QVERIFY(typeId > 0);
    QVERIFY(write(test::renameLabel(*session(), kPair, {AssociationCategory::UserDefined, typeId},
                                    QStringLiteral("Holder"), QStringLiteral("Held company"))));
    QVERIFY(fakeLabel(kPair, QStringLiteral("Holder")));
    const ChangeRecord renamed = newest();
    QCOMPARE(renamed.change.labelBefore, QStringLiteral("Owner"));
    QCOMPARE(renamed.change.inverseLabelBefore, std::optional(QStringLiteral("Owned company")));
    QCOMPARE(model()->index(0, HistoryTableModel::BeforeColumn).data().toString(),
             QStringLiteral("“Owner” / “Owned company”"));

    QVERIFY(undoViaPanel(renamed.id));
    QVERIFY(fakeLabel(kPair, QStringLiteral("Owner")));
    QVERIFY(fakeLabel(kPair.reversed(), QStringLiteral("Owned company")));
    QVERIFY(!fakeLabel(kPair, QStringLiteral("Holder")));
    QCOMPARE(newest().change.kind, PlanChange::Kind::RenameLabel);
    QCOMPARE(newest().undoOf, renamed.id);
}

void TestAppHistory::setLimitIsUndoneToTheOldLimitOrNone() {
    const int typeId = createLabel(QStringLiteral("Advisor"));
    QVERIFY(typeId > 0);
    const LabelKey key{AssociationCategory::UserDefined, typeId};
    QVERIFY(write(test::setLimit(*session(), kPair, key, 3)));
    const ChangeRecord fresh = newest();
    QCOMPARE(fresh.change.limitBefore, std::nullopt);
    QVERIFY(write(test::setLimit(*session(), kPair, key, 7)));
    const ChangeRecord changed = newest();
    QCOMPARE(changed.change.limitBefore, std::optional(3));
    QCOMPARE(changed.change.limitAfter, std::optional(7));
    QCOMPARE(fakeLimit(kPair, QStringLiteral("Advisor")), std::optional(7));

    QVERIFY(undoViaPanel(changed.id));
    QCOMPARE(fakeLimit(kPair, QStringLiteral("Advisor")), std::optional(3));
    QVERIFY(undoViaPanel(fresh.id));
    QCOMPARE(fakeLimit(kPair, QStringLiteral("Advisor")), std::nullopt);
    QCOMPARE(newest().change.kind, PlanChange::Kind::RemoveLimit);
    QCOMPARE(newest().undoOf, fresh.id);
}

void TestAppHistory::removeLimitIsUndoneByUndoLastChange() {
    const int typeId = createLabel(QStringLiteral("Reseller"));
    QVERIFY(typeId > 0);
    QVERIFY(
        write(test::setLimit(*session(), kPair, {AssociationCategory::UserDefined, typeId}, 6)));
    QVERIFY(write(test::setLimit(*session(), kPair, {AssociationCategory::UserDefined, typeId},
                                 std::nullopt)));
    QCOMPARE(fakeLimit(kPair, QStringLiteral("Reseller")), std::nullopt);
    const ChangeRecord removed = newest();
    QCOMPARE(removed.change.kind, PlanChange::Kind::RemoveLimit);
    QCOMPARE(removed.change.limitBefore, std::optional(6));

    QAction *undoLast = m_window->actions()->undoLastChange();
    QTRY_VERIFY(undoLast->isEnabled());
    QSignalSpy finished(controller(), &HistoryController::undoFinished);
    undoLast->trigger();
    QVERIFY(confirmAndWait(finished));
    QCOMPARE(finished.first().at(0).toLongLong(), removed.id);
    QCOMPARE(fakeLimit(kPair, QStringLiteral("Reseller")), std::optional(6));
    QCOMPARE(newest().change.kind, PlanChange::Kind::SetLimit);
    QCOMPARE(newest().undoOf, removed.id);
}

void TestAppHistory::failedWriteIsRecordedAndCannotBeUndone() {
    const int typeId = createLabel(QStringLiteral("Agent"));
    QVERIFY(typeId > 0);
    // HubSpot refuses the new text (stricter than the app's own check).
    m_portal->server()->config().maxLabelLength = 10;
    const auto result =
        test::await(test::renameLabel(*session(), kPair, {AssociationCategory::UserDefined, typeId},
                                      QStringLiteral("Registered agent")));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, ChangeOutcome::Status::Failed);
    const ApiError error = *result->value().error;
    QCOMPARE(model()->rowCount(), 2);
    const ChangeRecord failed = newest();
    QCOMPARE(failed.outcome, ChangeRecord::Outcome::Failed);
    QVERIFY(!failed.message.isEmpty());
    QCOMPARE(failed.message, error.message);
    QVERIFY(!failed.correlationId.isEmpty());
    QCOMPARE(failed.correlationId, error.correlationId);
    QVERIFY(model()
                ->index(0, HistoryTableModel::OutcomeColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Failed")));
    QVERIFY(controller()->panel()->selectRecord(failed.id));
    QVERIFY(!controller()->panel()->undoButton()->isEnabled());
    QSignalSpy refused(controller(), &HistoryController::undoRefused);
    controller()->undo(failed.id);
    QCOMPARE(refused.count(), 1);
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("undoConfirm")));
}

// Undo never overwrites what someone else changed after the change being undone: the label was
// renamed by another admin, so the undo writes nothing, says what it reads now, and the history
// records the undo as skipped.
void TestAppHistory::undoOfALabelSomeoneChangedSinceIsRefused() {
    const int typeId = createLabel(QStringLiteral("Owner"), QStringLiteral("Owned company"));
    QVERIFY(typeId > 0);
    QVERIFY(write(test::renameLabel(*session(), kPair, {AssociationCategory::UserDefined, typeId},
                                    QStringLiteral("Holder"))));
    const ChangeRecord renamed = newest();
    QVERIFY(!fakeState().renameLabel(kPair.fromId, kPair.toId, typeId,
                                     QStringLiteral("Someone else's label"), {},
                                     m_portal->server()->config()));
    QVERIFY(controller()->panel()->selectRecord(renamed.id));
    QSignalSpy finished(controller(), &HistoryController::undoFinished);
    controller()->undo(renamed.id);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("undoConfirm"))) &&
                box->isVisible());
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("undoConfirmButton"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto error = finished.first().at(1).value<std::optional<ApiError>>();
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Conflict);
    QVERIFY2(error->message.contains(QStringLiteral("Someone else's label")),
             qPrintable(error->message));
    QVERIFY(fakeLabel(kPair, QStringLiteral("Someone else's label")));
    QVERIFY(!fakeLabel(kPair, QStringLiteral("Owner")));
    QTRY_COMPARE(newest().outcome, ChangeRecord::Outcome::Skipped);
    QCOMPARE(newest().undoOf, renamed.id);
    QVERIFY(newest().message.contains(QStringLiteral("Someone else's label")));
    QVERIFY(model()
                ->index(0, HistoryTableModel::OutcomeColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Skipped")));
}

void TestAppHistory::changeOfAnotherPortalIsRefusedWithItsProfile() {
    ChangeRecord other;
    other.profile = QStringLiteral("Production");
    other.portalId = 424242;
    other.pair = kPair;
    other.change.kind = PlanChange::Kind::SetLimit;
    other.change.fromType = QStringLiteral("contacts");
    other.change.toType = QStringLiteral("companies");
    other.change.targetKey = {AssociationCategory::UserDefined, 5};
    other.change.labelText = QStringLiteral("Elsewhere");
    other.change.limitAfter = 2;
    m_store->record(other);
    const qint64 id = m_store->lastRecordedId();
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(controller()->panel()->selectRecord(id));
    QVERIFY(!controller()->panel()->undoButton()->isEnabled());
    QVERIFY(controller()->panel()->undoButton()->toolTip().contains(QStringLiteral("Production")));
    QVERIFY(!m_window->actions()->undoLastChange()->isEnabled());

    QSignalSpy refused(controller(), &HistoryController::undoRefused);
    controller()->undo(id);
    QCOMPARE(refused.count(), 1);
    const QString reason = refused.first().at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("424242")) &&
                 reason.contains(QStringLiteral("Production")),
             qPrintable(reason));
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("undoRefused")));
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("undoConfirm")));
}

void TestAppHistory::filterAndCopyDetails() {
    QVERIFY(createLabel(QStringLiteral("Partner")) > 0);
    QVERIFY(createLabel(QStringLiteral("Supplier")) > 0);
    QVERIFY(write(test::renameLabel(
        *session(), kPair,
        {AssociationCategory::UserDefined, fakeLabel(kPair, QStringLiteral("Supplier"))->typeId},
        QStringLiteral("Vendor"))));
    QCOMPARE(model()->rowCount(), 3);
    HistoryPanel *panel = controller()->panel();
    m_window->findChild<QAction *>(QStringLiteral("showHistory"))->trigger();
    QTRY_VERIFY(panel->isVisible());

    panel->filterEdit()->setFocus();
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("partner"));
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->recordAt(0)->change.labelText, QStringLiteral("Partner"));
    panel->filterEdit()->clear();
    QCOMPARE(model()->rowCount(), 3);

    panel->filterCombo()->setCurrentIndex(
        panel->filterCombo()->findText(QStringLiteral("Renames")));
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->recordAt(0)->change.kind, PlanChange::Kind::RenameLabel);

    QVERIFY(panel->selectRecord(model()->recordAt(0)->id));
    QVERIFY(panel->copyButton()->isEnabled());
    QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Rename label “Supplier” to “Vendor”")),
             qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("Demo sandbox")));
}

QTEST_MAIN(TestAppHistory)
#include "test_app_history.moc"
