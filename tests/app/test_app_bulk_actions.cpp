// SPDX-License-Identifier: MIT
// Several labels at once in the main window, against the demo portal over loopback HTTP, driven
// the way a user would: rows picked with Ctrl+click, actions by their shortcuts and the table's
// context menu, the real confirmation dialogs. Also what the table copies to the clipboard.

#include "DemoWithHistory.h"
#include "FakeHubSpotServer.h"
#include "app/ActionSet.h"
#include "app/LabelTablePanel.h"
#include "app/MainWindow.h"
#include "app/PairTreePanel.h"
#include "app/dialogs/BulkChangeList.h"
#include "app/dialogs/BulkLimitDialog.h"
#include "app/dialogs/DeleteLabelDialog.h"
#include "app/dialogs/ErrorPanel.h"
#include "app/dialogs/LabelDialog.h"
#include "app/dialogs/LimitDialog.h"
#include "app/dialogs/LimitImpactPanel.h"
#include "demo/DemoPortal.h"
#include "history/HistoryStore.h"
#include "models/LabelTableModel.h"
#include "models/PortalSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace assoc;
using namespace assoc::app;
using demo::DemoPortal;
using history::HistoryStore;
using models::LabelTableModel;

namespace {
const ObjectTypePair kPair{QStringLiteral("0-1"), QStringLiteral("0-2")};
const QString kUser = QStringLiteral("USER_DEFINED");
const QString kHubSpot = QStringLiteral("HUBSPOT_DEFINED");
} // namespace

class TestAppBulkActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowTheSelection();
    void deleteThreeLabelsWithOneConfirmation();
    void setOneLimitOnTwoLabels();
    void removeLimitsOfTwoAfterConfirmation();
    void itemSomeoneChangedIsLeftAloneTheOthersApplied();
    void stopLetsTheChangeInFlightFinish();
    void copyTypeIdJsonCommandAndApiDetails();
    void focusReturnsToTheTableAfterEveryDialog();

private:
    fake::FakePortalState &fakeState() const { return m_portal->server()->state(); }
    const fake::FakeAssociationType *fakeLabel(const QString &from, const QString &to,
                                               const QString &text) const;
    int typeIdOf(const QString &text) const;
    QTableView *table() const { return m_window->tablePanel()->tableView(); }
    // Clicks the rows showing these labels, Ctrl held after the first, as a person selects.
    void clickRows(const QStringList &labels);
    template <typename Dialog> Dialog *waitForDialog();
    static QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which);
    static void clickOk(QDialog *dialog);
    // Opens the table's context menu on the current row and clicks `action` in it.
    bool chooseFromContextMenu(QAction *action);
    QList<ChangeRecord> records(PlanChange::Kind kind) const;
    // Once the window is active again (the window manager's part, done here by hand), the
    // keyboard is in the table.
    bool tableHasFocus();

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<DemoPortal> m_portal;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppBulkActions::initTestCase() {
    test::keepSettingsIn(m_dir.path());
}

void TestAppBulkActions::init() {
    test::startDemoWithHistory(m_dir, m_store, m_portal);
    if (QTest::currentTestFailed())
        return;
    // Contacts → Companies gets two more paired labels besides the demo's "Billing contact".
    const fake::FakeConfig &config = m_portal->server()->config();
    QVERIFY(!fakeState().createLabel(kPair.fromId, kPair.toId, QStringLiteral("auditor"),
                                     QStringLiteral("Auditor"), QStringLiteral("Audited company"),
                                     config));
    QVERIFY(!fakeState().createLabel(kPair.fromId, kPair.toId, QStringLiteral("reseller"),
                                     QStringLiteral("Reseller"), QStringLiteral("Resold by"),
                                     config));
    m_window = std::make_unique<MainWindow>();
    m_window->setHistory(m_store.get());
    ClientConfig client = m_portal->config();
    client.connection.maxRetries = 1;
    client.connection.backoffBaseMs = 10;
    client.connection.backoffCapMs = 50;
    client.connection.timeoutMs = 5000;
    m_window->connectTo(client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_window->session()->schema().portal.portalId != 0);
    QVERIFY(m_window->selectPair(kPair));
    QTRY_VERIFY(m_window->session()->isPairLoaded(kPair) &&
                m_window->session()->isPairLoaded(kPair.reversed()));
    QTRY_VERIFY(m_window->tableModel()->rowOf(
                    {AssociationCategory::UserDefined, typeIdOf(QStringLiteral("Reseller"))}) >= 0);
    QTRY_VERIFY(table()->isVisible());
}

void TestAppBulkActions::cleanup() {
    m_window.reset();
    m_portal.reset();
    m_store.reset();
}

const fake::FakeAssociationType *
TestAppBulkActions::fakeLabel(const QString &from, const QString &to, const QString &text) const {
    for (const auto &t : fakeState().associationTypes()) {
        if (t.fromId == from && t.toId == to && t.label == text)
            return &t;
    }
    return nullptr;
}

int TestAppBulkActions::typeIdOf(const QString &text) const {
    const auto *t = fakeLabel(kPair.fromId, kPair.toId, text);
    return t ? t->typeId : 0;
}

void TestAppBulkActions::clickRows(const QStringList &labels) {
    const LabelTableModel *model = m_window->tableModel();
    auto *proxy = m_window->tablePanel()->proxy();
    bool first = true;
    for (const QString &text : labels) {
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, LabelTableModel::LabelColumn).data().toString() == text)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(text));
        const QModelIndex index =
            proxy->mapFromSource(model->index(row, LabelTableModel::TypeIdColumn));
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton,
                          first ? Qt::KeyboardModifiers() : Qt::ControlModifier,
                          table()->visualRect(index).center());
        first = false;
    }
    QCOMPARE(m_window->tablePanel()->selectedLabels().size(), labels.size());
}

template <typename Dialog> Dialog *TestAppBulkActions::waitForDialog() {
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

QPushButton *TestAppBulkActions::button(QDialog *dialog, QDialogButtonBox::StandardButton which) {
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    return buttons ? buttons->button(which) : nullptr;
}

void TestAppBulkActions::clickOk(QDialog *dialog) {
    QPushButton *ok = button(dialog, QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

bool TestAppBulkActions::chooseFromContextMenu(QAction *action) {
    bool chosen = false;
    // The menu runs its own loop: find it once it is shown and click the action in it.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [&chosen, poll, action] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        const QRect where = menu->actionGeometry(action);
        if (where.isEmpty()) {
            menu->close();
            return;
        }
        chosen = true;
        QTest::mouseClick(menu, Qt::LeftButton, {}, where.center());
    });
    poll->start(20);
    const QRect row = table()->visualRect(table()->currentIndex());
    QContextMenuEvent event(QContextMenuEvent::Mouse, row.center(),
                            table()->viewport()->mapToGlobal(row.center()));
    QApplication::sendEvent(table()->viewport(), &event);
    return chosen;
}

bool TestAppBulkActions::tableHasFocus() {
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return QTest::qWaitFor([this] { return table()->hasFocus(); }, 2000);
}

QList<ChangeRecord> TestAppBulkActions::records(PlanChange::Kind kind) const {
    history::HistoryFilter filter;
    filter.kind = kind;
    return m_store->query(filter);
}

// What can be done follows what is selected, and each disabled action says why.
void TestAppBulkActions::actionsFollowTheSelection() {
    ActionSet *actions = m_window->actions();
    clickRows({QStringLiteral("Primary"), QStringLiteral("Billing contact")});
    QVERIFY(!actions->editLabel()->isEnabled());
    QVERIFY2(actions->editLabel()->toolTip().contains(QStringLiteral("one label")),
             qPrintable(actions->editLabel()->toolTip()));
    QVERIFY(!actions->deleteLabel()->isEnabled());
    QVERIFY2(actions->deleteLabel()->toolTip().contains(QStringLiteral("HubSpot")),
             qPrintable(actions->deleteLabel()->toolTip()));
    QVERIFY(actions->setLimit()->isEnabled());
    QVERIFY(actions->removeLimit()->isEnabled()); // Billing contact has one
    QVERIFY(actions->copyTypeIds()->isEnabled());

    clickRows({QStringLiteral("Auditor"), QStringLiteral("Reseller")});
    QVERIFY(actions->deleteLabel()->isEnabled());
    QVERIFY(!actions->removeLimit()->isEnabled());
    QVERIFY2(actions->removeLimit()->toolTip().contains(QStringLiteral("no limit")),
             qPrintable(actions->removeLimit()->toolTip()));

    // Every action of the Labels menu has a shortcut the menu shows.
    for (QAction *action :
         {actions->newLabel(), actions->editLabel(), actions->deleteLabel(), actions->setLimit(),
          actions->removeLimit(), actions->copyTypeIds(), actions->copyJson(),
          actions->copyCommands(), actions->copyApiDetails(), actions->undoLastChange()})
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
}

// Three labels picked with Ctrl+click, Delete pressed once, one confirmation listing them with
// both directions: afterwards the portal lacks all three in both directions, and the history
// has one record for each.
void TestAppBulkActions::deleteThreeLabelsWithOneConfirmation() {
    const QStringList labels{QStringLiteral("Billing contact"), QStringLiteral("Auditor"),
                             QStringLiteral("Reseller")};
    QList<int> ids;
    for (const QString &l : labels)
        ids.append(typeIdOf(l));
    clickRows(labels);
    QTest::keyClick(table(), Qt::Key_Delete);
    QPointer<DeleteLabelDialog> dialog = waitForDialog<DeleteLabelDialog>();
    QVERIFY(dialog);
    QCOMPARE(m_window->findChildren<DeleteLabelDialog *>().size(), 1);
    BulkChangeList *list = dialog->changeList();
    QCOMPARE(list->count(), 3);
    const QString everything = [list] {
        QStringList rows;
        for (int i = 0; i < list->count(); ++i) {
            const QTreeWidgetItem *item = list->view()->topLevelItem(i);
            rows << item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') +
                        item->text(2);
        }
        return rows.join(QLatin1Char('\n'));
    }();
    for (const QString &pairedText :
         {QStringLiteral("“Billing contact” / “Billing company”"),
          QStringLiteral("“Auditor” / “Audited company”"),
          QStringLiteral("“Reseller” / “Resold by”"), QStringLiteral("at most 2 record")})
        QVERIFY2(everything.contains(pairedText), qPrintable(everything));
    for (const int id : ids)
        QVERIFY2(everything.contains(QString::number(id)), qPrintable(everything));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Delete")));

    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    for (const auto &[forward, inverse] :
         {std::pair{QStringLiteral("Billing contact"), QStringLiteral("Billing company")},
          std::pair{QStringLiteral("Auditor"), QStringLiteral("Audited company")},
          std::pair{QStringLiteral("Reseller"), QStringLiteral("Resold by")}}) {
        QVERIFY2(!fakeLabel(kPair.fromId, kPair.toId, forward), qPrintable(forward));
        QVERIFY2(!fakeLabel(kPair.toId, kPair.fromId, inverse), qPrintable(inverse));
    }
    QTRY_VERIFY(m_window->tablePanel()->selectedLabels().isEmpty() ||
                m_window->tableModel()->rowOf({AssociationCategory::UserDefined, ids.first()}) < 0);
    const QList<ChangeRecord> deleted = records(PlanChange::Kind::DeleteLabel);
    QCOMPARE(deleted.size(), 3);
    QSet<int> recorded;
    for (const ChangeRecord &r : deleted) {
        QCOMPARE(r.outcome, ChangeRecord::Outcome::Succeeded);
        recorded.insert(r.change.targetKey.typeId);
    }
    QCOMPARE(recorded, QSet<int>(ids.begin(), ids.end()));
}

// Two labels, one with a limit and one without, get the same limit from one dialog.
void TestAppBulkActions::setOneLimitOnTwoLabels() {
    clickRows({QStringLiteral("Billing contact"), QStringLiteral("Auditor")});
    QTest::keyClick(table(), Qt::Key_L, Qt::ControlModifier);
    QPointer<BulkLimitDialog> dialog = waitForDialog<BulkLimitDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->changeList()->count(), 2);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("limitSpin"));
    QTRY_COMPARE(QApplication::focusWidget(), spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("7"));
    QCOMPARE(dialog->value(), std::optional<int>(7));
    // Tighter than "no limit" for Auditor: the records at or near the limit are shown.
    auto *impact = dialog->findChild<LimitImpactPanel *>(QStringLiteral("impactPanel"));
    QTRY_VERIFY2(impact->hasReport(), qPrintable(impact->text()));
    QVERIFY2(impact->text().contains(QStringLiteral("at the limit")), qPrintable(impact->text()));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    for (const QString &l : {QStringLiteral("Billing contact"), QStringLiteral("Auditor")})
        QCOMPARE(fakeState().limit(kPair.fromId, kPair.toId, kUser, typeIdOf(l)),
                 std::optional<int>(7));
    // The reverse directions are left as they were.
    const auto *inverse = fakeLabel(kPair.toId, kPair.fromId, QStringLiteral("Audited company"));
    QCOMPARE(fakeState().limit(kPair.toId, kPair.fromId, kUser, inverse->typeId), std::nullopt);
    QCOMPARE(records(PlanChange::Kind::SetLimit).size(), 2);
    const int row = m_window->tableModel()->rowOf(
        {AssociationCategory::UserDefined, typeIdOf(QStringLiteral("Auditor"))});
    QTRY_COMPARE(m_window->tableModel()->index(row, LabelTableModel::LimitColumn).data().toInt(),
                 7);
}

// Remove limit asks first, shows the records at or near the limit, then removes both.
void TestAppBulkActions::removeLimitsOfTwoAfterConfirmation() {
    clickRows({QStringLiteral("Billing contact"), QStringLiteral("Unlabeled")});
    QTest::keyClick(table(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<BulkLimitDialog> dialog = waitForDialog<BulkLimitDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->purpose(), BulkLimitDialog::Purpose::RemoveLimit);
    QCOMPARE(dialog->changeList()->count(), 2);
    // Nothing is removed before the person confirms.
    QCOMPARE(fakeState().limit(kPair.fromId, kPair.toId, kHubSpot, 279), std::optional<int>(25));
    auto *impact = dialog->findChild<LimitImpactPanel *>(QStringLiteral("impactPanel"));
    QTRY_VERIFY2(impact->hasReport(), qPrintable(impact->text()));
    QVERIFY2(impact->text().contains(QStringLiteral("at the limit")), qPrintable(impact->text()));
    QVERIFY(impact->samples()->count() > 0);
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QCOMPARE(fakeState().limit(kPair.fromId, kPair.toId, kHubSpot, 279), std::nullopt);
    QCOMPARE(fakeState().limit(kPair.fromId, kPair.toId, kUser,
                               typeIdOf(QStringLiteral("Billing contact"))),
             std::nullopt);
    QCOMPARE(records(PlanChange::Kind::RemoveLimit).size(), 2);
    QTRY_VERIFY(!m_window->actions()->removeLimit()->isEnabled());
}

// Someone renames one of three labels while the confirmation is open: that one is left alone
// and says what it reads now, the other two are deleted, the dialog stays open; confirming
// again deletes the renamed one as it is now shown.
void TestAppBulkActions::itemSomeoneChangedIsLeftAloneTheOthersApplied() {
    clickRows(
        {QStringLiteral("Billing contact"), QStringLiteral("Auditor"), QStringLiteral("Reseller")});
    m_window->actions()->deleteLabel()->trigger();
    QPointer<DeleteLabelDialog> dialog = waitForDialog<DeleteLabelDialog>();
    QVERIFY(dialog);
    const int auditor = typeIdOf(QStringLiteral("Auditor"));
    QVERIFY(!fakeState().renameLabel(kPair.fromId, kPair.toId, auditor,
                                     QStringLiteral("Someone else's label"), {},
                                     m_portal->server()->config()));
    clickOk(dialog);
    BulkChangeList *list = dialog->changeList();
    QTRY_VERIFY(!dialog->isRunning() && list->status(2).has_value());
    QVERIFY(dialog->isVisible());
    QCOMPARE(list->status(0), std::optional(ChangeOutcome::Status::Applied));
    QCOMPARE(list->status(1), std::optional(ChangeOutcome::Status::Conflict));
    QCOMPARE(list->status(2), std::optional(ChangeOutcome::Status::Applied));
    QVERIFY2(list->outcomeText(1).contains(QStringLiteral("Someone else's label")),
             qPrintable(list->outcomeText(1)));
    QVERIFY2(list->summary().contains(QStringLiteral("2 applied")), qPrintable(list->summary()));
    QVERIFY(!dialog->findChild<ErrorPanel *>()->message().isEmpty());
    QVERIFY(!fakeLabel(kPair.fromId, kPair.toId, QStringLiteral("Billing contact")));
    QVERIFY(!fakeLabel(kPair.fromId, kPair.toId, QStringLiteral("Reseller")));
    QVERIFY(fakeLabel(kPair.fromId, kPair.toId, QStringLiteral("Someone else's label")));
    // The list shows the label as it reads now: that is what confirming again deletes.
    QVERIFY2(list->view()->topLevelItem(1)->text(0).contains(QStringLiteral("Someone else's")),
             qPrintable(list->view()->topLevelItem(1)->text(0)));
    // One record per item: two deletions and the one left alone.
    const QList<ChangeRecord> firstRun = records(PlanChange::Kind::DeleteLabel);
    QCOMPARE(firstRun.size(), 3);
    QCOMPARE(std::count_if(
                 firstRun.begin(), firstRun.end(),
                 [](const ChangeRecord &r) { return r.outcome == ChangeRecord::Outcome::Skipped; }),
             1);

    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QVERIFY(!fakeLabel(kPair.fromId, kPair.toId, QStringLiteral("Someone else's label")));
    QCOMPARE(records(PlanChange::Kind::DeleteLabel).size(), 4);
}

// Stop while three deletions run: the one being made finishes, the others are not started and
// say so; the dialog stays open.
void TestAppBulkActions::stopLetsTheChangeInFlightFinish() {
    clickRows(
        {QStringLiteral("Billing contact"), QStringLiteral("Auditor"), QStringLiteral("Reseller")});
    m_window->actions()->deleteLabel()->trigger();
    QPointer<DeleteLabelDialog> dialog = waitForDialog<DeleteLabelDialog>();
    QVERIFY(dialog);
    clickOk(dialog);
    QVERIFY(dialog->isRunning());
    QPushButton *stop = button(dialog, QDialogButtonBox::Cancel);
    QVERIFY(stop->text().contains(QStringLiteral("Stop")));
    QTest::mouseClick(stop, Qt::LeftButton);
    BulkChangeList *list = dialog->changeList();
    QTRY_VERIFY(!dialog->isRunning());
    QVERIFY(dialog->isVisible());
    QCOMPARE(list->status(0), std::optional(ChangeOutcome::Status::Applied));
    QCOMPARE(list->status(1), std::optional(ChangeOutcome::Status::Cancelled));
    QCOMPARE(list->status(2), std::optional(ChangeOutcome::Status::Cancelled));
    QVERIFY(!fakeLabel(kPair.fromId, kPair.toId, QStringLiteral("Billing contact")));
    QVERIFY(fakeLabel(kPair.fromId, kPair.toId, QStringLiteral("Auditor")));
    QVERIFY(fakeLabel(kPair.fromId, kPair.toId, QStringLiteral("Reseller")));
    QCOMPARE(records(PlanChange::Kind::DeleteLabel).size(), 1);
    QVERIFY(stop->text().contains(QStringLiteral("Close")));
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
}

// Ctrl+C copies the typeIds; the context menu and its shortcuts copy the rows as JSON, the
// assocctl commands and the API details. No secret is ever copied.
void TestAppBulkActions::copyTypeIdJsonCommandAndApiDetails() {
    QClipboard *clipboard = QGuiApplication::clipboard();
    const int billing = typeIdOf(QStringLiteral("Billing contact"));
    const int inverse =
        fakeLabel(kPair.toId, kPair.fromId, QStringLiteral("Billing company"))->typeId;
    clickRows({QStringLiteral("Billing contact")});
    clipboard->clear();
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QString::number(billing));

    clickRows({QStringLiteral("Billing contact"), QStringLiteral("Auditor")});
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("%1\n%2")
                                    .arg(qMin(billing, typeIdOf(QStringLiteral("Auditor"))))
                                    .arg(qMax(billing, typeIdOf(QStringLiteral("Auditor")))));

    // JSON, from the context menu: the shape `assocctl labels --json` prints.
    clickRows({QStringLiteral("Billing contact")});
    clipboard->clear();
    QVERIFY(chooseFromContextMenu(m_window->actions()->copyJson()));
    QTRY_VERIFY(!clipboard->text().isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(clipboard->text().toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("fromObjectTypeId")).toString(), kPair.fromId);
    QCOMPARE(json.value(QStringLiteral("toObjectTypeId")).toString(), kPair.toId);
    const QJsonArray rows = json.value(QStringLiteral("labels")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("typeId")).toInt(), billing);
    QCOMPARE(row.value(QStringLiteral("category")).toString(), kUser);
    QCOMPARE(row.value(QStringLiteral("label")).toString(), QStringLiteral("Billing contact"));
    QCOMPARE(row.value(QStringLiteral("limit")).toInt(), 2);

    // The assocctl commands, by their shortcut, quoted for a POSIX shell.
    QVERIFY(tableHasFocus()); // once the window is active again after the menu
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(),
             QStringLiteral("assocctl create-label contacts companies --label 'Billing contact' "
                            "--inverse-label 'Billing company'\n"
                            "assocctl set-limit contacts companies %1 2")
                 .arg(billing));

    // API details, from the context menu: ids, category, inverse and the endpoints on the
    // portal's own base URL.
    clipboard->clear();
    QVERIFY(chooseFromContextMenu(m_window->actions()->copyApiDetails()));
    QTRY_VERIFY(!clipboard->text().isEmpty());
    const QString details = clipboard->text();
    const QString base = m_portal->config().baseUrl.toString();
    for (const QString &expected :
         {QStringLiteral("associationTypeId: %1").arg(billing),
          QStringLiteral("associationCategory: USER_DEFINED"),
          QStringLiteral("fromObjectTypeId: 0-1"), QStringLiteral("toObjectTypeId: 0-2"),
          QStringLiteral("associationTypeId %1").arg(inverse),
          base + QStringLiteral("/crm/v4/associations/0-1/0-2/labels"),
          base + QStringLiteral("/crm/v4/associations/0-1/0-2/labels/%1").arg(billing),
          base + QStringLiteral("/crm/v4/associations/definitions/configurations/0-1/0-2")})
        QVERIFY2(details.contains(expected), qPrintable(expected + QStringLiteral("\n") + details));
    const QString token = m_portal->config().credentials.token;
    QVERIFY(!token.isEmpty());
    QVERIFY(!details.contains(token));
}

// After each dialog of the table's actions, whether saved or cancelled, the keyboard is back
// in the table, even when the action came from elsewhere.
void TestAppBulkActions::focusReturnsToTheTableAfterEveryDialog() {
    clickRows({QStringLiteral("Billing contact")});
    QLineEdit *filter = m_window->treePanel()->filterEdit();
    const auto fromFilter = [&](QAction *action) {
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        action->trigger();
    };
    fromFilter(m_window->actions()->setLimit());
    QPointer<LimitDialog> limit = waitForDialog<LimitDialog>();
    QVERIFY(limit);
    QTest::keyClick(limit, Qt::Key_Escape);
    QTRY_VERIFY(!limit);
    QVERIFY(tableHasFocus());

    fromFilter(m_window->actions()->newLabel());
    QPointer<LabelDialog> create = waitForDialog<LabelDialog>();
    QVERIFY(create);
    QTest::keyClick(create, Qt::Key_Escape);
    QTRY_VERIFY(!create);
    QVERIFY(tableHasFocus());

    fromFilter(m_window->actions()->removeLimit());
    QPointer<BulkLimitDialog> remove = waitForDialog<BulkLimitDialog>();
    QVERIFY(remove);
    clickOk(remove);
    QTRY_VERIFY(!remove);
    QVERIFY(tableHasFocus());
}

QTEST_MAIN(TestAppBulkActions)
#include "test_app_bulk_actions.moc"
