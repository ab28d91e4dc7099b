// SPDX-License-Identifier: MIT
#include "CompareWindow.h"

#include "SourceLoader.h"
#include "SourcePicker.h"
#include "api/PlanApplier.h"
#include "app/dialogs/ErrorPanel.h"
#include "auth/ProfileStore.h"
#include "auth/Redactor.h"
#include "core/PlanFile.h"
#include "core/SchemaComparer.h"
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
constexpr int SourceSide = 0;
constexpr int TargetSide = 1;

enum Page { PlaceholderPage, PlanPage, MatchPage };

// The plan view shows an outcome's texts as they are: they pass the redactor on the way in.
ChangeOutcome shownOutcome(ChangeOutcome outcome) {
    if (outcome.error)
        outcome.error = auth::Redactor::forDisplay(*outcome.error);
    outcome.detail = auth::Redactor::forDisplay(outcome.detail);
    return outcome;
}

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
    , m_model(new PlanTreeModel(this))
    , m_loaders{new SourceLoader(this), new SourceLoader(this)} {
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
    m_ui->planView->setModel(m_model);
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
    connect(m_ui->includeDeletionsCheck, &QCheckBox::toggled, this, [this] {
        if (m_schemas[SourceSide] && m_schemas[TargetSide] && m_state == State::Planned)
            replan();
    });
    connect(m_sourcePicker, &SourcePicker::changed, this, &CompareWindow::updateButtons);
    connect(m_targetPicker, &SourcePicker::changed, this, &CompareWindow::updateButtons);
    connect(m_model, &PlanTreeModel::selectionChanged, this, &CompareWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CompareWindow::updateDetails);
    connect(m_ui->planView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompareWindow::updateDetails);

    showPlaceholder(m_ui->placeholderLabel->text());
    updateButtons();
}

CompareWindow::~CompareWindow() {
    for (const auto &call : m_calls) {
        if (call)
            call->cancel();
    }
    if (m_applier)
        m_applier->cancel();
}

void CompareWindow::setCurrentPortal(models::PortalSession *session) {
    if (m_currentPortal)
        m_currentPortal->disconnect(this);
    m_currentPortal = session;
    for (SourceLoader *loader : m_loaders)
        loader->setCurrentPortal(session);
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
    for (SourceLoader *loader : m_loaders)
        loader->setProfiles(store, secrets);
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
    m_journal = journal;
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

bool CompareWindow::isShowingMatch() const {
    return m_ui->stack->currentIndex() == MatchPage;
}

QString CompareWindow::summaryText() const {
    return m_ui->summaryLabel->text();
}

QString CompareWindow::errorText() const {
    return m_ui->errorPanel->isHidden() ? QString() : m_ui->errorPanel->message();
}

QPushButton *CompareWindow::compareButton() const {
    return m_ui->compareButton;
}
QPushButton *CompareWindow::applyButton() const {
    return m_ui->applyButton;
}
QPushButton *CompareWindow::cancelButton() const {
    return m_ui->cancelButton;
}
QPushButton *CompareWindow::savePlanButton() const {
    return m_ui->savePlanButton;
}
QPushButton *CompareWindow::compareAgainButton() const {
    return m_ui->compareAgainButton;
}
QCheckBox *CompareWindow::includeDeletionsCheck() const {
    return m_ui->includeDeletionsCheck;
}
QTreeView *CompareWindow::planView() const {
    return m_ui->planView;
}

void CompareWindow::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    const bool busy = state == State::Loading || state == State::Applying;
    m_sourcePicker->setEnabled(!busy);
    m_targetPicker->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->compareAgainButton->setVisible(state == State::Applied);
    m_ui->compareAgainButton->setDefault(state == State::Applied);
    m_model->setCheckingEnabled(state == State::Planned);
    updateButtons();
    emit stateChanged(state);
}

void CompareWindow::showPlaceholder(const QString &text) {
    m_ui->placeholderLabel->setText(text);
    m_ui->stack->setCurrentIndex(PlaceholderPage);
}

void CompareWindow::compare() {
    if (m_state == State::Loading || m_state == State::Applying)
        return;
    if (!m_sourcePicker->isComplete() || !m_targetPicker->isComplete()) {
        m_ui->errorPanel->showMessage(tr("Choose the schema file to compare."));
        return;
    }
    m_ui->errorPanel->clear();
    m_ui->summaryLabel->clear();
    const int run = ++m_run;
    m_schemas = {};
    m_progress = {};
    setState(State::Loading);
    showPlaceholder(tr("Reading both schemas…"));
    updateProgress();
    const std::array<SchemaSource, 2> sides{source(), target()};
    for (int side : {SourceSide, TargetSide}) {
        auto *call = m_loaders[side]->load(sides[side]);
        m_calls[side] = call;
        connect(call, &ApiCall::progress, this, [this, side, run](int done, int total) {
            if (run != m_run)
                return;
            m_progress[side] = {done, total};
            updateProgress();
        });
        call->then(this, [this, side, run](const ApiResult<PortalSchema> &result) {
            onSideLoaded(side, result, run);
        });
    }
}

void CompareWindow::updateProgress() {
    const int done = m_progress[0].first + m_progress[1].first;
    const int total = m_progress[0].second + m_progress[1].second;
    // No total yet: a busy indicator rather than a bar stuck at zero.
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
}

void CompareWindow::onSideLoaded(int side, const ApiResult<PortalSchema> &result, int run) {
    if (run != m_run || m_state != State::Loading)
        return;
    m_calls[side] = nullptr;
    if (!result) {
        const int other = side == SourceSide ? TargetSide : SourceSide;
        if (m_calls[other])
            m_calls[other]->cancel();
        ApiError error = result.error();
        const QString what = side == SourceSide ? tr("Source") : tr("Target");
        error.operation =
            error.operation.isEmpty() ? what : what + QStringLiteral(": ") + error.operation;
        if (error.kind == ApiError::Kind::Canceled)
            showPlaceholder(tr("The comparison was cancelled."));
        else {
            m_ui->errorPanel->showError(error);
            showPlaceholder(tr("The comparison could not be made. Nothing was changed."));
        }
        setState(State::Idle);
        return;
    }
    m_schemas[side] = result.value();
    if (m_schemas[SourceSide] && m_schemas[TargetSide])
        replan();
}

void CompareWindow::replan() {
    const bool allowDeletes = m_ui->includeDeletionsCheck->isChecked();
    SchemaPlan plan =
        SchemaComparer::plan(*m_schemas[SourceSide], *m_schemas[TargetSide], {allowDeletes});
    plan.allowDeletes = allowDeletes;
    plan.source = m_loaders[SourceSide]->description();
    plan.target = m_loaders[TargetSide]->description();
    plan.targetPortalId = m_loaders[TargetSide]->portalId();
    m_hiddenDeletions = 0;
    if (!allowDeletes) {
        const SchemaPlan all =
            SchemaComparer::plan(*m_schemas[SourceSide], *m_schemas[TargetSide], {true});
        for (const PlanChange &change : all.changes)
            m_hiddenDeletions += change.isDeletion() ? 1 : 0;
    }
    m_plan = plan;
    m_model->setPlan(plan);
    if (m_model->changeCount() == 0) {
        QString text = tr("These schemas match: %1 already has every label and limit of %2.")
                           .arg(plan.target, plan.source);
        if (m_hiddenDeletions)
            text += QLatin1Char('\n') +
                    tr("The target has %n label(s) or limit(s) the source does not; check "
                       "“Include deletions” to list them.",
                       nullptr, m_hiddenDeletions);
        m_ui->matchLabel->setText(text);
        m_ui->stack->setCurrentIndex(MatchPage);
    } else {
        m_ui->stack->setCurrentIndex(PlanPage);
        m_ui->planView->expandAll();
        for (int column :
             {PlanTreeModel::ChangeColumn, PlanTreeModel::BeforeColumn, PlanTreeModel::AfterColumn})
            m_ui->planView->resizeColumnToContents(column);
    }
    setState(State::Planned);
    updateButtons();
    updateDetails();
    emit compared();
}

void CompareWindow::updateButtons() {
    const bool planned = m_state == State::Planned;
    const bool busy = m_state == State::Loading || m_state == State::Applying;
    m_ui->compareButton->setEnabled(!busy && m_sourcePicker->isComplete() &&
                                    m_targetPicker->isComplete());
    m_ui->includeDeletionsCheck->setEnabled(!busy);

    const int selected = m_model->selectedCount();
    HubSpotClient *client = m_loaders[TargetSide]->client();
    QString why;
    if (!planned)
        why = m_state == State::Applied ? tr("Compare again to see what is left to change.")
                                        : tr("Compare first.");
    else if (!target().isPortal())
        why = tr("The target is a file: changes can only be applied to a portal. Save the plan "
                 "instead.");
    else if (!client)
        why = tr("The target portal has been closed since the comparison. Compare again.");
    else if (selected == 0)
        why = tr("Check the changes to apply.");
    m_ui->applyButton->setText(planned && selected ? tr("&Apply %n Change(s)", nullptr, selected)
                                                   : tr("&Apply"));
    m_ui->applyButton->setEnabled(why.isEmpty());
    m_ui->applyButton->setToolTip(
        why.isEmpty() ? tr("Apply the checked changes to %1.").arg(m_plan.target) : why);
    m_ui->savePlanButton->setEnabled(planned && selected > 0);

    if (planned && m_model->changeCount() > 0)
        m_ui->summaryLabel->setText(
            tr("%1 of %n change(s) checked.", nullptr, m_model->changeCount()).arg(selected));
}

void CompareWindow::updateDetails() {
    const QModelIndex current = m_ui->planView->currentIndex();
    const auto change = m_model->changeAt(current);
    if (!change) {
        const QModelIndex pair = current.siblingAtColumn(PlanTreeModel::ChangeColumn);
        m_ui->detailsText->setPlainText(
            pair.isValid() ? tr("%1: %n change(s).", nullptr, m_model->rowCount(pair))
                                 .arg(pair.data().toString())
                           : QString());
        return;
    }
    QStringList lines;
    lines << change->summary() << QString();
    lines << tr("Before: %1").arg(PlanTreeModel::describeBefore(*change));
    lines << tr("After: %1").arg(PlanTreeModel::describeAfter(*change));
    if (const auto outcome = m_model->outcome(change->id())) {
        lines << QString() << tr("Result: %1").arg(PlanTreeModel::describeOutcome(*outcome));
        if (outcome->error)
            lines << auth::Redactor::forDisplay(outcome->error->details());
    }
    lines << QString() << tr("Change id: %1").arg(change->id());
    m_ui->detailsText->setPlainText(lines.join(QLatin1Char('\n')));
}

void CompareWindow::cancel() {
    if (m_state == State::Loading) {
        for (const auto &call : m_calls) {
            if (call)
                call->cancel();
        }
    } else if (m_state == State::Applying && m_applier) {
        m_ui->cancelButton->setEnabled(false);
        m_applier->cancel();
    }
}

void CompareWindow::confirmApply() {
    updateButtons(); // the target portal may have been closed since the buttons were updated
    if (!m_ui->applyButton->isEnabled() || m_confirmation)
        return;
    QList<PlanChange> selected;
    const QSet<QString> ids = m_model->selectedIds();
    for (const PlanChange &change : m_plan.changes) {
        if (ids.contains(change.id()))
            selected.append(change);
    }
    QString text =
        tr("Apply %n change(s) to %1?", nullptr, int(selected.size())).arg(m_plan.target);
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
    HubSpotClient *client = m_loaders[TargetSide]->client();
    if (m_state != State::Planned)
        return;
    if (!client) {
        m_ui->errorPanel->showMessage(
            tr("The target portal has been closed since the comparison. Compare again."));
        updateButtons();
        return;
    }
    m_ui->errorPanel->clear();
    m_model->clearOutcomes();
    auto *applier = new PlanApplier(client, this);
    m_applier = applier;
    if (m_journal)
        applier->setJournal(m_journal, m_loaders[TargetSide]->journalProfile(),
                            m_loaders[TargetSide]->portalId(), ChangeRecord::Origin::Apply);
    connect(applier, &PlanApplier::changeFinished, this,
            [this](int index, const ChangeOutcome &outcome) {
                const QString id =
                    outcome.changeId.isEmpty() && index >= 0 && index < m_plan.changes.size()
                        ? m_plan.changes.at(index).id()
                        : outcome.changeId;
                if (m_applying.contains(id))
                    m_model->setOutcome(id, shownOutcome(outcome));
            });
    setState(State::Applying);
    m_ui->progressBar->setRange(0, m_model->selectedCount());
    m_ui->progressBar->setValue(0);
    m_ui->summaryLabel->setText(tr("Applying the checked changes to %1…").arg(m_plan.target));
    m_applying = m_model->selectedIds();
    auto *call = applier->apply(m_plan, m_applying);
    m_applyCall = call;
    connect(call, &ApiCall::progress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
    });
    call->then(this, [this, applier](const ApiResult<QList<ChangeOutcome>> &result) {
        applier->deleteLater();
        onApplied(result);
    });
}

void CompareWindow::onApplied(const ApiResult<QList<ChangeOutcome>> &result) {
    int applied = 0, inPlace = 0, failed = 0, conflicts = 0, cancelled = 0;
    if (result) {
        for (const ChangeOutcome &outcome : result.value()) {
            // Unchecked changes may be reported as skipped; they were never asked for.
            if (!m_applying.contains(outcome.changeId))
                continue;
            m_model->setOutcome(outcome.changeId, shownOutcome(outcome));
            switch (outcome.status) {
            case ChangeOutcome::Status::Applied:
                ++applied;
                break;
            case ChangeOutcome::Status::AlreadyInPlace:
                ++inPlace;
                break;
            case ChangeOutcome::Status::Failed:
                ++failed;
                break;
            case ChangeOutcome::Status::Conflict:
                ++conflicts;
                break;
            case ChangeOutcome::Status::Cancelled:
            case ChangeOutcome::Status::Skipped:
                ++cancelled;
                break;
            }
        }
    } else {
        m_ui->errorPanel->showError(result.error());
    }
    QStringList parts;
    parts << tr("%n change(s) applied", nullptr, applied);
    if (inPlace)
        parts << tr("%n already in place", nullptr, inPlace);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    if (conflicts)
        parts << tr("%n left alone because the portal had changed since the comparison", nullptr,
                    conflicts);
    if (cancelled)
        parts << tr("%n not applied", nullptr, cancelled);
    setState(State::Applied);
    m_ui->summaryLabel->setText(tr("%1. Compare again to check what is left to change.")
                                    .arg(parts.join(QStringLiteral(", "))));
    // The main window shows the portal it has read: let it read the changes too.
    if (target().kind == SchemaSource::Kind::CurrentPortal && m_currentPortal &&
        m_currentPortal->client() == m_loaders[TargetSide]->client())
        m_currentPortal->refresh();
    updateDetails();
    emit applyFinished();
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
    // The plan as the user sees it: only what is checked.
    SchemaPlan plan = m_plan;
    const QSet<QString> ids = m_model->selectedIds();
    plan.changes.removeIf([&ids](const PlanChange &c) { return !ids.contains(c.id()); });
    if (const auto written = PlanFile::write(path, plan); !written) {
        m_ui->errorPanel->showMessage(tr("The plan could not be saved. %1").arg(written.error()));
        return false;
    }
    m_ui->summaryLabel->setText(tr("Saved %n change(s) to %1.", nullptr, int(plan.changes.size()))
                                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

void CompareWindow::closeEvent(QCloseEvent *event) {
    // Closing stops reading; an apply in progress ends its current change and stops.
    cancel();
    QWidget::closeEvent(event);
}

} // namespace assoc::app
