// SPDX-License-Identifier: MIT
// The main window against the demo portal running in-process over loopback HTTP, driven the way
// a user would: actions, keys and clicks in the real dialogs.

#include "FakeHubSpotServer.h"
#include "app/ActionSet.h"
#include "app/ErrorBanner.h"
#include "app/LabelTablePanel.h"
#include "app/MainWindow.h"
#include "app/PairTreePanel.h"
#include "app/dialogs/DeleteLabelDialog.h"
#include "app/dialogs/ErrorPanel.h"
#include "app/dialogs/LabelDialog.h"
#include "app/dialogs/LimitDialog.h"
#include "demo/DemoPortal.h"
#include "models/LabelTableModel.h"
#include "models/ModelRoles.h"
#include "models/PortalSession.h"
#include "models/TreeFilterProxyModel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace assoc;
using namespace assoc::app;
using demo::DemoPortal;
using models::LabelTableModel;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};
const QString kUser = QStringLiteral("USER_DEFINED");
} // namespace

class TestAppMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsContactsCompanies();
    void createRenameLimitAndDeleteALabel();
    void serverValidationErrorKeepsTheDialogOpen();
    void renameOfALabelSomeoneChangedShowsItAndKeepsTheInput();
    void limitSomeoneChangedIsShownAndNotOverwritten();
    void serverErrorShowsBannerAndRetrySucceeds();
    void filterNarrowsTheTree();
    void hubSpotDefinedLabelsCannotBeEdited();

private:
    void openContactsCompanies();
    int rowWithLabel(const QString &text) const;
    bool selectRow(int sourceRow);
    template <typename Dialog> Dialog *waitForDialog();
    static void clickOk(QDialog *dialog);
    static void typeInto(QLineEdit *edit, const QString &text);
    const fake::FakeAssociationType *fakeLabel(const QString &from, const QString &to,
                                               const QString &text) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<DemoPortal> m_portal;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppMainWindow::initTestCase() {
    // Window geometry goes to a throw-away place, not the developer's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestAppMainWindow::init() {
    m_portal = std::make_unique<DemoPortal>();
    QVERIFY(m_portal->start());
    m_window = std::make_unique<MainWindow>();
    ClientConfig config = m_portal->config();
    config.connection.maxRetries = 1;
    config.connection.backoffBaseMs = 10;
    config.connection.backoffCapMs = 50;
    config.connection.timeoutMs = 5000;
    m_window->connectTo(config);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->session()->schema().objectTypes.isEmpty());
}

void TestAppMainWindow::cleanup() {
    m_window.reset();
    m_portal.reset();
}

void TestAppMainWindow::openContactsCompanies() {
    QVERIFY(m_window->selectPair(kContactsCompanies));
    QCOMPARE(m_window->currentPair(), kContactsCompanies);
    QTRY_VERIFY(m_window->session()->isPairLoaded(kContactsCompanies) &&
                m_window->session()->isPairLoaded(kContactsCompanies.reversed()));
}

int TestAppMainWindow::rowWithLabel(const QString &text) const {
    const LabelTableModel *model = m_window->tableModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, LabelTableModel::LabelColumn).data().toString() == text)
            return row;
    }
    return -1;
}

bool TestAppMainWindow::selectRow(int sourceRow) {
    const auto label = m_window->tableModel()->labelAt(sourceRow);
    if (!label)
        return false;
    m_window->tablePanel()->tableView()->setFocus();
    return m_window->tablePanel()->selectLabel(label->key());
}

template <typename Dialog> Dialog *TestAppMainWindow::waitForDialog() {
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void TestAppMainWindow::clickOk(QDialog *dialog) {
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestAppMainWindow::typeInto(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

const fake::FakeAssociationType *
TestAppMainWindow::fakeLabel(const QString &from, const QString &to, const QString &text) const {
    for (const auto &t : m_portal->server()->state().associationTypes()) {
        if (t.fromId == from && t.toId == to && t.label == text)
            return &t;
    }
    return nullptr;
}

void TestAppMainWindow::showsContactsCompanies() {
    openContactsCompanies();
    const LabelTableModel *model = m_window->tableModel();
    const int primary = model->rowOf({AssociationCategory::HubSpotDefined, 1});
    const int unlabeled = model->rowOf({AssociationCategory::HubSpotDefined, 279});
    QVERIFY(primary >= 0);
    QVERIFY(unlabeled >= 0);
    QCOMPARE(model->index(primary, LabelTableModel::LabelColumn).data().toString(),
             QStringLiteral("Primary"));
    QCOMPARE(model->index(unlabeled, LabelTableModel::LabelColumn).data().toString(),
             QStringLiteral("Unlabeled"));
    QVERIFY(m_window->tablePanel()->tableView()->isVisible());
    QCOMPARE(m_window->tablePanel()->tableView()->accessibleName().isEmpty(), false);
}

void TestAppMainWindow::createRenameLimitAndDeleteALabel() {
    openContactsCompanies();

    // Create a paired label.
    m_window->actions()->newLabel()->trigger();
    QPointer<LabelDialog> create = waitForDialog<LabelDialog>();
    QVERIFY(create);
    auto *paired = create->findChild<QRadioButton *>(QStringLiteral("pairedRadio"));
    paired->setFocus();
    QTest::keyClick(paired, Qt::Key_Space);
    QVERIFY(paired->isChecked());
    typeInto(create->findChild<QLineEdit *>(QStringLiteral("labelEdit")),
             QStringLiteral("Auditor"));
    typeInto(create->findChild<QLineEdit *>(QStringLiteral("inverseEdit")),
             QStringLiteral("Audited company"));
    clickOk(create);
    QTRY_VERIFY(!create);
    int row = rowWithLabel(QStringLiteral("Auditor"));
    QVERIFY(row >= 0);
    QCOMPARE(
        m_window->tableModel()->index(row, LabelTableModel::InverseLabelColumn).data().toString(),
        QStringLiteral("Audited company"));
    QVERIFY(fakeLabel(QStringLiteral("0-1"), QStringLiteral("0-2"), QStringLiteral("Auditor")));
    QVERIFY(
        fakeLabel(QStringLiteral("0-2"), QStringLiteral("0-1"), QStringLiteral("Audited company")));
    // The other direction's table shows it too.
    QVERIFY(m_window->selectPair(kContactsCompanies.reversed()));
    QTRY_VERIFY(rowWithLabel(QStringLiteral("Audited company")) >= 0);
    QVERIFY(m_window->selectPair(kContactsCompanies));
    QTRY_VERIFY(rowWithLabel(QStringLiteral("Auditor")) >= 0);

    // Rename it.
    QVERIFY(selectRow(rowWithLabel(QStringLiteral("Auditor"))));
    QVERIFY(m_window->actions()->editLabel()->isEnabled());
    m_window->actions()->editLabel()->trigger();
    QPointer<LabelDialog> rename = waitForDialog<LabelDialog>();
    QVERIFY(rename);
    typeInto(rename->findChild<QLineEdit *>(QStringLiteral("labelEdit")),
             QStringLiteral("External auditor"));
    clickOk(rename);
    QTRY_VERIFY(!rename);
    QTRY_VERIFY(rowWithLabel(QStringLiteral("External auditor")) >= 0);
    QVERIFY(fakeLabel(QStringLiteral("0-1"), QStringLiteral("0-2"),
                      QStringLiteral("External auditor")));

    // Set a limit on it.
    row = rowWithLabel(QStringLiteral("External auditor"));
    QVERIFY(selectRow(row));
    const int typeId = m_window->tableModel()->labelAt(row)->typeId;
    m_window->actions()->setLimit()->trigger();
    QPointer<LimitDialog> limit = waitForDialog<LimitDialog>();
    QVERIFY(limit);
    auto *atMost = limit->findChild<QRadioButton *>(QStringLiteral("forwardLimitRadio"));
    atMost->setFocus();
    QTest::keyClick(atMost, Qt::Key_Space);
    QVERIFY(atMost->isChecked());
    auto *spin = limit->findChild<QSpinBox *>(QStringLiteral("forwardSpin"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("3"));
    QTest::keyClick(spin, Qt::Key_Tab); // the typed value counts once the field is left
    QCOMPARE(limit->value(), std::optional<int>(3));
    clickOk(limit);
    QTRY_VERIFY(!limit);
    QCOMPARE(m_portal->server()->state().limit(QStringLiteral("0-1"), QStringLiteral("0-2"), kUser,
                                               typeId),
             std::optional<int>(3));
    row = rowWithLabel(QStringLiteral("External auditor"));
    QCOMPARE(m_window->tableModel()->index(row, LabelTableModel::LimitColumn).data().toInt(), 3);

    // Delete it: both directions go.
    QVERIFY(selectRow(row));
    m_window->actions()->deleteLabel()->trigger();
    QPointer<DeleteLabelDialog> del = waitForDialog<DeleteLabelDialog>();
    QVERIFY(del);
    clickOk(del);
    QTRY_VERIFY(!del);
    QCOMPARE(rowWithLabel(QStringLiteral("External auditor")), -1);
    QVERIFY(!fakeLabel(QStringLiteral("0-1"), QStringLiteral("0-2"),
                       QStringLiteral("External auditor")));
    QVERIFY(!fakeLabel(QStringLiteral("0-2"), QStringLiteral("0-1"),
                       QStringLiteral("Audited company")));
}

void TestAppMainWindow::serverValidationErrorKeepsTheDialogOpen() {
    openContactsCompanies();
    m_portal->server()->config().maxLabelLength = 10; // stricter than the app's own check
    m_window->actions()->newLabel()->trigger();
    QPointer<LabelDialog> dialog = waitForDialog<LabelDialog>();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
    typeInto(edit, QStringLiteral("Regional sales partner"));
    clickOk(dialog);
    auto *panel = dialog->findChild<ErrorPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(!panel->message().isEmpty());
    QVERIFY2(panel->message().contains(QStringLiteral("at most 10")), qPrintable(panel->message()));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QCOMPARE(edit->text(), QStringLiteral("Regional sales partner"));
    QVERIFY(edit->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

// Someone renames the label while the Rename dialog is open: Save writes nothing, the dialog
// stays open with the person's text and says what the label reads now; the table shows it too.
// Saving again then renames it (the person has seen the other change and decided).
void TestAppMainWindow::renameOfALabelSomeoneChangedShowsItAndKeepsTheInput() {
    openContactsCompanies();
    const int row = rowWithLabel(QStringLiteral("Billing contact"));
    QVERIFY(row >= 0);
    QVERIFY(selectRow(row));
    const int typeId = m_window->tableModel()->labelAt(row)->typeId;
    m_window->actions()->editLabel()->trigger();
    QPointer<LabelDialog> dialog = waitForDialog<LabelDialog>();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
    typeInto(edit, QStringLiteral("Invoice contact"));

    QVERIFY(!m_portal->server()->state().renameLabel(QStringLiteral("0-1"), QStringLiteral("0-2"),
                                                     typeId, QStringLiteral("Someone else's label"),
                                                     {}, m_portal->server()->config()));
    m_portal->server()->log().clear();
    clickOk(dialog);
    auto *panel = dialog->findChild<ErrorPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(!panel->message().isEmpty());
    QVERIFY2(panel->message().contains(QStringLiteral("Someone else's label")),
             qPrintable(panel->message()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("Invoice contact"));
    QCOMPARE(m_portal->server()->log().count(QStringLiteral("PUT")), 0);
    QVERIFY(fakeLabel(QStringLiteral("0-1"), QStringLiteral("0-2"),
                      QStringLiteral("Someone else's label")));
    QTRY_VERIFY(rowWithLabel(QStringLiteral("Someone else's label")) >= 0);

    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QVERIFY(
        fakeLabel(QStringLiteral("0-1"), QStringLiteral("0-2"), QStringLiteral("Invoice contact")));
}

// The same for a limit: the Set limit dialog shows the limit someone else set meanwhile as the
// current one and keeps the person's value; nothing is written until they confirm again.
void TestAppMainWindow::limitSomeoneChangedIsShownAndNotOverwritten() {
    openContactsCompanies();
    const int row = rowWithLabel(QStringLiteral("Billing contact"));
    QVERIFY(selectRow(row));
    const int typeId = m_window->tableModel()->labelAt(row)->typeId;
    m_window->actions()->setLimit()->trigger();
    QPointer<LimitDialog> limit = waitForDialog<LimitDialog>();
    QVERIFY(limit);
    auto *atMost = limit->findChild<QRadioButton *>(QStringLiteral("forwardLimitRadio"));
    atMost->setFocus();
    QTest::keyClick(atMost, Qt::Key_Space);
    auto *spin = limit->findChild<QSpinBox *>(QStringLiteral("forwardSpin"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("4"));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(limit->value(), std::optional<int>(4));

    m_portal->server()->state().setLimit(QStringLiteral("0-1"), QStringLiteral("0-2"), kUser,
                                         typeId, 9);
    clickOk(limit);
    auto *panel = limit->findChild<ErrorPanel *>();
    QTRY_VERIFY(!panel->message().isEmpty());
    QVERIFY2(panel->message().contains(QStringLiteral("9")), qPrintable(panel->message()));
    QCOMPARE(limit->target().current, std::optional<int>(9));
    QCOMPARE(limit->value(), std::optional<int>(4));
    QCOMPARE(m_portal->server()->state().limit(QStringLiteral("0-1"), QStringLiteral("0-2"), kUser,
                                               typeId),
             std::optional<int>(9));

    clickOk(limit);
    QTRY_VERIFY(!limit);
    QCOMPARE(m_portal->server()->state().limit(QStringLiteral("0-1"), QStringLiteral("0-2"), kUser,
                                               typeId),
             std::optional<int>(4));
}

void TestAppMainWindow::serverErrorShowsBannerAndRetrySucceeds() {
    openContactsCompanies();
    ErrorBanner *banner = m_window->errorBanner();
    QVERIFY(banner->isHidden());
    fake::FaultInjector::Fault fault;
    fault.status = 500;
    m_portal->server()->faults().script(fault, 2, QStringLiteral("/0-1/0-2/labels"));
    m_window->actions()->refresh()->trigger();
    QTRY_VERIFY(!banner->isHidden());
    QVERIFY(!banner->message().isEmpty());
    QVERIFY(banner->message().contains(QStringLiteral("correlation"), Qt::CaseInsensitive) ||
            banner->message().contains(QStringLiteral("Correlation")));
    QVERIFY(banner->retryButton()->isVisible());
    QCOMPARE(banner->retryAction(), models::PortalSession::pairAction(kContactsCompanies));
    QTest::mouseClick(banner->detailsButton(), Qt::LeftButton);
    QVERIFY(banner->isDetailsShown());
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->session()->isPairLoaded(kContactsCompanies));
    QVERIFY(banner->isHidden());
    QVERIFY(m_window->tableModel()->rowOf({AssociationCategory::HubSpotDefined, 1}) >= 0);
}

void TestAppMainWindow::filterNarrowsTheTree() {
    QTRY_VERIFY(!m_window->session()->isPreloading());
    QTreeView *tree = m_window->treePanel()->treeView();
    QAbstractItemModel *model = tree->model();
    auto pairs = [model] {
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            n += model->rowCount(model->index(r, 0));
        return n;
    };
    // Auto reads the core types, the custom ones and those the demo's usage and limits name.
    const int types = int(m_window->session()->schema().objectTypes.size());
    QVERIFY2(types > 7, "Auto adds the standard types the demo portal customised");
    const int all = pairs();
    QCOMPARE(all, types * types);
    QLineEdit *filter = m_window->treePanel()->filterEdit();
    QVERIFY(!filter->accessibleName().isEmpty());
    m_window->actions()->findPair()->trigger();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("Owned vehicle"));
    QCOMPARE(pairs(), 1);
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data(models::PairKeyRole).toString(),
             QStringLiteral("0-1:2-7300101"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("vehicles"));
    QCOMPARE(pairs(), 2 * types - 1); // every pair with vehicles on either side
    filter->clear();
    QCOMPARE(pairs(), all);
}

void TestAppMainWindow::hubSpotDefinedLabelsCannotBeEdited() {
    openContactsCompanies();
    QVERIFY(selectRow(m_window->tableModel()->rowOf({AssociationCategory::HubSpotDefined, 1})));
    QVERIFY(!m_window->actions()->editLabel()->isEnabled());
    QVERIFY(!m_window->actions()->deleteLabel()->isEnabled());
    QVERIFY(m_window->actions()->editLabel()->toolTip().contains(QStringLiteral("HubSpot")));
    QVERIFY(m_window->actions()->deleteLabel()->toolTip().contains(QStringLiteral("HubSpot")));
    QVERIFY(m_window->actions()->setLimit()->isEnabled());
    // F2 on a HubSpot-defined label opens nothing.
    QTest::keyClick(m_window->tablePanel()->tableView(), Qt::Key_F2);
    QVERIFY(!m_window->findChild<LabelDialog *>());

    const int billing = rowWithLabel(QStringLiteral("Billing contact"));
    QVERIFY(selectRow(billing));
    QVERIFY(m_window->actions()->editLabel()->isEnabled());
    QVERIFY(m_window->actions()->deleteLabel()->isEnabled());
    QVERIFY(m_window->actions()->removeLimit()->isEnabled());
}

QTEST_MAIN(TestAppMainWindow)
#include "test_app_mainwindow.moc"
