// SPDX-License-Identifier: MIT
#include "CompareWindow.h"

#include "CompareSession.h"
#include "SourcePicker.h"
#include "app/dialogs/ErrorPanel.h"
#include "auth/ProfileStore.h"
#include "auth/Redactor.h"
#include "models/PlanTreeModel.h"
#include "models/PortalSession.h"
#include "ui_CompareWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>

namespace assoc::app {

using models::PlanTreeModel;

namespace {
using State = CompareSession::State;

enum Page { PlaceholderPage, PlanPage, MatchPage };

QString countsText(const QList<PlanChange> &changes) {
    int creates = 0, renames = 0, limits = 0, removals = 0, deletions = 0;
    for (const PlanChange &c : changes) {
        switch (c.kind) {
        case PlanChange::Kind::CreateLabel:
            ++creates;
            break;
        case PlanChange::Kind::RenameLabel:
            ++renames;
            break;
        case PlanChange::Kind::SetLimit:
            ++limits;
            break;
        case PlanChange::Kind::RemoveLimit:
            ++removals;
            break;
        case PlanChange::Kind::DeleteLabel:
            ++deletions;
            break;
        }
    }
    QStringList parts;
    if (creates)
        parts << CompareWindow::tr("%n label(s) to create", nullptr, creates);
    if (renames)
        parts << CompareWindow::tr("%n label(s) to rename", nullptr, renames);
    if (limits)
        parts << CompareWindow::tr("%n limit(s) to set", nullptr, limits);
    if (removals)
        parts << CompareWindow::tr("%n limit(s) to remove", nullptr, removals);
    if (deletions)
        parts << CompareWindow::tr("%n label(s) to delete", nullptr, deletions);
    return parts.join(QStringLiteral(", "));
}
} // namespace

CompareWindow::CompareWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::CompareWindow>())
    , m_session(new CompareSession(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("compareWindow"));
    m_sourcePicker =
        new SourcePicker(m_ui->sourceCombo, m_ui->sourceFileEdit, m_ui->sourceBrowseButton, this);
    m_targetPicker =
        new SourcePicker(m_ui->targetCombo, m_ui->targetFileEdit, m_ui->targetBrowseButton, this);
    // The usual case: a file or another portal copied into the one open in the main window.
    m_sourcePicker->setSource(SchemaSource::file({}));

    // Two "Browse…" buttons and two file fields: screen readers say which side each is.
    m_ui->sourceFileEdit->setAccessibleName(tr("Source schema file"));
    m_ui->targetFileEdit->setAccessibleName(tr("Target schema file"));
    m_ui->sourceBrowseButton->setAccessibleName(tr("Browse for the source schema file"));
    m_ui->targetBrowseButton->setAccessibleName(tr("Browse for the target schema file"));
    m_ui->planView->setAccessibleName(tr("Changes"));
    m_ui->detailsText->setAccessibleName(tr("Details of the selected change"));
    m_ui->planView->setModel(m_session->model());
    m_ui->planView->header()->setStretchLastSection(true);
    m_ui->planView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->planSplitter->setStretchFactor(0, 3);
    m_ui->planSplitter->setStretchFactor(1, 1);
    m_ui->progressBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    m_ui->compareAgainButton->setVisible(false);
    m_ui->errorPanel->clear();

    connect(m_ui->compareButton, &QPushButton::clicked, this, &CompareWindow::compare);
    connect(m_ui->compareAgainButton, &QPushButton::clicked, this, &CompareWindow::compare);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CompareWindow::cancel);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &CompareWindow::confirmApply);
    connect(m_ui->savePlanButton, &QPushButton::clicked, this, &CompareWindow::askForPlanFile);
    connect(m_ui->includeDeletionsCheck, &QCheckBox::toggled, m_session,
            &CompareSession::setIncludeDeletions);
    connect(m_sourcePicker, &SourcePicker::changed, this, &CompareWindow::updateButtons);
    connect(m_targetPicker, &SourcePicker::changed, this, &CompareWindow::updateButtons);
    connect(m_session->model(), &PlanTreeModel::selectionChanged, this,
            &CompareWindow::updateButtons);
    connect(m_session->model(), &QAbstractItemModel::dataChanged, this,
            &CompareWindow::updateDetails);
    connect(m_session, &CompareSession::stateChanged, this, &CompareWindow::onStateChanged);
    connect(m_session, &CompareSession::progress, this, [this](int done, int total) {
        // No total yet: a busy indicator rather than a bar stuck at zero.
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_session, &CompareSession::compared, this, &CompareWindow::onCompared);
    connect(m_session, &CompareSession::compareFailed, this, &CompareWindow::onCompareFailed);
    connect(m_session, &CompareSession::applyFinished, this, &CompareWindow::onApplyFinished);
    connect(m_ui->planView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompareWindow::updateDetails);

    showPlaceholder(m_ui->placeholderLabel->text());
    updateButtons();
}

CompareWindow::~CompareWindow() {
    // The session outlives this part of the window (a child, deleted by QObject): nothing it
    // does while stopping may reach the widgets.
    m_session->model()->disconnect(this);
    m_session->disconnect(this);
}

void CompareWindow::setCurrentPortal(models::PortalSession *session) {
    if (m_currentPortal)
        m_currentPortal->disconnect(this);
    m_currentPortal = session;
    m_session->setCurrentPortal(session);
    if (session)
        connect(session, &models::PortalSession::portalInfoChanged, this,
                &CompareWindow::updatePortalName);
    updatePortalName();
    updateButtons();
}

void CompareWindow::updatePortalName() {
    const qint64 id = m_currentPortal ? m_currentPortal->schema().portal.portalId : 0;
    const QString name = id ? tr("Portal %1 (open in the main window)").arg(id)
                            : tr("The portal open in the main window");
    m_sourcePicker->setCurrentPortalName(name);
    m_targetPicker->setCurrentPortalName(name);
}

void CompareWindow::setProfiles(auth::ProfileStore *store, auth::SecretStore *secrets) {
    if (m_profiles)
        m_profiles->disconnect(this);
    m_profiles = store;
    m_session->setProfiles(store, secrets);
    const auto list = [this] {
        QList<QPair<QString, QString>> out;
        if (m_profiles) {
            for (const auth::PortalProfile &p : m_profiles->profiles())
                out.append({p.id, p.name});
        }
        m_sourcePicker->setProfiles(out);
        m_targetPicker->setProfiles(out);
    };
    if (store) {
        connect(store, &auth::ProfileStore::profileAdded, this, list);
        connect(store, &auth::ProfileStore::profileUpdated, this, list);
        connect(store, &auth::ProfileStore::profileRemoved, this, list);
    }
    list();
}

void CompareWindow::setJournal(ChangeJournal *journal) {
    m_session->setJournal(journal);
}

SchemaSource CompareWindow::source() const {
    return m_sourcePicker->source();
}

SchemaSource CompareWindow::target() const {
    return m_targetPicker->source();
}

void CompareWindow::setSource(const SchemaSource &source) {
    m_sourcePicker->setSource(source);
}

void CompareWindow::setTarget(const SchemaSource &target) {
    m_targetPicker->setSource(target);
}

void CompareWindow::onStateChanged() {
    const State state = m_session->state();
    const bool busy = m_session->isBusy();
    m_sourcePicker->setEnabled(!busy);
    m_targetPicker->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->compareAgainButton->setVisible(state == State::Applied);
    m_ui->compareAgainButton->setDefault(state == State::Applied);
    updateButtons();
}

void CompareWindow::showPlaceholder(const QString &text) {
    m_ui->placeholderLabel->setText(text);
    m_ui->stack->setCurrentIndex(PlaceholderPage);
}

void CompareWindow::compare() {
    if (m_session->isBusy())
        return;
    if (!m_sourcePicker->isComplete() || !m_targetPicker->isComplete()) {
        m_ui->errorPanel->showMessage(tr("Choose the schema file to compare."));
        return;
    }
    m_ui->errorPanel->clear();
    m_ui->summaryLabel->clear();
    showPlaceholder(tr("Reading both schemas…"));
    m_session->compare(source(), target());
}

void CompareWindow::onCompareFailed(const ApiError &error) {
    if (error.kind == ApiError::Kind::Canceled)
        showPlaceholder(tr("The comparison was cancelled."));
    else {
        m_ui->errorPanel->showError(error);
        showPlaceholder(tr("The comparison could not be made. Nothing was changed."));
    }
}

void CompareWindow::onCompared() {
    const SchemaPlan &plan = m_session->plan();
    PlanTreeModel *model = m_session->model();
    if (model->changeCount() == 0) {
        QString text = tr("These schemas match: %1 already has every label and limit of %2.")
                           .arg(plan.target, plan.source);
        if (const int hidden = m_session->hiddenDeletions())
            text += QLatin1Char('\n') +
                    tr("The target has %n label(s) or limit(s) the source does not; check "
                       "“Include deletions” to list them.",
                       nullptr, hidden);
        m_ui->matchLabel->setText(text);
        m_ui->stack->setCurrentIndex(MatchPage);
    } else {
        m_ui->stack->setCurrentIndex(PlanPage);
        m_ui->planView->expandAll();
        for (int column :
             {PlanTreeModel::ChangeColumn, PlanTreeModel::BeforeColumn, PlanTreeModel::AfterColumn})
            m_ui->planView->resizeColumnToContents(column);
    }
    updateButtons();
    updateDetails();
}

void CompareWindow::updateButtons() {
    const bool planned = m_session->state() == State::Planned;
    const bool busy = m_session->isBusy();
    m_ui->compareButton->setEnabled(!busy && m_sourcePicker->isComplete() &&
                                    m_targetPicker->isComplete());
    m_ui->includeDeletionsCheck->setEnabled(!busy);

    PlanTreeModel *model = m_session->model();
    const int selected = model->selectedCount();
    const QString why = m_session->applyBlocker();
    m_ui->applyButton->setText(planned && selected ? tr("&Apply %n Change(s)", nullptr, selected)
                                                   : tr("&Apply"));
    m_ui->applyButton->setEnabled(why.isEmpty());
    m_ui->applyButton->setToolTip(
        why.isEmpty() ? tr("Apply the checked changes to %1.").arg(m_session->plan().target) : why);
    m_ui->savePlanButton->setEnabled(planned && selected > 0);

    if (planned && model->changeCount() > 0)
        m_ui->summaryLabel->setText(
            tr("%1 of %n change(s) checked.", nullptr, model->changeCount()).arg(selected));
}

void CompareWindow::updateDetails() {
    const QModelIndex current = m_ui->planView->currentIndex();
    const PlanTreeModel *model = m_session->model();
    const auto change = model->changeAt(current);
    if (!change) {
        const QModelIndex pair = current.siblingAtColumn(PlanTreeModel::ChangeColumn);
        m_ui->detailsText->setPlainText(
            pair.isValid() ? tr("%1: %n change(s).", nullptr, model->rowCount(pair))
                                 .arg(pair.data().toString())
                           : QString());
        return;
    }
    QStringList lines;
    lines << change->summary() << QString();
    lines << tr("Before: %1").arg(PlanTreeModel::describeBefore(*change));
    lines << tr("After: %1").arg(PlanTreeModel::describeAfter(*change));
    if (const auto outcome = model->outcome(change->id())) {
        lines << QString() << tr("Result: %1").arg(PlanTreeModel::describeOutcome(*outcome));
        if (outcome->error)
            lines << auth::Redactor::forDisplay(outcome->error->details());
    }
    lines << QString() << tr("Change id: %1").arg(change->id());
    m_ui->detailsText->setPlainText(lines.join(QLatin1Char('\n')));
}

void CompareWindow::cancel() {
    if (m_session->state() == State::Applying)
        m_ui->cancelButton->setEnabled(false); // the change in flight still ends
    m_session->cancel();
}

void CompareWindow::confirmApply() {
    updateButtons(); // the target portal may have been closed since the buttons were updated
    if (!m_ui->applyButton->isEnabled() || m_confirmation)
        return;
    const QList<PlanChange> selected = m_session->checkedChanges();
    QString text = tr("Apply %n change(s) to %1?", nullptr, int(selected.size()))
                       .arg(m_session->plan().target);
    QString info = countsText(selected) + QLatin1Char('.');
    const bool deletes = std::any_of(selected.begin(), selected.end(),
                                     [](const PlanChange &c) { return c.isDeletion(); });
    if (deletes)
        info += QLatin1Char('\n') + tr("Deleting a label also removes it from every association "
                                       "that uses it.");
    auto *box =
        new QMessageBox(deletes ? QMessageBox::Warning : QMessageBox::Question, tr("Apply Changes"),
                        text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(confirmationName());
    box->setInformativeText(info);
    box->button(QMessageBox::Yes)->setText(tr("Apply"));
    box->setDefaultButton(deletes ? QMessageBox::Cancel : QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            startApply();
    });
    m_confirmation = box;
    box->open();
}

void CompareWindow::startApply() {
    m_ui->errorPanel->clear();
    if (!m_session->apply()) {
        // The target portal may have been closed while the question was open.
        m_ui->errorPanel->showMessage(m_session->applyBlocker());
        updateButtons();
        return;
    }
    m_ui->summaryLabel->setText(
        tr("Applying the checked changes to %1…").arg(m_session->plan().target));
}

void CompareWindow::onApplyFinished(const std::optional<ApiError> &error) {
    if (error)
        m_ui->errorPanel->showError(*error);
    m_ui->summaryLabel->setText(tr("%1. Compare again to check what is left to change.")
                                    .arg(m_session->lastApply().text()));
    updateDetails();
}

void CompareWindow::askForPlanFile() {
    auto *dialog = new QFileDialog(this, tr("Save Plan"), QDir::homePath(),
                                   tr("Plan files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("savePlanDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("plan.json"));
    connect(dialog, &QFileDialog::fileSelected, this, &CompareWindow::savePlanTo);
    dialog->open();
}

bool CompareWindow::savePlanTo(const QString &path) {
    const auto saved = m_session->savePlan(path);
    if (!saved) {
        m_ui->errorPanel->showMessage(tr("The plan could not be saved. %1").arg(saved.error()));
        return false;
    }
    m_ui->summaryLabel->setText(
        tr("Saved %n change(s) to %1.", nullptr, *saved).arg(QDir::toNativeSeparators(path)));
    return true;
}

void CompareWindow::closeEvent(QCloseEvent *event) {
    // Closing stops reading; an apply in progress ends its current change and stops.
    cancel();
    QWidget::closeEvent(event);
}

} // namespace assoc::app
