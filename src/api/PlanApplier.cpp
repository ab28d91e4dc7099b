// SPDX-License-Identifier: MIT
#include "PlanApplier.h"

#include <QHash>
#include <QPointer>

namespace assoc {

// The state of one apply (or dry run) while it runs.
struct ApplyRun {
    SchemaPlan plan;
    QSet<QString> selected;
    bool dryRun = false;
    bool cancelled = false;
    QPointer<Call<QList<ChangeOutcome>>> call;
    QList<ChangeOutcome> outcomes;
    QHash<QString, QString> typeIds; // portable name → id in the target, as listed
    int index = -1;                  // the change being worked on
    // Dry run only: labels that would exist once the earlier changes are made ("from:to text").
    QSet<QString> wouldCreate;
};

namespace {
QString createdKey(const ObjectTypePair &pair, const QString &label) {
    return pair.key() + QLatin1Char(' ') + label;
}
} // namespace

PlanApplier::PlanApplier(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(new ChangeWriter(client, this)) {}

PlanApplier::~PlanApplier() = default;

void PlanApplier::setJournal(ChangeJournal *journal, const QString &profile, qint64 portalId,
                             ChangeRecord::Origin origin) {
    m_writer->setJournal(journal, profile, portalId);
    m_origin = origin;
}

bool PlanApplier::isRunning() const {
    return m_run != nullptr;
}

Call<QList<ChangeOutcome>> *PlanApplier::apply(const SchemaPlan &plan,
                                               const QSet<QString> &selected) {
    return run(plan, selected, false);
}

Call<QList<ChangeOutcome>> *PlanApplier::dryRun(const SchemaPlan &plan,
                                                const QSet<QString> &selected) {
    return run(plan, selected, true);
}

void PlanApplier::cancel() {
    if (m_run)
        m_run->cancelled = true;
}

Call<QList<ChangeOutcome>> *PlanApplier::run(const SchemaPlan &plan, const QSet<QString> &selected,
                                             bool dryRun) {
    auto *call = new Call<QList<ChangeOutcome>>(this);
    if (m_run) {
        call->fail(
            ApiError::validation(tr("A plan is already being applied."), tr("Applying the plan")));
        return call;
    }
    if (plan.targetPortalId == 0) {
        call->fail(ApiError::validation(
            tr("The plan does not say which portal it was made for, so it is not applied to any "
               "portal. Make the plan against the portal itself, or name the portal it is for."),
            tr("Applying the plan")));
        return call;
    }
    m_run = std::make_shared<ApplyRun>();
    m_run->plan = plan;
    m_run->selected = selected;
    m_run->dryRun = dryRun;
    m_run->call = call;
    m_run->outcomes.reserve(plan.changes.size());
    call->setCancelHandler([this] { cancel(); });

    // The plan's typeIds and before-values are those of one portal: check it is this one.
    const std::shared_ptr<ApplyRun> run = m_run;
    m_client->accountInfo(Priority::UserAction)
        ->then(this, [this, run](const ApiResult<PortalInfo> &r) {
            if (run != m_run)
                return;
            if (!r)
                return abort(run, r.error());
            const qint64 portalId = r.value().portalId;
            if (portalId != run->plan.targetPortalId)
                return abort(run, ApiError::validation(
                                      tr("The plan was made for portal %1, but this is portal "
                                         "%2; nothing was applied.")
                                          .arg(run->plan.targetPortalId)
                                          .arg(portalId),
                                      tr("Applying the plan")));
            if (m_writer->portalId() == 0)
                m_writer->setPortalId(portalId);
            readTypes(run);
        });
    return call;
}

void PlanApplier::readTypes(const std::shared_ptr<ApplyRun> &run) {
    // Object types first: the plan names them portably, the target knows them by id.
    m_client->listObjectTypes(Priority::UserAction)
        ->then(this, [this, run](const ApiResult<QList<ObjectType>> &r) {
            if (run != m_run)
                return;
            if (!r)
                return abort(run, r.error());
            // A standard type has the same id in every portal, chosen for reading or not: a
            // plan may add the first label between types the portal's listings do not mention.
            for (const ObjectType &t : StandardObjectTypes::all())
                run->typeIds.insert(t.portableName(), t.id);
            for (const ObjectType &t : r.value())
                run->typeIds.insert(t.portableName(), t.id);
            next();
        });
}

void PlanApplier::abort(const std::shared_ptr<ApplyRun> &run, const ApiError &error) {
    m_run.reset();
    if (run->call)
        run->call->fail(error);
}

void PlanApplier::next() {
    const std::shared_ptr<ApplyRun> run = m_run;
    while (run && run == m_run) {
        const int index = ++run->index;
        if (index >= run->plan.changes.size())
            return finishRun();
        const PlanChange &change = run->plan.changes.at(index);
        ChangeOutcome outcome;
        outcome.changeId = change.id();
        outcome.change = change;
        if (run->cancelled) {
            outcome.status = ChangeOutcome::Status::Cancelled;
            outcome.detail = tr("cancelled before it started");
        } else if (!run->selected.isEmpty() && !run->selected.contains(outcome.changeId)) {
            outcome.detail = tr("not selected");
        } else if (change.isDeletion() && !run->plan.allowDeletes) {
            outcome.detail = tr("deletions are not allowed by this plan");
        } else if (startChange(index)) {
            return; // the change reports through conclude() and next() when it has ended
        } else {
            continue; // ended at once and has reported
        }
        conclude(index, outcome);
    }
}

bool PlanApplier::startChange(int index) {
    const std::shared_ptr<ApplyRun> run = m_run;
    const PlanChange &change = run->plan.changes.at(index);
    auto idOf = [&run](const QString &name) -> QString {
        if (const QString id = run->typeIds.value(name); !id.isEmpty())
            return id;
        // The client lists only some standard types; the rest have fixed ids.
        if (const auto standard = StandardObjectTypes::find(name))
            return standard->id;
        return {};
    };
    const ObjectTypePair pair{idOf(change.fromType), idOf(change.toType)};
    if (pair.fromId.isEmpty() || pair.toId.isEmpty()) {
        ChangeOutcome outcome;
        outcome.changeId = change.id();
        outcome.change = change;
        outcome.status = ChangeOutcome::Status::Failed;
        outcome.error =
            ApiError::validation(tr("The target portal has no object type “%1”.")
                                     .arg(pair.fromId.isEmpty() ? change.fromType : change.toType),
                                 change.summary());
        outcome.detail = outcome.error->userMessage();
        conclude(index, outcome);
        return false;
    }
    const WriteOrigin origin{m_origin, 0};
    auto *call = run->dryRun ? m_writer->dryRun(pair, change, origin)
                             : m_writer->write(pair, change, origin);
    call->then(this, [this, run, index, pair](const ApiResult<ChangeOutcome> &r) {
        if (run != m_run)
            return;
        ChangeOutcome outcome = r ? r.value() : ChangeOutcome{};
        if (!r) {
            outcome.changeId = run->plan.changes.at(index).id();
            outcome.status = ChangeOutcome::Status::Cancelled;
            outcome.error = r.error();
        }
        const PlanChange &c = outcome.change;
        if (run->dryRun) {
            // What a dry run would create exists for the changes after it.
            if (c.kind == PlanChange::Kind::CreateLabel &&
                outcome.status == ChangeOutcome::Status::Applied) {
                run->wouldCreate.insert(createdKey(pair, c.labelText));
                run->wouldCreate.insert(
                    createdKey(pair.reversed(), c.inverseLabel.value_or(c.labelText)));
            } else if (c.kind == PlanChange::Kind::SetLimit &&
                       outcome.status == ChangeOutcome::Status::Skipped &&
                       run->wouldCreate.contains(createdKey(pair, c.labelText))) {
                outcome.status = ChangeOutcome::Status::Applied;
                outcome.detail = tr("would be set to %1 once the label exists")
                                     .arg(PlanChange::limitText(c.limitAfter));
            }
        }
        conclude(index, outcome);
        next();
    });
    return true;
}

void PlanApplier::conclude(int index, const ChangeOutcome &outcome) {
    const std::shared_ptr<ApplyRun> run = m_run;
    run->outcomes.append(outcome);
    emit changeFinished(index, outcome);
    if (run->call)
        emit run->call->progress(int(run->outcomes.size()), int(run->plan.changes.size()));
}

void PlanApplier::finishRun() {
    const std::shared_ptr<ApplyRun> run = std::move(m_run);
    if (run->call)
        run->call->resolve(run->outcomes);
}

} // namespace assoc
