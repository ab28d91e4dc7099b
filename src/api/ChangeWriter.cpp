// SPDX-License-Identifier: MIT
#include "ChangeWriter.h"

#include "HubSpotClient.h"
#include "core/ChangeCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

namespace assoc {

namespace {
// lupdate files these strings under "ChangeWriter" too; a plain tr() wrapper here would hide
// them from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(ChangeWriter)
};

// What a dry run says a change would do.
QString wouldText(const PlanChange &c) {
    switch (c.kind) {
    case PlanChange::Kind::CreateLabel:
        return Texts::tr("would be created");
    case PlanChange::Kind::RenameLabel:
        return Texts::tr("would be renamed from %1").arg(PlanChange::quotedLabel(c.labelBefore));
    case PlanChange::Kind::DeleteLabel:
        return Texts::tr("would be deleted");
    case PlanChange::Kind::SetLimit:
        return Texts::tr("would change from %1 to %2")
            .arg(PlanChange::limitText(c.limitBefore), PlanChange::limitText(c.limitAfter));
    case PlanChange::Kind::RemoveLimit:
        return Texts::tr("would remove the limit of %1").arg(PlanChange::limitText(c.limitBefore));
    }
    return {};
}

bool hasLabel(const QList<AssociationLabel> &labels, const LabelKey &key) {
    return std::any_of(labels.begin(), labels.end(),
                       [&key](const AssociationLabel &l) { return l.key() == key; });
}
} // namespace

// One change on its way: what was approved, what was found, and where it stands.
struct ChangeWriter::Job {
    ObjectTypePair pair;
    PlanChange approved;
    WriteOrigin origin;
    bool dryRun = false;
    ChangeOutcome outcome;
    QPointer<Call<ChangeOutcome>> call;
    QPointer<ApiCall> read;             // the reading before the write, cancelled with the call
    std::optional<LabelKey> inverseKey; // a deleted label's other direction, as read before
    bool writeSent = false;
    bool ended = false;
};

ChangeWriter::ChangeWriter(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    qRegisterMetaType<assoc::ChangeOutcome>();
}

ChangeWriter::~ChangeWriter() = default;

void ChangeWriter::setJournal(ChangeJournal *journal, const QString &profile, qint64 portalId) {
    m_journal = journal;
    m_profile = profile;
    m_portalId = portalId;
}

QString ChangeWriter::profileFor(const QUrl &baseUrl) {
    return baseUrl
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString();
}

QString ChangeWriter::conflictText(ChangeRecord::Origin origin, const QString &now) {
    switch (origin) {
    case ChangeRecord::Origin::Apply:
        return Texts::tr("changed since the plan was made: %1").arg(now);
    case ChangeRecord::Origin::Undo:
        return Texts::tr("changed since the change being undone: %1").arg(now);
    case ChangeRecord::Origin::Cli:
        return Texts::tr("changed while it was being read: %1").arg(now);
    case ChangeRecord::Origin::App:
        break;
    }
    return Texts::tr("changed since it was shown: %1").arg(now);
}

Call<ChangeOutcome> *ChangeWriter::write(const ObjectTypePair &pair, const PlanChange &change,
                                         const WriteOrigin &origin) {
    return start(pair, change, origin, false);
}

Call<ChangeOutcome> *ChangeWriter::dryRun(const ObjectTypePair &pair, const PlanChange &change,
                                          const WriteOrigin &origin) {
    return start(pair, change, origin, true);
}

Call<ChangeOutcome> *ChangeWriter::start(const ObjectTypePair &pair, const PlanChange &change,
                                         const WriteOrigin &origin, bool dryRun) {
    auto job = std::make_shared<Job>();
    job->pair = pair;
    job->approved = change;
    job->origin = origin;
    job->dryRun = dryRun;
    job->outcome.changeId = change.id();
    job->outcome.change = change;
    auto *call = new Call<ChangeOutcome>(this);
    job->call = call;
    // Before the write is sent, cancelling stops it; a write on its way finishes and is
    // recorded, although the call has ended.
    call->setCancelHandler([this, weak = std::weak_ptr<Job>(job)] {
        const auto j = weak.lock();
        if (!j || j->writeSent)
            return;
        if (j->read)
            j->read->cancel();
        finish(j, ChangeOutcome::Status::Cancelled, Texts::tr("cancelled before it was sent"));
    });
    auto *read = m_client->readPair(pair, Priority::UserAction);
    job->read = read;
    read->then(this, [this, job](const ApiResult<PortalSchema> &state) {
        if (job->ended)
            return;
        if (!state)
            return fail(job, state.error());
        checked(job, state.value());
    });
    return call;
}

void ChangeWriter::checked(const std::shared_ptr<Job> &job, const PortalSchema &state) {
    const ChangeCheck::Result check = ChangeCheck::check(job->approved, job->pair, state);
    job->outcome.change = check.change;
    switch (check.verdict) {
    case ChangeCheck::Verdict::AlreadyInPlace:
        return finish(job, ChangeOutcome::Status::AlreadyInPlace, check.detail);
    case ChangeCheck::Verdict::Skip:
        return finish(job, ChangeOutcome::Status::Skipped, check.detail);
    case ChangeCheck::Verdict::Conflict: {
        const QString detail = conflictText(job->origin.origin, check.detail);
        job->outcome.error = ApiError::conflict(
            Texts::tr("The portal %1; nothing was written.").arg(detail), job->approved.summary());
        return finish(job, ChangeOutcome::Status::Conflict, detail);
    }
    case ChangeCheck::Verdict::Proceed:
        break;
    }
    if (job->dryRun)
        return finish(job, ChangeOutcome::Status::Applied, wouldText(job->outcome.change));
    job->writeSent = true;
    job->inverseKey = ChangeCheck::inverseOf(state, job->pair, job->outcome.change.targetKey);
    switch (job->approved.kind) {
    case PlanChange::Kind::CreateLabel:
        return create(job);
    case PlanChange::Kind::RenameLabel:
        return rename(job);
    case PlanChange::Kind::DeleteLabel:
        return remove(job);
    case PlanChange::Kind::SetLimit:
    case PlanChange::Kind::RemoveLimit:
        return changeLimit(job);
    }
}

void ChangeWriter::create(const std::shared_ptr<Job> &job) {
    const PlanChange &c = job->outcome.change;
    const LabelCreateRequest request{c.name, c.labelText, c.inverseLabel};
    m_client->createLabel(job->pair, request)
        ->then(this, [this, job](const ApiResult<QList<AssociationLabel>> &r) {
            if (!r)
                return fail(job, r.error());
            QList<int> created;
            for (const AssociationLabel &l : r.value())
                created.append(l.typeId);
            std::sort(created.begin(), created.end());
            // HubSpot does not say which created type is which direction: read it back.
            m_client->listLabels(job->pair, Priority::UserAction)
                ->then(this, [this, job, created](const ApiResult<QList<AssociationLabel>> &lr) {
                    QList<int> ids = created;
                    PlanChange &made = job->outcome.change;
                    made.targetKey.category = AssociationCategory::UserDefined;
                    for (const AssociationLabel &l : lr ? lr.value() : QList<AssociationLabel>()) {
                        if (ids.contains(l.typeId) && l.label == made.labelText &&
                            l.category.kind() == AssociationCategory::UserDefined) {
                            made.targetKey = l.key();
                            ids.removeOne(l.typeId);
                            ids.prepend(l.typeId);
                            break;
                        }
                    }
                    QStringList text;
                    for (const int id : std::as_const(ids))
                        text.append(QString::number(id));
                    finish(job, ChangeOutcome::Status::Applied,
                           Texts::tr("created typeId %1").arg(text.join(QStringLiteral(" / "))));
                });
        });
}

void ChangeWriter::rename(const std::shared_ptr<Job> &job) {
    const PlanChange &c = job->outcome.change;
    const LabelUpdateRequest request{c.targetKey.typeId, c.labelText, c.inverseLabel};
    m_client->updateLabel(job->pair, request)->then(this, [this, job](const ApiResult<Done> &r) {
        if (!r)
            return fail(job, r.error());
        finish(job, ChangeOutcome::Status::Applied,
               Texts::tr("renamed from %1")
                   .arg(PlanChange::quotedLabel(job->outcome.change.labelBefore)));
    });
}

void ChangeWriter::remove(const std::shared_ptr<Job> &job) {
    m_client->deleteLabel(job->pair, job->outcome.change.targetKey.typeId)
        ->then(this, [this, job](const ApiResult<Done> &r) {
            // A delete that happened although its answer was lost, or HubSpot's 404 for a
            // repeated one: what the pair holds now decides.
            afterDelete(job, r ? std::nullopt : std::optional<ApiError>(r.error()));
        });
}

void ChangeWriter::afterDelete(const std::shared_ptr<Job> &job,
                               const std::optional<ApiError> &error) {
    m_client->readPair(job->pair, Priority::UserAction)
        ->then(this, [this, job, error](const ApiResult<PortalSchema> &r) {
            if (!r)
                return fail(job, error.value_or(r.error()));
            const LabelKey key = job->outcome.change.targetKey;
            const PairSchema *forward = r.value().pair(job->pair);
            if (forward && hasLabel(forward->labels, key))
                return fail(job, error.value_or(ApiError::validation(
                                     Texts::tr("HubSpot accepted the deletion, but the label "
                                               "is still there."),
                                     job->approved.summary())));
            if (!job->inverseKey)
                return finish(job, ChangeOutcome::Status::Applied,
                              Texts::tr("deleted typeId %1").arg(key.typeId));
            const QString done =
                Texts::tr("deleted typeId %1 / %2").arg(key.typeId).arg(job->inverseKey->typeId);
            // Whether HubSpot deletes the other direction too is not documented: make sure.
            const ObjectTypePair other =
                job->pair.isSameObject() ? job->pair : job->pair.reversed();
            const PairSchema *reverse = r.value().pair(other);
            if (!reverse || !hasLabel(reverse->labels, *job->inverseKey))
                return finish(job, ChangeOutcome::Status::Applied, done);
            m_client->deleteLabel(other, job->inverseKey->typeId)
                ->then(this, [this, job, done](const ApiResult<Done> &dr) {
                    if (!dr)
                        return fail(job, dr.error());
                    finish(job, ChangeOutcome::Status::Applied, done);
                });
        });
}

void ChangeWriter::changeLimit(const std::shared_ptr<Job> &job) {
    const PlanChange &c = job->outcome.change;
    m_client->changeLimit(job->pair, c.targetKey, c.limitBefore, c.limitAfter)
        ->then(this, [this, job](const ApiResult<LimitChange> &r) {
            if (!r)
                return fail(job, r.error());
            const PlanChange &done = job->outcome.change;
            finish(job, ChangeOutcome::Status::Applied,
                   done.limitAfter ? Texts::tr("limit %1 → %2")
                                         .arg(PlanChange::limitText(done.limitBefore),
                                              PlanChange::limitText(done.limitAfter))
                                   : Texts::tr("removed the limit of %1")
                                         .arg(PlanChange::limitText(done.limitBefore)));
        });
}

void ChangeWriter::fail(const std::shared_ptr<Job> &job, const ApiError &error) {
    job->outcome.error = error;
    finish(job,
           error.kind == ApiError::Kind::Canceled   ? ChangeOutcome::Status::Cancelled
           : error.kind == ApiError::Kind::Conflict ? ChangeOutcome::Status::Conflict
                                                    : ChangeOutcome::Status::Failed,
           error.userMessage());
}

void ChangeWriter::finish(const std::shared_ptr<Job> &job, ChangeOutcome::Status status,
                          const QString &detail) {
    if (job->ended)
        return;
    job->ended = true;
    job->outcome.status = status;
    job->outcome.detail = detail;
    const auto resolve = [job] {
        if (job->call)
            job->call->resolve(job->outcome);
    };
    if (m_journal && !job->dryRun && (job->writeSent || status == ChangeOutcome::Status::Conflict))
        record(job, resolve);
    else
        resolve();
}

void ChangeWriter::record(const std::shared_ptr<Job> &job, const std::function<void()> &then) {
    const ChangeOutcome &o = job->outcome;
    ChangeRecord r;
    r.profile = m_profile;
    r.origin = job->origin.origin;
    r.undoOf = job->origin.undoOf;
    r.pair = job->pair;
    r.change = o.change;
    switch (o.status) {
    case ChangeOutcome::Status::Applied:
    case ChangeOutcome::Status::AlreadyInPlace:
        r.outcome = ChangeRecord::Outcome::Succeeded;
        break;
    case ChangeOutcome::Status::Conflict:
    case ChangeOutcome::Status::Skipped:
        r.outcome = ChangeRecord::Outcome::Skipped;
        break;
    case ChangeOutcome::Status::Cancelled:
        r.outcome = ChangeRecord::Outcome::Cancelled;
        break;
    case ChangeOutcome::Status::Failed:
        r.outcome = ChangeRecord::Outcome::Failed;
        break;
    }
    if (o.error) {
        r.message = o.error->message;
        r.correlationId = o.error->correlationId;
    }
    r.when = QDateTime::currentDateTimeUtc();
    m_pendingRecords.append({r, then});
    if (m_portalId != 0 || m_portalIdAsked)
        return flushRecords();
    if (m_pendingRecords.size() > 1)
        return; // the portal id is being asked for already
    // A write's answer does not say which portal it went to: ask once, then record.
    m_client->accountInfo(Priority::UserAction)
        ->then(this, [this](const ApiResult<PortalInfo> &info) {
            m_portalIdAsked = true;
            // A portal that does not say its id is still recorded, as portal 0.
            m_portalId = info ? info.value().portalId : 0;
            flushRecords();
        });
}

void ChangeWriter::flushRecords() {
    const auto pending = std::exchange(m_pendingRecords, {});
    for (auto [record, then] : pending) {
        record.portalId = m_portalId;
        if (m_journal)
            m_journal->record(record);
        then();
    }
}

} // namespace assoc
