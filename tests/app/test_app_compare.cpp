// SPDX-License-Identifier: MIT
// File → Export Schema…, Import Schema… and Compare Portals… against two fake portals over
// loopback HTTP, driven as a user would: the File menu's actions, the file dialogs, clicks on
// the Compare window's buttons, Space on a change's checkbox and the confirmation's Apply.

#include "CompareTarget.h"
#include "OwnerOnlyCheck.h"
#include "TestSupport.h"
#include "api/PortalLoader.h"
#include "api/RequestScheduler.h"
#include "app/ActionSet.h"
#include "app/MainWindow.h"
#include "app/StatusBarController.h"
#include "app/compare/CompareController.h"
#include "app/compare/CompareSession.h"
#include "app/compare/CompareWindow.h"
#include "app/compare/SchemaExportController.h"
#include "app/dialogs/ErrorPanel.h"
#include "core/PlanDocument.h"
#include "core/SchemaDocument.h"
#include "core/SchemaFile.h"
#include "models/PlanTreeModel.h"
#include "models/PortalSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace assoc;
using namespace assoc::app;
using namespace assoc::test;
using models::PlanTreeModel;

namespace {

// The Compare window's widgets by their object names, as a user finds them by their looks.
template <typename T> T *child(CompareWindow *window, const char *name) {
    T *found = window->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s in the Compare window", name);
    return found;
}

QString errorText(CompareWindow *window) {
    const auto *panel = child<ErrorPanel>(window, "errorPanel");
    return panel->isHidden() ? QString() : panel->message();
}

QString summaryText(CompareWindow *window) {
    return child<QLabel>(window, "summaryLabel")->text();
}

bool isShowingMatch(CompareWindow *window) {
    return child<QStackedWidget>(window, "stack")->currentWidget() ==
           child<QWidget>(window, "matchPage");
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestAppCompare : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportWritesTheSchemaDocument();
    void importOpensCompareWithTheFile();
    void importOfAnOverCapFileIsRefusedAndLosesNothing();
    void compareApplyCheckedAndCompareAgain();
    void unreadableFileShowsErrorAndKeepsInputs();
    void targetReadErrorShowsHubSpotMessageAndKeepsInputs();
    void cancelStopsComparing();
    void exportFailureShowsErrorAndWritesNothing();
    void cancelStopsApplying();
    void fileTargetCanOnlyBeSaved();

private:
    QString exportSource();
    CompareWindow *waitForPlan();
    template <typename T> T *waitForChild(QWidget *parent, const QString &name);

    QTemporaryDir m_dir;
    // Source: the demo portal. Target: the demo portal after a few hand edits (other portal
    // id, other typeIds), open in the main window.
    std::unique_ptr<test::PortalFixture> m_source;
    std::unique_ptr<test::PortalFixture> m_target;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppCompare::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestAppCompare::init() {
    m_source = std::make_unique<test::PortalFixture>();
    QVERIFY(m_source->start(fake::Seed::Demo));
    m_target = std::make_unique<test::PortalFixture>();
    QVERIFY(m_target->start(fake::Seed::Demo));

    test::editIntoCompareTarget(m_target->server->state(), m_target->server->config());
    if (QTest::currentTestFailed())
        return;

    m_window = std::make_unique<MainWindow>();
    m_window->connectTo(m_target->config());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->session()->connectionState() ==
                models::PortalSession::ConnectionState::Connected);
}

void TestAppCompare::cleanup() {
    m_window.reset();
    m_target.reset();
    m_source.reset();
}

template <typename T> T *TestAppCompare::waitForChild(QWidget *parent, const QString &name) {
    T *child = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            child = parent->findChild<T *>(name);
            return child && child->isVisible();
        },
        5000);
    return shown ? child : nullptr;
}

QString TestAppCompare::exportSource() {
    // The client first: as two arguments of one call, the parent could be read before
    // connect() makes the client (C++ leaves the order open) and the loader leak.
    HubSpotClient *client = m_source->connect();
    auto *loader = new PortalLoader(client, client);
    const auto schema = test::await(loader->load());
    if (!test::succeeded(schema))
        return {};
    const QString path = m_dir.filePath(QStringLiteral("production.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(SchemaDocument::write(schema->value()));
    return path;
}

CompareWindow *TestAppCompare::waitForPlan() {
    CompareWindow *window = m_window->compareController()->compareWindow();
    if (!window)
        return nullptr;
    if (!QTest::qWaitFor(
            [window] { return window->session()->state() != CompareSession::State::Loading; },
            20000))
        return nullptr;
    return window;
}

void TestAppCompare::exportWritesTheSchemaDocument() {
    QAction *action = m_window->actions()->exportSchema();
    QTRY_VERIFY(action->isEnabled());
    QSignalSpy exported(m_window->schemaExport(), &SchemaExportController::exported);
    action->trigger();
    auto *dialog = waitForChild<QFileDialog>(m_window.get(), QStringLiteral("exportSchemaDialog"));
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("sandbox-export.json"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // what the dialog's Save / Open button does
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
    QCOMPARE(exported.at(0).at(0).toString(), path);

    // The same bytes the portal's schema gives, read independently.
    // The client first: as two arguments of one call, the parent could be read before
    // connect() makes the client (C++ leaves the order open) and the loader leak.
    HubSpotClient *client = m_target->connect();
    auto *loader = new PortalLoader(client, client);
    const auto schema = test::await(loader->load());
    QVERIFY2(test::succeeded(schema), test::why(schema).constData());
    QCOMPARE(readFile(path), SchemaDocument::write(schema->value()));
    QCOMPARE(schema->value().portal.portalId, 7009999);
    QVERIFY(!m_window->schemaExport()->isExporting());
#ifndef Q_OS_WIN
    QCOMPARE(test::modeOf(path), 0600); // not readable by other local users
#endif
}

void TestAppCompare::importOpensCompareWithTheFile() {
    const QString file = exportSource();
    QVERIFY(!file.isEmpty());
    QAction *action = m_window->actions()->importSchema();
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = waitForChild<QFileDialog>(m_window.get(), QStringLiteral("importSchemaDialog"));
    QVERIFY(dialog);
    dialog->selectFile(file);
    static_cast<QDialog *>(dialog)->accept(); // what the dialog's Save / Open button does

    CompareWindow *compare = waitForPlan();
    QVERIFY(compare);
    QVERIFY(compare->isVisible());
    QCOMPARE(compare->source().kind, SchemaSource::Kind::File);
    QCOMPARE(QFileInfo(compare->source().filePath).canonicalFilePath(),
             QFileInfo(file).canonicalFilePath());
    QCOMPARE(compare->target().kind, SchemaSource::Kind::CurrentPortal);
    QCOMPARE(compare->session()->state(), CompareSession::State::Planned);
    QVERIFY2(errorText(compare).isEmpty(), qPrintable(errorText(compare)));
    QCOMPARE(compare->session()->plan().targetPortalId, 7009999);
    QCOMPARE(compare->session()->model()->changeCount(), 4);

    // Save Plan… writes the checked changes, for assocctl apply --plan.
    PlanTreeModel *model = compare->session()->model();
    QVERIFY(model->setData(model->index(0, PlanTreeModel::ChangeColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    const QSet<QString> checked = model->selectedIds();
    QVERIFY(!checked.isEmpty() && checked.size() < 4);
    QTest::mouseClick(child<QPushButton>(compare, "savePlanButton"), Qt::LeftButton);
    auto *save = waitForChild<QFileDialog>(compare, QStringLiteral("savePlanDialog"));
    QVERIFY(save);
    const QString planPath = m_dir.filePath(QStringLiteral("sandbox-plan.json"));
    save->selectFile(planPath);
    static_cast<QDialog *>(save)->accept();
    QTRY_VERIFY(QFile::exists(planPath));
    const auto saved = PlanDocument::read(readFile(planPath));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QSet<QString> savedIds;
    for (const PlanChange &change : saved->changes)
        savedIds.insert(change.id());
    QCOMPARE(savedIds, checked);
    QCOMPARE(saved->targetPortalId, 7009999);
    QVERIFY(saved->target.contains(QStringLiteral("7009999")));
    QVERIFY(saved->source.contains(QStringLiteral("production.json")));
#ifndef Q_OS_WIN
    QCOMPARE(test::modeOf(planPath), 0600);
#endif
}

void TestAppCompare::importOfAnOverCapFileIsRefusedAndLosesNothing() {
    // A plan is on screen, with one change unchecked by the user.
    const QString file = exportSource();
    QVERIFY(!file.isEmpty());
    CompareWindow *compare = m_window->compareController()->importFrom(file);
    QVERIFY(compare);
    QVERIFY(waitForPlan());
    QCOMPARE(compare->session()->state(), CompareSession::State::Planned);
    PlanTreeModel *model = compare->session()->model();
    QVERIFY(model->setData(model->index(0, PlanTreeModel::ChangeColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    const QSet<QString> checked = model->selectedIds();

    // Then File ▸ Import Schema… with a file over the cap (sparse: no disk, no time).
    const QString huge = m_dir.filePath(QStringLiteral("huge-schema.json"));
    {
        QFile sparse(huge);
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(SchemaFile::MaxSize + 1));
    }
    m_window->actions()->importSchema()->trigger();
    auto *dialog = waitForChild<QFileDialog>(m_window.get(), QStringLiteral("importSchemaDialog"));
    QVERIFY(dialog);
    dialog->selectFile(huge);
    static_cast<QDialog *>(dialog)->accept();
    auto *box = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("importError"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("32 MiB")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(huge)));

    // The Compare window still shows the plan as the user left it.
    QCOMPARE(compare->session()->state(), CompareSession::State::Planned);
    QCOMPARE(QFileInfo(compare->source().filePath).canonicalFilePath(),
             QFileInfo(file).canonicalFilePath());
    QCOMPARE(model->selectedIds(), checked);
    QVERIFY(errorText(compare).isEmpty());
    box->close();
}

void TestAppCompare::compareApplyCheckedAndCompareAgain() {
    const QString file = exportSource();
    QVERIFY(!file.isEmpty());
    RecordingJournal journal;
    m_window->compareController()->setJournal(&journal);
    m_window->actions()->comparePortals()->trigger();
    CompareWindow *compare = m_window->compareController()->compareWindow();
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));

    // Source: the file, typed in; target: the portal open in the main window (the default).
    auto *sourceCombo = compare->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
    auto *sourceFile = compare->findChild<QLineEdit *>(QStringLiteral("sourceFileEdit"));
    QVERIFY(sourceCombo && sourceFile);
    sourceCombo->setCurrentIndex(sourceCombo->count() - 1); // "A schema file"
    QVERIFY(sourceFile->isVisible());
    sourceFile->clear();
    QTest::keyClicks(sourceFile, file);
    QCOMPARE(compare->target().kind, SchemaSource::Kind::CurrentPortal);
    QVERIFY(child<QPushButton>(compare, "compareButton")->isEnabled());
    QVERIFY(!child<QPushButton>(compare, "applyButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(compare, "compareButton"), Qt::LeftButton);
    QVERIFY(waitForPlan());
    QCOMPARE(compare->session()->state(), CompareSession::State::Planned);
    QVERIFY2(errorText(compare).isEmpty(), qPrintable(errorText(compare)));

    // The plan: what the target lacks or has differently, matched by names, not typeIds.
    PlanTreeModel *model = compare->session()->model();
    QString partnerId, createId, newLimitId, changedLimitId;
    for (const PlanChange &c : model->shownChanges()) {
        QVERIFY2(!c.isDeletion(), qPrintable(c.summary()));
        // Labels are matched by text between portals: the renamed one is simply missing.
        if (c.kind == PlanChange::Kind::CreateLabel && c.labelText == QStringLiteral("Partner"))
            partnerId = c.id();
        else if (c.kind == PlanChange::Kind::CreateLabel &&
                 c.labelText == QStringLiteral("Decision maker"))
            createId = c.id();
        else if (c.kind == PlanChange::Kind::SetLimit &&
                 c.labelText == QStringLiteral("Decision maker") && c.limitAfter == 5)
            newLimitId = c.id();
        else if (c.kind == PlanChange::Kind::SetLimit &&
                 c.labelText == QStringLiteral("Billing contact") && c.limitAfter == 2 &&
                 c.limitBefore == 4)
            changedLimitId = c.id();
        else
            QFAIL(qPrintable(QStringLiteral("unexpected change: ") + c.summary()));
    }
    QVERIFY(!partnerId.isEmpty() && !createId.isEmpty() && !newLimitId.isEmpty() &&
            !changedLimitId.isEmpty());
    QCOMPARE(model->changeCount(), 4);
    QCOMPARE(model->selectedCount(), 4);

    // "Include deletions" lists the extra label, unchecked; unticking it hides it again.
    QTest::mouseClick(child<QCheckBox>(compare, "includeDeletionsCheck"), Qt::LeftButton);
    QVERIFY(child<QCheckBox>(compare, "includeDeletionsCheck")->isChecked());
    QString deletionId;
    for (const PlanChange &c : model->shownChanges()) {
        if (!c.isDeletion())
            continue;
        QVERIFY2(!model->isChecked(c.id()), qPrintable(c.id()));
        if (c.kind == PlanChange::Kind::DeleteLabel && c.labelText == QStringLiteral("Extra"))
            deletionId = c.id();
    }
    QVERIFY(!deletionId.isEmpty());
    QVERIFY(model->changeCount() > 4);
    QCOMPARE(model->selectedCount(), 4);
    QTest::mouseClick(child<QCheckBox>(compare, "includeDeletionsCheck"), Qt::LeftButton);
    QCOMPARE(model->changeCount(), 4);

    // The details pane shows the selected change's before and after.
    QTreeView *view = child<QTreeView>(compare, "planView");
    view->setFocus();
    view->setCurrentIndex(model->indexOfChange(partnerId));
    auto *details = compare->findChild<QPlainTextEdit *>(QStringLiteral("detailsText"));
    QVERIFY(details);
    QVERIFY(details->toPlainText().contains(QStringLiteral("Before: no such label")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("After: “Partner”")));

    // Uncheck “Partner” with Space, as on the keyboard.
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!model->isChecked(partnerId));
    QCOMPARE(model->selectedCount(), 3);
    QCOMPARE(child<QPushButton>(compare, "applyButton")->text(),
             QStringLiteral("&Apply 3 Change(s)"));
    QVERIFY(child<QPushButton>(compare, "applyButton")->isEnabled());

    // Apply, and accept the confirmation, which names the target portal and the counts.
    QTest::mouseClick(child<QPushButton>(compare, "applyButton"), Qt::LeftButton);
    auto *confirm = waitForChild<QMessageBox>(compare, CompareWindow::confirmationName());
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QStringLiteral("7009999")), qPrintable(confirm->text()));
    QVERIFY2(confirm->informativeText().contains(QStringLiteral("1 label(s) to create")),
             qPrintable(confirm->informativeText()));
    QVERIFY2(confirm->informativeText().contains(QStringLiteral("2 limit(s) to set")),
             qPrintable(confirm->informativeText()));
    QSignalSpy applied(compare->session(), &CompareSession::applyFinished);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
    QCOMPARE(compare->session()->state(), CompareSession::State::Applied);
    QVERIFY2(errorText(compare).isEmpty(), qPrintable(errorText(compare)));

    // Each checked change has its result; the unchecked one has none.
    for (const QString &id : {createId, newLimitId, changedLimitId}) {
        const auto outcome = model->outcome(id);
        QVERIFY2(outcome, qPrintable(id));
        QVERIFY2(outcome->status == ChangeOutcome::Status::Applied,
                 qPrintable(PlanTreeModel::describeOutcome(*outcome)));
        QVERIFY(model->indexOfChange(id, PlanTreeModel::ResultColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Applied")));
    }
    QVERIFY(!model->outcome(partnerId));
    // Each applied change went to the change history, as an Apply to the target portal.
    QCOMPARE(journal.records.size(), 3);
    for (const ChangeRecord &record : std::as_const(journal.records)) {
        QCOMPARE(record.origin, ChangeRecord::Origin::Apply);
        QCOMPARE(record.portalId, 7009999);
        QCOMPARE(record.outcome, ChangeRecord::Outcome::Succeeded);
        QVERIFY(record.change.id() != partnerId);
    }

    // The target portal changed for exactly the checked changes.
    fake::FakePortalState &t = m_target->server->state();
    const auto *decision = findLabel(t, kDeal, kContact, QStringLiteral("Decision maker"));
    QVERIFY(decision);
    QCOMPARE(t.limit(kDeal, kContact, kUser, decision->typeId), std::optional<int>(5));
    const auto *billing = findLabel(t, kContact, kCompany, QStringLiteral("Billing contact"));
    QVERIFY(billing);
    QCOMPARE(t.limit(kContact, kCompany, kUser, billing->typeId), std::optional<int>(2));
    QVERIFY(findLabel(t, kCompany, kCompany, QStringLiteral("Ally")));
    QVERIFY(!findLabel(t, kCompany, kCompany, QStringLiteral("Partner")));
    QVERIFY(findLabel(t, kContact, kDeal, QStringLiteral("Extra")));

    // Compare again: only the unchecked change is left.
    QVERIFY(child<QPushButton>(compare, "compareAgainButton")->isVisible());
    QVERIFY(!child<QPushButton>(compare, "applyButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(compare, "compareAgainButton"), Qt::LeftButton);
    QVERIFY(waitForPlan());
    QCOMPARE(compare->session()->state(), CompareSession::State::Planned);
    QCOMPARE(model->changeCount(), 1);
    QCOMPARE(model->shownChanges().first().id(), partnerId);

    // Applying that one fails: the target still has the label's internal name under its other
    // text. The Result column shows HubSpot's message and correlation id.
    QTest::mouseClick(child<QPushButton>(compare, "applyButton"), Qt::LeftButton);
    confirm = waitForChild<QMessageBox>(compare, CompareWindow::confirmationName());
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, 20000);
    const auto failure = model->outcome(partnerId);
    QVERIFY(failure);
    QCOMPARE(failure->status, ChangeOutcome::Status::Failed);
    const QString result =
        model->indexOfChange(partnerId, PlanTreeModel::ResultColumn).data().toString();
    QVERIFY2(result.startsWith(QStringLiteral("Failed")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("already exists")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Correlation id")), qPrintable(result));
    QCOMPARE(result.count(QStringLiteral("Correlation id")), 1);
    QVERIFY2(summaryText(compare).contains(QStringLiteral("1 failed")),
             qPrintable(summaryText(compare)));
    QVERIFY(!findLabel(t, kCompany, kCompany, QStringLiteral("Partner")));

    // Once the label has its text back, the schemas match.
    const auto *ally = findLabel(t, kCompany, kCompany, QStringLiteral("Ally"));
    QVERIFY(ally);
    QVERIFY(!t.renameLabel(kCompany, kCompany, ally->typeId, QStringLiteral("Partner"), QString(),
                           m_target->server->config()));
    QTest::mouseClick(child<QPushButton>(compare, "compareAgainButton"), Qt::LeftButton);
    QVERIFY(waitForPlan());
    QVERIFY(isShowingMatch(compare));
    QCOMPARE(model->changeCount(), 0);
    QVERIFY(!child<QPushButton>(compare, "applyButton")->isEnabled());
}

void TestAppCompare::unreadableFileShowsErrorAndKeepsInputs() {
    const QString path = m_dir.filePath(QStringLiteral("not-a-schema.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"hello\": 1}");
    file.close();

    CompareWindow *compare = m_window->compareController()->openCompare();
    compare->setSource(SchemaSource::file(path));
    QTest::mouseClick(child<QPushButton>(compare, "compareButton"), Qt::LeftButton);
    QVERIFY(waitForPlan());
    QCOMPARE(compare->session()->state(), CompareSession::State::Idle);
    QVERIFY2(errorText(compare).contains(QStringLiteral("not-a-schema.json")),
             qPrintable(errorText(compare)));
    QVERIFY(errorText(compare).startsWith(QStringLiteral("Source")));
    QCOMPARE(compare->source(), SchemaSource::file(path));
    QVERIFY(child<QPushButton>(compare, "compareButton")->isEnabled());
    QVERIFY(!child<QPushButton>(compare, "applyButton")->isEnabled());
}

void TestAppCompare::targetReadErrorShowsHubSpotMessageAndKeepsInputs() {
    const QString file = exportSource();
    QVERIFY(!file.isEmpty());
    m_target->server->faults().script({fake::FaultInjector::Kind::ServerError, 500}, 1000,
                                      QStringLiteral("/labels"));
    CompareWindow *compare = m_window->compareController()->openCompare();
    compare->setSource(SchemaSource::file(file));
    QTest::mouseClick(child<QPushButton>(compare, "compareButton"), Qt::LeftButton);
    QVERIFY(waitForPlan());
    QCOMPARE(compare->session()->state(), CompareSession::State::Idle);
    const QString error = errorText(compare);
    QVERIFY2(error.startsWith(QStringLiteral("Target")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("internal error")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Correlation id")), qPrintable(error));
    QVERIFY(!child<QPushButton>(compare, "applyButton")->isEnabled());
    QCOMPARE(compare->source(), SchemaSource::file(file));
    QCOMPARE(compare->target(), SchemaSource::currentPortal());

    // Once HubSpot answers again, the same inputs compare. The failures may have paused sending
    // (the circuit breaker, depending on how many reads failed first): the person then clicks
    // "Try now" in the status bar, as it offers.
    m_target->server->faults().clear();
    if (m_window->session()->client()->scheduler()->isCircuitOpen())
        QTest::mouseClick(m_window->statusBarController()->tryNowButton(), Qt::LeftButton);
    QVERIFY(!m_window->session()->client()->scheduler()->isCircuitOpen());
    QTest::mouseClick(child<QPushButton>(compare, "compareButton"), Qt::LeftButton);
    QVERIFY(waitForPlan());
    QVERIFY2(compare->session()->state() == CompareSession::State::Planned,
             qPrintable(errorText(compare)));
    QVERIFY(errorText(compare).isEmpty());
    QCOMPARE(compare->session()->model()->changeCount(), 4);
}

void TestAppCompare::cancelStopsComparing() {
    const QString file = exportSource();
    QVERIFY(!file.isEmpty());
    fake::FaultInjector::Fault stall;
    stall.kind = fake::FaultInjector::Kind::Stall;
    stall.durationMs = -1;
    m_target->server->faults().script(stall, 1000, QStringLiteral("/labels"));
    CompareWindow *compare = m_window->compareController()->openCompare();
    compare->setSource(SchemaSource::file(file));
    QTest::mouseClick(child<QPushButton>(compare, "compareButton"), Qt::LeftButton);
    QCOMPARE(compare->session()->state(), CompareSession::State::Loading);
    QVERIFY(child<QPushButton>(compare, "cancelButton")->isVisible());
    QVERIFY(!child<QPushButton>(compare, "compareButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(compare, "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE(compare->session()->state(), CompareSession::State::Idle);
    QVERIFY(errorText(compare).isEmpty());
    QVERIFY(!child<QPushButton>(compare, "cancelButton")->isVisible());
    QVERIFY(child<QPushButton>(compare, "compareButton")->isEnabled());
    QCOMPARE(compare->session()->model()->changeCount(), 0);
}

void TestAppCompare::exportFailureShowsErrorAndWritesNothing() {
    m_target->server->faults().script({fake::FaultInjector::Kind::ServerError, 500}, 1000,
                                      QStringLiteral("/labels"));
    QSignalSpy failed(m_window->schemaExport(), &SchemaExportController::failed);
    m_window->actions()->exportSchema()->trigger();
    auto *dialog = waitForChild<QFileDialog>(m_window.get(), QStringLiteral("exportSchemaDialog"));
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("failed-export.json"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // what the dialog's Save / Open button does
    auto *box = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("exportError"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("internal error")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("Correlation id")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!m_window->schemaExport()->isExporting());
}

void TestAppCompare::cancelStopsApplying() {
    const QString file = exportSource();
    QVERIFY(!file.isEmpty());
    CompareWindow *compare = m_window->compareController()->openCompare();
    compare->setSource(SchemaSource::file(file));
    QTest::mouseClick(child<QPushButton>(compare, "compareButton"), Qt::LeftButton);
    QVERIFY(waitForPlan());
    QCOMPARE(compare->session()->model()->selectedCount(), 4);

    // HubSpot stops answering once applying has started; the user cancels.
    fake::FaultInjector::Fault stall;
    stall.kind = fake::FaultInjector::Kind::Stall;
    stall.durationMs = -1;
    m_target->server->faults().script(stall, 1000, QStringLiteral("/crm/"));
    QTest::mouseClick(child<QPushButton>(compare, "applyButton"), Qt::LeftButton);
    auto *confirm = waitForChild<QMessageBox>(compare, CompareWindow::confirmationName());
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(compare->session()->state(), CompareSession::State::Applying);
    QVERIFY(child<QPushButton>(compare, "cancelButton")->isVisible());
    QVERIFY(!child<QPushButton>(compare, "applyButton")->isEnabled());
    // The selection cannot change under the applier.
    QVERIFY(!(compare->session()->model()->flags(compare->session()->model()->index(0, 0)) &
              Qt::ItemIsUserCheckable));
    QTest::mouseClick(child<QPushButton>(compare, "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(compare->session()->state(), CompareSession::State::Applied, 15000);
    QVERIFY2(summaryText(compare).contains(QStringLiteral("not applied")),
             qPrintable(summaryText(compare)));
    m_target->server->faults().clear();
    fake::FakePortalState &t = m_target->server->state();
    QVERIFY(!findLabel(t, kDeal, kContact, QStringLiteral("Decision maker")));
    QVERIFY(!findLabel(t, kCompany, kCompany, QStringLiteral("Partner")));
}

void TestAppCompare::fileTargetCanOnlyBeSaved() {
    const QString file = exportSource();
    QVERIFY(!file.isEmpty());
    CompareWindow *compare = m_window->compareController()->openCompare();
    compare->setSource(SchemaSource::currentPortal());
    compare->setTarget(SchemaSource::file(file));
    QTest::mouseClick(child<QPushButton>(compare, "compareButton"), Qt::LeftButton);
    QVERIFY(waitForPlan());
    QCOMPARE(compare->session()->state(), CompareSession::State::Planned);
    QVERIFY(compare->session()->model()->changeCount() > 0);
    QCOMPARE(compare->session()->plan().targetPortalId, 0);
    QVERIFY(!child<QPushButton>(compare, "applyButton")->isEnabled());
    QVERIFY(child<QPushButton>(compare, "applyButton")->toolTip().contains(QStringLiteral("file")));
    QVERIFY(child<QPushButton>(compare, "savePlanButton")->isEnabled());
}

QTEST_MAIN(TestAppCompare)
#include "test_app_compare.moc"
