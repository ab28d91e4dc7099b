// SPDX-License-Identifier: MIT
#include "CompareSession.h"

#include "SourceLoader.h"
#include "api/PlanApplier.h"
#include "auth/Redactor.h"
#include "core/PlanFile.h"
#include "core/SchemaComparer.h"
#include "models/PlanTreeModel.h"
#include "models/PortalSession.h"

namespace assoc::app {

using models::PlanTreeModel;

namespace {
constexpr int SourceSide = 0;
constexpr int TargetSide = 1;

// The plan view shows an outcome's texts as they are: they pass the redactor on the way in.
ChangeOutcome shownOutcome(ChangeOutcome outcome) {
    if (outcome.error)
        outcome.error = auth::Redactor::forDisplay(*outcome.error);
    outcome.detail = auth::Redactor::forDisplay(outcome.detail);
    return outcome;
}
} // namespace

QString CompareSession::Tally::text() const {
    QStringList parts;
    parts << CompareSession::tr("%n change(s) applied", nullptr, applied);
    if (alreadyInPlace)
        parts << CompareSession::tr("%n already in place", nullptr, alreadyInPlace);
    if (failed)
        parts << CompareSession::tr("%n failed", nullptr, failed);
    if (conflicts)
        parts << CompareSession::tr(
            "%n left alone because the portal had changed since the comparison", nullptr,
            conflicts);
    if (notApplied)
        parts << CompareSession::tr("%n not applied", nullptr, notApplied);
    return parts.join(QStringLiteral(", "));
}

CompareSession::CompareSession(QObject *parent)
    : QObject(parent)
    , m_model(new PlanTreeModel(this))
    , m_loaders{new SourceLoader(this), new SourceLoader(this)} {}

CompareSession::~CompareSession() {
    for (const auto &call : m_calls) {
        if (call)
            call->cancel();
    }
    if (m_applier)
        m_applier->cancel();
}

void CompareSession::setCurrentPortal(models::PortalSession *session) {
    m_currentPortal = session;
    for (SourceLoader *loader : m_loaders)
        loader->setCurrentPortal(session);
}

void CompareSession::setProfiles(auth::ProfileStore *store, auth::SecretStore *secrets) {
    for (SourceLoader *loader : m_loaders)
        loader->setProfiles(store, secrets);
}

void CompareSession::setJournal(ChangeJournal *journal) {
    m_journal = journal;
}

void CompareSession::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    m_model->setCheckingEnabled(state == State::Planned);
    emit stateChanged(state);
}

bool CompareSession::compare(const SchemaSource &source, const SchemaSource &target) {
    if (isBusy())
        return false;
    const int run = ++m_run;
    m_schemas = {};
    m_progress = {};
    m_target = target;
    setState(State::Loading);
    emitLoadProgress();
    const std::array<SchemaSource, 2> sides{source, target};
    for (int side : {SourceSide, TargetSide}) {
        auto *call = m_loaders[side]->load(sides[side]);
        m_calls[side] = call;
        connect(call, &ApiCall::progress, this, [this, side, run](int done, int total) {
            if (run != m_run)
                return;
            m_progress[side] = {done, total};
            emitLoadProgress();
        });
        call->then(this, [this, side, run](const ApiResult<PortalSchema> &result) {
            onSideLoaded(side, result, run);
        });
    }
    return true;
}

void CompareSession::emitLoadProgress() {
    emit progress(m_progress[0].first + m_progress[1].first,
                  m_progress[0].second + m_progress[1].second);
}

void CompareSession::onSideLoaded(int side, const ApiResult<PortalSchema> &result, int run) {
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
        setState(State::Idle);
        emit compareFailed(error);
        return;
    }
    m_schemas[side] = result.value();
    if (m_schemas[SourceSide] && m_schemas[TargetSide])
        replan();
}

void CompareSession::setIncludeDeletions(bool include) {
    if (include == m_includeDeletions)
        return;
    m_includeDeletions = include;
    if (m_schemas[SourceSide] && m_schemas[TargetSide] && m_state == State::Planned)
        replan();
}

void CompareSession::replan() {
    const PortalSchema &source = *m_schemas[SourceSide];
    const PortalSchema &target = *m_schemas[TargetSide];
    SchemaPlan plan = SchemaComparer::plan(source, target, {m_includeDeletions});
    plan.allowDeletes = m_includeDeletions;
    plan.source = m_loaders[SourceSide]->description();
    plan.target = m_loaders[TargetSide]->description();
    plan.targetPortalId = m_loaders[TargetSide]->portalId();
    m_hiddenDeletions = 0;
    if (!m_includeDeletions) {
        const SchemaPlan all = SchemaComparer::plan(source, target, {true});
        for (const PlanChange &change : all.changes)
            m_hiddenDeletions += change.isDeletion() ? 1 : 0;
    }
    m_plan = plan;
    m_model->setPlan(plan);
    setState(State::Planned);
    emit compared();
}

void CompareSession::cancel() {
    if (m_state == State::Loading) {
        for (const auto &call : m_calls) {
            if (call)
                call->cancel();
        }
    } else if (m_state == State::Applying && m_applier) {
        m_applier->cancel();
    }
}

QString CompareSession::applyBlocker() const {
    if (m_state != State::Planned)
        return m_state == State::Applied ? tr("Compare again to see what is left to change.")
                                         : tr("Compare first.");
    if (!m_target.isPortal())
        return tr("The target is a file: changes can only be applied to a portal. Save the plan "
                  "instead.");
    if (!m_loaders[TargetSide]->client())
        return tr("The target portal has been closed since the comparison. Compare again.");
    if (m_model->selectedCount() == 0)
        return tr("Check the changes to apply.");
    return {};
}

QList<PlanChange> CompareSession::checkedChanges() const {
    QList<PlanChange> out;
    const QSet<QString> ids = m_model->selectedIds();
    for (const PlanChange &change : m_plan.changes) {
        if (ids.contains(change.id()))
            out.append(change);
    }
    return out;
}

bool CompareSession::apply() {
    if (!applyBlocker().isEmpty())
        return false;
    m_model->clearOutcomes();
    m_tally = {};
    auto *applier = new PlanApplier(m_loaders[TargetSide]->client(), this);
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
    m_applying = m_model->selectedIds();
    setState(State::Applying);
    emit progress(0, int(m_applying.size()));
    auto *call = applier->apply(m_plan, m_applying);
    connect(call, &ApiCall::progress, this, &CompareSession::progress);
    call->then(this, [this, applier](const ApiResult<QList<ChangeOutcome>> &result) {
        applier->deleteLater();
        onApplied(result);
    });
    return true;
}

void CompareSession::onApplied(const ApiResult<QList<ChangeOutcome>> &result) {
    m_tally = {};
    std::optional<ApiError> error;
    if (result) {
        for (const ChangeOutcome &outcome : result.value()) {
            // Unchecked changes may be reported as skipped; they were never asked for.
            if (!m_applying.contains(outcome.changeId))
                continue;
            m_model->setOutcome(outcome.changeId, shownOutcome(outcome));
            switch (outcome.status) {
            case ChangeOutcome::Status::Applied:
                ++m_tally.applied;
                break;
            case ChangeOutcome::Status::AlreadyInPlace:
                ++m_tally.alreadyInPlace;
                break;
            case ChangeOutcome::Status::Failed:
                ++m_tally.failed;
                break;
            case ChangeOutcome::Status::Conflict:
                ++m_tally.conflicts;
                break;
            case ChangeOutcome::Status::Cancelled:
            case ChangeOutcome::Status::Skipped:
                ++m_tally.notApplied;
                break;
            }
        }
    } else {
        error = result.error();
    }
    setState(State::Applied);
    // The main window shows the portal it has read: let it read the changes too.
    if (m_target.kind == SchemaSource::Kind::CurrentPortal && m_currentPortal &&
        m_currentPortal->client() == m_loaders[TargetSide]->client())
        m_currentPortal->refresh();
    emit applyFinished(error);
}

Expected<int, QString> CompareSession::savePlan(const QString &path) const {
    // The plan as the user sees it: only what is checked.
    SchemaPlan plan = m_plan;
    plan.changes = checkedChanges();
    if (const auto written = PlanFile::write(path, plan); !written)
        return Expected<int, QString>::failure(written.error());
    return int(plan.changes.size());
}

} // namespace assoc::app
