// SPDX-License-Identifier: MIT
#include "PlanApplier.h"

#include "core/LabelPairing.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <functional>

namespace assoc {

namespace {
// One pair's labels and limits in both directions, as read just before a change.
struct PairState {
    ObjectTypePair pair;
    QList<AssociationLabel> labels;
    QList<AssociationLabel> reverseLabels; // the same list for a same-object pair
    QList<AssociationLimit> limits;
    QList<AssociationLimit> reverseLimits;

    const AssociationLabel *label(const LabelKey &key) const {
        for (const AssociationLabel &l : labels) {
            if (l.key() == key)
                return &l;
        }
        return nullptr;
    }
    const AssociationLabel *reverseLabel(const LabelKey &key) const {
        for (const AssociationLabel &l : reverseLabels) {
            if (l.key() == key)
                return &l;
        }
        return nullptr;
    }
    static std::optional<int> limitIn(const QList<AssociationLimit> &list, const LabelKey &key) {
        for (const AssociationLimit &l : list) {
            if (l.key() == key)
                return l.maxToObjectIds;
        }
        return std::nullopt;
    }
    // The other direction's association type of `key`, unless it is its own (symmetric).
    std::optional<LabelKey> inverseOf(const LabelKey &key) const {
        const auto pairing = pair.isSameObject() ? LabelPairing::infer(labels, labels)
                                                 : LabelPairing::infer(labels, reverseLabels);
        auto it = pairing.constFind(key);
        if (it == pairing.constEnd() || (pair.isSameObject() && *it == key))
            return std::nullopt;
        return *it;
    }
    // A user-defined label of this direction with `text`, whose other direction reads `inverse`
    // (when given); a label read in one direction only also counts.
    const AssociationLabel *findUserLabel(const QString &text,
                                          const std::optional<QString> &inverse) const {
        for (const AssociationLabel &l : labels) {
            if (l.category.kind() != AssociationCategory::UserDefined || l.label != text)
                continue;
            const std::optional<LabelKey> inv = inverseOf(l.key());
            const AssociationLabel *other = inv ? reverseLabel(*inv) : nullptr;
            const QString expected = inverse.value_or(text);
            if (!other || other->label.value_or(QString()) == expected ||
                (pair.isSameObject() && !inverse))
                return &l;
        }
        return nullptr;
    }
};

QString limitText(std::optional<int> limit) {
    return limit ? QString::number(*limit) : PlanApplier::tr("none");
}
} // namespace

// The state of one apply (or dry run) while it runs.
struct ApplyRun {
    SchemaPlan plan;
    QSet<QString> selected;
    bool dryRun = false;
    bool cancelled = false;
    QPointer<Call<QList<ChangeOutcome>>> call;
    QList<ChangeOutcome> outcomes;
    QHash<QString, QString> typeIds; // portable name → id in the target, as listed
    QHash<QString, QString> pairs;   // portable name → id, of every type a change used
    int index = -1;                  // the change being worked on
    // Dry run only: labels that would exist once the earlier changes are made ("from:to text").
    QSet<QString> wouldCreate;
};

namespace {
// What one change does once its pair has been read: the outcome now, or a write to send.
// It is the context of its own requests and deletes itself once it has reported, so that
// nothing arrives for a step that is gone.
class ChangeStep : public QObject {
public:
    using Report = std::function<void(ChangeOutcome, const PlanChange &, bool attempted)>;
    ChangeStep(HubSpotClient *client, QObject *parent, const PlanChange &change,
               const PairState &state, bool dryRun, QSet<QString> *wouldCreate, Report done)
        : QObject(parent)
        , m_client(client)
        , m_context(this)
        , m_change(change)
        , m_state(state)
        , m_dryRun(dryRun)
        , m_wouldCreate(wouldCreate)
        , m_done(std::move(done)) {
        m_outcome.changeId = change.id();
    }

    void run() {
        switch (m_change.kind) {
        case PlanChange::Kind::CreateLabel:
            return create();
        case PlanChange::Kind::RenameLabel:
            return rename();
        case PlanChange::Kind::DeleteLabel:
            return remove();
        case PlanChange::Kind::SetLimit:
            return setLimit();
        case PlanChange::Kind::RemoveLimit:
            return removeLimit();
        }
    }

private:
    void end(ChangeOutcome::Status status, const QString &detail, bool attempted = false) {
        m_outcome.status = status;
        m_outcome.detail = detail;
        report(attempted);
    }
    void fail(const ApiError &error, bool attempted = true) {
        m_outcome.status = ChangeOutcome::Status::Failed;
        m_outcome.error = error;
        m_outcome.detail = error.userMessage();
        report(attempted);
    }
    void report(bool attempted) {
        deleteLater();
        m_done(m_outcome, m_change, attempted);
    }
    void refuse(const QString &message) {
        fail(ApiError::validation(message, m_change.summary()), false);
    }
    QString createdKey(const ObjectTypePair &pair, const QString &label) const {
        return pair.key() + QLatin1Char(' ') + label;
    }

    void create() {
        const PairState &s = m_state;
        if (const AssociationLabel *there =
                s.findUserLabel(m_change.labelText, m_change.inverseLabel)) {
            m_change.targetKey = there->key();
            return end(ChangeOutcome::Status::AlreadyInPlace,
                       PlanApplier::tr("exists as typeId %1").arg(there->typeId));
        }
        if (m_dryRun) {
            m_wouldCreate->insert(createdKey(s.pair, m_change.labelText));
            m_wouldCreate->insert(
                createdKey(s.pair.reversed(), m_change.inverseLabel.value_or(m_change.labelText)));
            return end(ChangeOutcome::Status::Applied, PlanApplier::tr("would be created"));
        }
        LabelCreateRequest request{m_change.name, m_change.labelText, m_change.inverseLabel};
        const ObjectTypePair pair = s.pair;
        m_client->createLabel(pair, request)
            ->then(m_context, [this, pair](const ApiResult<QList<AssociationLabel>> &r) {
                if (!r)
                    return fail(r.error());
                QSet<int> created;
                for (const AssociationLabel &l : r.value())
                    created.insert(l.typeId);
                // HubSpot does not say which created type is which direction: read it back.
                m_client->listLabels(pair, Priority::UserAction)
                    ->then(m_context, [this,
                                       created](const ApiResult<QList<AssociationLabel>> &lr) {
                        QStringList ids;
                        QList<int> sorted(created.begin(), created.end());
                        std::sort(sorted.begin(), sorted.end());
                        if (lr) {
                            for (const AssociationLabel &l : lr.value()) {
                                if (created.contains(l.typeId) && l.label == m_change.labelText &&
                                    l.category.kind() == AssociationCategory::UserDefined) {
                                    m_change.targetKey = l.key();
                                    sorted.removeOne(l.typeId);
                                    sorted.prepend(l.typeId);
                                    break;
                                }
                            }
                        }
                        for (int id : std::as_const(sorted))
                            ids.append(QString::number(id));
                        end(ChangeOutcome::Status::Applied,
                            PlanApplier::tr("created typeId %1")
                                .arg(ids.join(QStringLiteral(" / "))),
                            true);
                    });
            });
    }

    void rename() {
        const PairState &s = m_state;
        const AssociationLabel *current = s.label(m_change.targetKey);
        if (!current)
            return refuse(PlanApplier::tr("Association type %1 is no longer on %2 → %3.")
                              .arg(m_change.targetKey.typeId)
                              .arg(m_change.fromType, m_change.toType));
        const std::optional<LabelKey> inv = s.inverseOf(current->key());
        const AssociationLabel *other =
            inv ? (s.pair.isSameObject() ? s.label(*inv) : s.reverseLabel(*inv)) : nullptr;
        m_change.labelBefore = current->label.value_or(QString());
        m_change.inverseLabelBefore =
            other ? std::optional<QString>(other->label.value_or(QString())) : std::nullopt;
        const bool labelDone = current->label == m_change.labelText;
        const bool inverseDone =
            !m_change.inverseLabel || !other || other->label == *m_change.inverseLabel;
        if (labelDone && inverseDone)
            return end(ChangeOutcome::Status::AlreadyInPlace,
                       PlanApplier::tr("already reads %1")
                           .arg(PlanChange::quotedLabel(m_change.labelText)));
        if (m_dryRun)
            return end(ChangeOutcome::Status::Applied,
                       PlanApplier::tr("would be renamed from %1")
                           .arg(PlanChange::quotedLabel(m_change.labelBefore)));
        LabelUpdateRequest request{current->typeId, m_change.labelText, m_change.inverseLabel};
        m_client->updateLabel(s.pair, request)->then(m_context, [this](const ApiResult<Done> &r) {
            if (!r)
                return fail(r.error());
            end(ChangeOutcome::Status::Applied,
                PlanApplier::tr("renamed from %1")
                    .arg(PlanChange::quotedLabel(m_change.labelBefore)),
                true);
        });
    }

    // The association type a limit change is about; for a label the plan creates, found by text.
    const AssociationLabel *limitTarget() {
        const PairState &s = m_state;
        if (m_change.targetKey.typeId != 0)
            return s.label(m_change.targetKey);
        for (const AssociationLabel &l : s.labels) {
            if (l.category == m_change.targetKey.category && l.label == m_change.labelText)
                return &l;
        }
        return nullptr;
    }

    void setLimit() {
        const PairState &s = m_state;
        const AssociationLabel *label = limitTarget();
        if (!label) {
            if (m_change.targetKey.typeId != 0)
                return refuse(PlanApplier::tr("Association type %1 is not on %2 → %3.")
                                  .arg(m_change.targetKey.typeId)
                                  .arg(m_change.fromType, m_change.toType));
            if (m_dryRun && m_wouldCreate->contains(createdKey(s.pair, m_change.labelText)))
                return end(ChangeOutcome::Status::Applied,
                           PlanApplier::tr("would be set to %1 once the label exists")
                               .arg(limitText(m_change.limitAfter)));
            return end(ChangeOutcome::Status::Skipped,
                       PlanApplier::tr("the label %1 is not on this pair (it was not created)")
                           .arg(PlanChange::quotedLabel(m_change.labelText)));
        }
        m_change.targetKey = label->key();
        m_change.limitBefore = PairState::limitIn(s.limits, label->key());
        if (m_change.limitBefore == m_change.limitAfter)
            return end(ChangeOutcome::Status::AlreadyInPlace,
                       PlanApplier::tr("already %1").arg(limitText(m_change.limitAfter)));
        if (m_dryRun)
            return end(ChangeOutcome::Status::Applied,
                       PlanApplier::tr("would change from %1 to %2")
                           .arg(limitText(m_change.limitBefore), limitText(m_change.limitAfter)));
        const LimitInput input{label->category, label->typeId, m_change.limitAfter.value_or(1)};
        m_client->setLimit(s.pair, input)->then(m_context, [this](const ApiResult<LimitChange> &r) {
            if (!r)
                return fail(r.error());
            m_change.limitBefore = r.value().before;
            end(ChangeOutcome::Status::Applied,
                PlanApplier::tr("limit %1 → %2")
                    .arg(limitText(m_change.limitBefore), limitText(m_change.limitAfter)),
                true);
        });
    }

    void removeLimit() {
        const PairState &s = m_state;
        m_change.limitBefore = PairState::limitIn(s.limits, m_change.targetKey);
        m_change.limitAfter.reset();
        if (!m_change.limitBefore)
            return end(ChangeOutcome::Status::AlreadyInPlace, PlanApplier::tr("no limit set"));
        if (m_dryRun)
            return end(ChangeOutcome::Status::Applied,
                       PlanApplier::tr("would remove the limit of %1")
                           .arg(limitText(m_change.limitBefore)));
        m_client->removeLimit(s.pair, m_change.targetKey)
            ->then(m_context, [this](const ApiResult<LimitChange> &r) {
                if (!r)
                    return fail(r.error());
                end(ChangeOutcome::Status::Applied,
                    PlanApplier::tr("removed the limit of %1").arg(limitText(m_change.limitBefore)),
                    true);
            });
    }

    void remove() {
        const PairState &s = m_state;
        const AssociationLabel *current = s.label(m_change.targetKey);
        if (!current)
            return end(ChangeOutcome::Status::AlreadyInPlace, PlanApplier::tr("already deleted"));
        if (current->category.kind() != AssociationCategory::UserDefined)
            return refuse(PlanApplier::tr("Association type %1 is not user-defined; it cannot be "
                                          "deleted.")
                              .arg(current->typeId));
        if (current->label.value_or(QString()) != m_change.labelText)
            return refuse(PlanApplier::tr("The label now reads %1, not %2; it changed since the "
                                          "plan was made and is left alone.")
                              .arg(PlanChange::quotedLabel(current->label.value_or(QString())),
                                   PlanChange::quotedLabel(m_change.labelText)));
        // Recorded as it is now, so that undo can bring back both directions and their limits.
        m_change.labelBefore = m_change.labelText;
        m_change.limitBefore = PairState::limitIn(s.limits, current->key());
        const std::optional<LabelKey> inv = s.inverseOf(current->key());
        const AssociationLabel *other =
            inv ? (s.pair.isSameObject() ? s.label(*inv) : s.reverseLabel(*inv)) : nullptr;
        if (other) {
            m_change.inverseLabelBefore = other->label.value_or(QString());
            m_change.inverseLimitBefore = PairState::limitIn(
                s.pair.isSameObject() ? s.limits : s.reverseLimits, other->key());
        }
        if (m_dryRun)
            return end(ChangeOutcome::Status::Applied, PlanApplier::tr("would be deleted"));
        const ObjectTypePair pair = s.pair;
        const std::optional<LabelKey> inverseKey =
            other ? std::optional(other->key()) : std::nullopt;
        const LabelKey key = current->key();
        m_client->deleteLabel(pair, key.typeId)
            ->then(m_context, [this, pair, key, inverseKey](const ApiResult<Done> &r) {
                // A delete that happened although its answer was lost, or HubSpot's 404 for a
                // repeated one: what the pair holds now decides.
                const std::optional<ApiError> error =
                    r ? std::nullopt : std::optional<ApiError>(r.error());
                afterDelete(pair, key, inverseKey, error);
            });
    }

    void afterDelete(const ObjectTypePair &pair, const LabelKey &key,
                     const std::optional<LabelKey> &inverseKey,
                     const std::optional<ApiError> &error) {
        const ObjectTypePair other = pair.isSameObject() ? pair : pair.reversed();
        auto *forward = m_client->listLabels(pair, Priority::UserAction);
        forward->then(m_context, [this, other, key, inverseKey,
                                  error](const ApiResult<QList<AssociationLabel>> &r) {
            if (!r)
                return fail(error.value_or(r.error()));
            const bool gone =
                std::none_of(r.value().begin(), r.value().end(),
                             [&key](const AssociationLabel &l) { return l.key() == key; });
            if (!gone)
                return fail(error.value_or(ApiError::validation(
                    PlanApplier::tr("HubSpot accepted the deletion, but the label is still there."),
                    m_change.summary())));
            if (!inverseKey)
                return end(ChangeOutcome::Status::Applied,
                           PlanApplier::tr("deleted typeId %1").arg(key.typeId), true);
            // Whether HubSpot deletes the other direction too is not documented: make sure.
            m_client->listLabels(other, Priority::UserAction)
                ->then(m_context, [this, other, key,
                                   inverseKey](const ApiResult<QList<AssociationLabel>> &rr) {
                    if (!rr)
                        return fail(rr.error());
                    const bool stays = std::any_of(rr.value().begin(), rr.value().end(),
                                                   [&inverseKey](const AssociationLabel &l) {
                                                       return l.key() == *inverseKey;
                                                   });
                    const QString done = PlanApplier::tr("deleted typeId %1 / %2")
                                             .arg(key.typeId)
                                             .arg(inverseKey->typeId);
                    if (!stays)
                        return end(ChangeOutcome::Status::Applied, done, true);
                    m_client->deleteLabel(other, inverseKey->typeId)
                        ->then(m_context, [this, done](const ApiResult<Done> &dr) {
                            if (!dr)
                                return fail(dr.error());
                            end(ChangeOutcome::Status::Applied, done, true);
                        });
                });
        });
    }

    HubSpotClient *m_client;
    QObject *m_context;
    PlanChange m_change;
    PairState m_state;
    bool m_dryRun;
    QSet<QString> *m_wouldCreate;
    Report m_done;
    ChangeOutcome m_outcome;
};

// Reads a pair's labels and limits in both directions at once.
void readPair(HubSpotClient *client, QObject *context, const ObjectTypePair &pair,
              std::function<void(const ApiResult<PairState> &)> done) {
    struct Pending {
        PairState state;
        int remaining = 0;
        std::optional<ApiError> error;
        std::function<void(const ApiResult<PairState> &)> done;
    };
    auto p = std::make_shared<Pending>();
    p->state.pair = pair;
    p->done = std::move(done);
    const bool same = pair.isSameObject();
    p->remaining = same ? 2 : 4;
    auto step = [p] {
        if (--p->remaining > 0)
            return;
        if (p->error)
            p->done(ApiResult<PairState>::failure(*p->error));
        else
            p->done(p->state);
    };
    auto labels = [p, step, same](bool reverse) {
        return [p, step, same, reverse](const ApiResult<QList<AssociationLabel>> &r) {
            if (!r)
                p->error = p->error.value_or(r.error());
            else if (reverse)
                p->state.reverseLabels = r.value();
            else {
                p->state.labels = r.value();
                if (same)
                    p->state.reverseLabels = r.value();
            }
            step();
        };
    };
    auto limits = [p, step, same](bool reverse) {
        return [p, step, same, reverse](const ApiResult<QList<AssociationLimit>> &r) {
            if (!r)
                p->error = p->error.value_or(r.error());
            else if (reverse)
                p->state.reverseLimits = r.value();
            else {
                p->state.limits = r.value();
                if (same)
                    p->state.reverseLimits = r.value();
            }
            step();
        };
    };
    client->listLabels(pair, Priority::UserAction)->then(context, labels(false));
    client->listLimits(pair, Priority::UserAction)->then(context, limits(false));
    if (!same) {
        client->listLabels(pair.reversed(), Priority::UserAction)->then(context, labels(true));
        client->listLimits(pair.reversed(), Priority::UserAction)->then(context, limits(true));
    }
}
} // namespace

PlanApplier::PlanApplier(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    qRegisterMetaType<assoc::ChangeOutcome>();
}

PlanApplier::~PlanApplier() = default;

void PlanApplier::setJournal(ChangeJournal *journal, const QString &profile, qint64 portalId,
                             ChangeRecord::Origin origin) {
    m_journal = journal;
    m_profile = profile;
    m_portalId = portalId;
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
    m_run = std::make_shared<ApplyRun>();
    m_run->plan = plan;
    m_run->selected = selected;
    m_run->dryRun = dryRun;
    m_run->call = call;
    m_run->outcomes.reserve(plan.changes.size());
    call->setCancelHandler([this] { cancel(); });

    // Object types first: the plan names them portably, the target knows them by id.
    const std::shared_ptr<ApplyRun> run = m_run;
    m_client->listObjectTypes(Priority::UserAction)
        ->then(this, [this, run](const ApiResult<QList<ObjectType>> &r) {
            if (run != m_run)
                return;
            if (!r) {
                m_run.reset();
                if (run->call)
                    run->call->fail(r.error());
                return;
            }
            for (const ObjectType &t : r.value())
                run->typeIds.insert(t.portableName(), t.id);
            next();
        });
    return call;
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
        conclude(index, outcome, std::nullopt);
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
        outcome.status = ChangeOutcome::Status::Failed;
        outcome.error =
            ApiError::validation(tr("The target portal has no object type “%1”.")
                                     .arg(pair.fromId.isEmpty() ? change.fromType : change.toType),
                                 change.summary());
        outcome.detail = outcome.error->userMessage();
        conclude(index, outcome, std::nullopt);
        return false;
    }
    run->pairs.insert(change.fromType, pair.fromId);
    run->pairs.insert(change.toType, pair.toId);
    readPair(m_client, this, pair, [this, run, index](const ApiResult<PairState> &state) {
        if (run != m_run)
            return;
        const PlanChange &planned = run->plan.changes.at(index);
        if (!state) {
            ChangeOutcome outcome;
            outcome.changeId = planned.id();
            outcome.status = ChangeOutcome::Status::Failed;
            outcome.error = state.error();
            outcome.detail = state.error().userMessage();
            conclude(index, outcome, std::nullopt);
            return next();
        }
        auto *step = new ChangeStep(
            m_client, this, planned, state.value(), run->dryRun, &run->wouldCreate,
            [this, run, index](const ChangeOutcome &outcome, const PlanChange &done,
                               bool attempted) {
                if (run != m_run)
                    return;
                conclude(index, outcome, attempted ? std::optional(done) : std::nullopt);
                next();
            });
        step->run();
    });
    return true;
}

void PlanApplier::conclude(int index, const ChangeOutcome &outcome,
                           const std::optional<PlanChange> &attempted) {
    const std::shared_ptr<ApplyRun> run = m_run;
    if (attempted && !run->dryRun)
        record(*run, *attempted, outcome);
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

void PlanApplier::record(const ApplyRun &run, const PlanChange &change,
                         const ChangeOutcome &outcome) {
    if (!m_journal)
        return;
    ChangeRecord r;
    r.when = QDateTime::currentDateTimeUtc();
    r.profile = m_profile;
    r.portalId = m_portalId;
    r.origin = m_origin;
    const QHash<QString, QString> &ids = run.pairs;
    r.pair = {ids.value(change.fromType, change.fromType), ids.value(change.toType, change.toType)};
    r.change = change;
    r.outcome = outcome.status == ChangeOutcome::Status::Failed ? ChangeRecord::Outcome::Failed
                                                                : ChangeRecord::Outcome::Succeeded;
    if (outcome.error) {
        r.message = outcome.error->message;
        r.correlationId = outcome.error->correlationId;
    }
    m_journal->record(r);
}

} // namespace assoc
