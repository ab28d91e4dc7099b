// SPDX-License-Identifier: MIT
#include "PortalSession.h"

#include "core/Validation.h"

#include <QNetworkAccessManager>
#include <algorithm>

namespace assoc::models {

namespace {
bool isCanceled(const ApiError &e) {
    return e.kind == ApiError::Kind::Canceled;
}

// The same types in any order: a snapshot lists them sorted, the portal in its own order, and
// rebuilding the tree only for that would lose the user's place.
bool sameTypes(QList<ObjectType> a, QList<ObjectType> b) {
    const auto byId = [](const ObjectType &x, const ObjectType &y) { return x.id < y.id; };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    return a == b;
}
} // namespace

PortalSession::PortalSession(QNetworkAccessManager *network, const ClientConfig &config,
                             QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<HubSpotClient>(network, config))
    , m_context(std::make_unique<QObject>())
    , m_labelMaximum(Validation::MaxUserLabelsPerPair) {}

PortalSession::~PortalSession() {
    // Answers that arrive while the client shuts down must not reach a half-destroyed session.
    m_context.reset();
    m_client.reset();
}

QString PortalSession::pairAction(const ObjectTypePair &pair) {
    return QStringLiteral("pair:") + pair.key();
}

void PortalSession::setState(ConnectionState state) {
    if (m_state == state)
        return;
    m_state = state;
    emit connectionStateChanged(state);
}

void PortalSession::adoptSnapshot(const PortalSchema &snapshot) {
    m_snapshot = snapshot;
    m_schema = snapshot;
    m_typesKnown = !snapshot.objectTypes.isEmpty();
    // Snapshots are only taken of fully read portals: a pair missing from one has no labels.
    const QList<ObjectTypePair> pairs = snapshot.allPairs();
    m_snapshotPairs = QSet<ObjectTypePair>(pairs.begin(), pairs.end());
    m_changedSinceSnapshot.clear();
    emit portalInfoChanged();
    if (m_typesKnown)
        emit typesLoaded();
}

bool PortalSession::isComplete() const {
    if (!m_typesKnown)
        return false;
    const QList<ObjectTypePair> pairs = m_schema.allPairs();
    return std::all_of(pairs.begin(), pairs.end(),
                       [this](const ObjectTypePair &p) { return m_loaded.contains(p); });
}

void PortalSession::finishSnapshotRefresh() {
    if (!m_snapshot || !isComplete())
        return;
    // Compared only now, against a full reading: a half-read portal would look changed.
    const QList<SchemaChange> changes = SchemaChanges::between(*m_snapshot, m_schema);
    m_changedSinceSnapshot = SchemaChanges::changedPairs(changes);
    m_snapshot.reset();
    m_snapshotPairs.clear();
    emit snapshotRefreshed(changes);
}

void PortalSession::start() {
    const int run = ++m_startRun;
    setState(ConnectionState::Connecting);
    m_client->accountInfo(Priority::Visible)
        ->then(m_context.get(), [this, run](const ApiResult<PortalInfo> &r) {
            if (run != m_startRun)
                return;
            if (!r) {
                if (!isCanceled(r.error()))
                    emit errorOccurred(r.error(), connectAction());
                return;
            }
            m_schema.portal = r.value();
            emit portalInfoChanged();
        });
    readTypes();
}

void PortalSession::readTypes() {
    const int run = m_startRun;
    m_client->listObjectTypes(Priority::Visible)
        ->then(m_context.get(), [this, run](const ApiResult<QList<ObjectType>> &r) {
            if (run != m_startRun)
                return;
            if (!r) {
                const bool readBefore = m_typesKnown && !m_snapshot;
                setState(readBefore ? ConnectionState::Connected : ConnectionState::Failed);
                if (!isCanceled(r.error()))
                    emit errorOccurred(r.error(), connectAction());
                return;
            }
            if (!m_typesKnown || !sameTypes(r.value(), m_schema.objectTypes)) {
                m_typesKnown = true;
                m_schema.objectTypes = r.value();
                const QList<ObjectTypePair> known = m_schema.allPairs();
                for (auto it = m_schema.pairs.begin(); it != m_schema.pairs.end();) {
                    if (known.contains(it.key()))
                        ++it;
                    else
                        it = m_schema.pairs.erase(it);
                }
                for (auto it = m_snapshotPairs.begin(); it != m_snapshotPairs.end();) {
                    if (known.contains(*it))
                        ++it;
                    else
                        it = m_snapshotPairs.erase(it);
                }
                emit typesLoaded();
            }
            setState(ConnectionState::Connected);
            readUsage();
            if (m_focus)
                ensurePairLoaded(*m_focus, Priority::Visible);
            startPreload();
        });
}

void PortalSession::refresh() {
    cancelPreload();
    for (auto it = m_schema.pairs.cbegin(); it != m_schema.pairs.cend(); ++it)
        m_minSeq[it.key()] = m_seq + 1;
    for (const ObjectTypePair &p : std::as_const(m_loaded))
        m_minSeq[p] = m_seq + 1;
    m_loaded.clear();
    start();
}

QList<ObjectTypePair> PortalSession::bothDirections(const ObjectTypePair &pair) const {
    if (pair.isSameObject())
        return {pair};
    return {pair, pair.reversed()};
}

bool PortalSession::hasUsefulLoad(const QHash<ObjectTypePair, int> &inFlight,
                                  const ObjectTypePair &pair) const {
    auto it = inFlight.constFind(pair);
    return it != inFlight.constEnd() && it.value() >= m_minSeq.value(pair);
}

void PortalSession::ensurePairLoaded(const ObjectTypePair &pair, Priority priority) {
    if (pair.fromId.isEmpty() || pair.toId.isEmpty())
        return;
    if (priority != Priority::Background)
        m_focus = pair;
    if (!m_typesKnown)
        return; // loaded once the types are known
    for (const ObjectTypePair &p : bothDirections(pair)) {
        if (m_loaded.contains(p) || hasUsefulLoad(m_visibleInFlight, p))
            continue;
        if (priority == Priority::Background) {
            if (!hasUsefulLoad(m_backgroundInFlight, p) && !m_queue.contains(p))
                loadPair(p, Priority::Background);
            continue;
        }
        // Overtakes the background queue, and a background request already sent.
        loadPair(p, priority, [this, p](const std::optional<ApiError> &e) {
            if (e && !isCanceled(*e))
                emit errorOccurred(*e, pairAction(p));
        });
    }
}

void PortalSession::loadPair(const ObjectTypePair &pair, Priority priority, LoadDone done) {
    const int seq = ++m_seq;
    const bool background = priority == Priority::Background;
    (background ? m_backgroundInFlight : m_visibleInFlight)[pair] = seq;

    struct Pending {
        QList<AssociationLabel> labels;
        QList<AssociationLimit> limits;
        std::optional<ApiError> error;
        int remaining = 2;
    };
    auto pending = std::make_shared<Pending>();
    auto finish = [this, pending, pair, seq, background, done] {
        if (--pending->remaining > 0)
            return;
        auto &inFlight = background ? m_backgroundInFlight : m_visibleInFlight;
        if (inFlight.value(pair) == seq)
            inFlight.remove(pair);
        if (!pending->error)
            applyPair(pair, seq, pending->labels, pending->limits);
        if (done)
            done(pending->error);
    };
    auto *labels = m_client->listLabels(pair, priority);
    auto *limits = m_client->listLimits(pair, priority);
    if (background) {
        m_backgroundCalls.append(labels);
        m_backgroundCalls.append(limits);
    }
    labels->then(m_context.get(),
                 [pending, finish](const ApiResult<QList<AssociationLabel>> &r) mutable {
                     if (r)
                         pending->labels = r.value();
                     else if (!pending->error)
                         pending->error = r.error();
                     finish();
                 });
    limits->then(m_context.get(),
                 [pending, finish](const ApiResult<QList<AssociationLimit>> &r) mutable {
                     if (r)
                         pending->limits = r.value();
                     else if (!pending->error)
                         pending->error = r.error();
                     finish();
                 });
}

void PortalSession::applyPair(const ObjectTypePair &pair, int seq,
                              const QList<AssociationLabel> &labels,
                              const QList<AssociationLimit> &limits) {
    if (seq < m_minSeq.value(pair) || seq <= m_appliedSeq.value(pair))
        return; // an answer to a request sent before the latest write or refresh
    m_appliedSeq[pair] = seq;
    PairSchema schema{pair, labels, {}};
    for (const AssociationLimit &l : limits) {
        if (l.hasLimit())
            schema.limits.append(l);
    }
    m_schema.pairs.insert(pair, schema);
    m_loaded.insert(pair);
    m_snapshotPairs.remove(pair);
    emit pairUpdated(pair);
}

void PortalSession::startPreload() {
    ++m_preloadRun;
    m_queue.clear();
    m_preloadActive = 0;
    m_preloadDone = 0;
    m_preloadErrorShown = false;
    m_failedPreload.clear();
    if (m_focus) {
        for (const ObjectTypePair &p : bothDirections(*m_focus))
            m_queue.enqueue(p);
    }
    for (const ObjectTypePair &p : m_schema.allPairs()) {
        if (!m_loaded.contains(p))
            m_queue.enqueue(p);
    }
    m_preloadTotal = int(m_queue.size());
    emit loadProgress(0, m_preloadTotal);
    if (m_preloadTotal == 0) {
        finishSnapshotRefresh();
        emit preloadFinished();
    } else
        pumpPreload();
}

void PortalSession::preloadStepDone() {
    ++m_preloadDone;
    emit loadProgress(m_preloadDone, m_preloadTotal);
    if (m_preloadDone == m_preloadTotal) {
        finishSnapshotRefresh();
        emit preloadFinished();
    }
}

void PortalSession::pumpPreload() {
    m_backgroundCalls.removeAll(QPointer<ApiCall>());
    while (m_preloadActive < maxBackgroundLoads) {
        const auto next = m_queue.takeNext();
        if (!next)
            return;
        const ObjectTypePair pair = *next;
        // Read already, or being read for the screen: nothing left to preload.
        if (m_loaded.contains(pair) || hasUsefulLoad(m_visibleInFlight, pair)) {
            preloadStepDone();
            continue;
        }
        ++m_preloadActive;
        const int run = m_preloadRun;
        loadPair(pair, Priority::Background, [this, run, pair](const std::optional<ApiError> &e) {
            if (run != m_preloadRun)
                return;
            --m_preloadActive;
            if (e && !isCanceled(*e)) {
                m_failedPreload.append(pair);
                if (!m_preloadErrorShown) {
                    m_preloadErrorShown = true;
                    emit errorOccurred(*e, preloadAction());
                }
            }
            preloadStepDone();
            pumpPreload();
        });
    }
}

void PortalSession::cancelPreload() {
    if (!isPreloading())
        return;
    ++m_preloadRun;
    m_queue.clear();
    m_preloadActive = 0;
    const auto calls = m_backgroundCalls;
    m_backgroundCalls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_preloadTotal = m_preloadDone;
    emit loadProgress(m_preloadDone, m_preloadTotal);
    emit preloadFinished();
}

void PortalSession::retry(const QString &actionId) {
    if (actionId == connectAction()) {
        start();
    } else if (actionId == preloadAction()) {
        if (m_typesKnown) {
            // A read still in flight was sent before the retry (say, while the breaker opened)
            // and may yet fail: read again instead of waiting for it.
            for (const ObjectTypePair &p : m_schema.allPairs()) {
                if (!m_loaded.contains(p))
                    m_minSeq[p] = m_seq + 1;
            }
            startPreload();
        } else {
            start();
        }
    } else if (actionId.startsWith(QStringLiteral("pair:"))) {
        const ObjectTypePair pair = ObjectTypePair::fromKey(actionId.mid(5));
        for (const ObjectTypePair &p : bothDirections(pair)) {
            m_loaded.remove(p);
            m_minSeq[p] = m_seq + 1;
        }
        ensurePairLoaded(pair, Priority::Visible);
    }
}

void PortalSession::readUsage(const ObjectTypePair &pair) {
    const bool all = pair.fromId.isEmpty();
    m_client->labelUsage(pair, all ? Priority::Background : Priority::UserAction)
        ->then(m_context.get(), [this, pair, all](const ApiResult<QList<LabelUsage>> &r) {
            // Optional (the API needs a Professional portal): without it usage is counted
            // from the labels read.
            if (!r)
                return;
            if (all) {
                m_usage.clear();
                m_usageKnown = true;
            } else {
                m_usage.remove(pair);
            }
            for (const LabelUsage &u : r.value()) {
                m_usage.insert({u.from.objectTypeId, u.to.objectTypeId}, int(u.usage));
                if (u.limit > 0)
                    m_labelMaximum = int(u.limit);
            }
            emit usageUpdated();
        });
}

std::optional<int> PortalSession::labelUsage(const ObjectTypePair &pair) const {
    auto it = m_usage.constFind(pair);
    if (it != m_usage.constEnd())
        return it.value();
    if (m_usageKnown)
        return 0;
    const PairSchema *schema = m_schema.pair(pair);
    if (!schema || !m_loaded.contains(pair))
        return std::nullopt;
    QSet<int> labelled;
    for (const AssociationLabel &l : schema->labels) {
        if (l.category.kind() == AssociationCategory::UserDefined && !l.isUnlabeled())
            labelled.insert(l.typeId);
    }
    return int(labelled.size());
}

QString PortalSession::typeName(const QString &typeId) const {
    const ObjectType *type = m_schema.objectType(typeId);
    return type ? type->displayName() : typeId;
}

QString PortalSession::pairName(const ObjectTypePair &pair) const {
    return tr("%1 → %2").arg(typeName(pair.fromId), typeName(pair.toId));
}

template <typename T>
Call<Done> *PortalSession::afterWrite(Call<T> *write, const ObjectTypePair &pair,
                                      bool labelsChanged) {
    auto *outer = new Call<Done>(this);
    QPointer<Call<T>> guard(write);
    outer->setCancelHandler([guard] {
        if (guard)
            guard->cancel();
    });
    write->then(m_context.get(), [this, outer, pair, labelsChanged](const ApiResult<T> &r) {
        if (!r && !r.error().maybeApplied) {
            outer->fail(r.error());
            return;
        }
        // Read back what the server has now, whether the write answered or may have applied.
        const std::optional<ApiError> writeError =
            r ? std::nullopt : std::optional<ApiError>(r.error());
        const QList<ObjectTypePair> pairs = bothDirections(pair);
        auto remaining = std::make_shared<int>(int(pairs.size()));
        for (const ObjectTypePair &p : pairs) {
            m_minSeq[p] = m_seq + 1;
            loadPair(p, Priority::UserAction,
                     [this, outer, remaining, writeError, p](const std::optional<ApiError> &e) {
                         if (e && !isCanceled(*e))
                             emit errorOccurred(*e, pairAction(p));
                         if (--*remaining > 0)
                             return;
                         if (writeError)
                             outer->fail(*writeError);
                         else
                             outer->resolve(Done{});
                     });
            if (labelsChanged)
                readUsage(p);
        }
    });
    return outer;
}

void PortalSession::setJournal(ChangeJournal *journal, const QString &profile) {
    m_journal = journal;
    m_journalProfile = profile;
}

ChangeRecord PortalSession::journalEntry(const ObjectTypePair &pair, PlanChange::Kind kind,
                                         const WriteOrigin &origin) const {
    // Portable names, so that the history reads the same for every portal.
    const auto portable = [this](const QString &id) {
        const ObjectType *type = m_schema.objectType(id);
        return type ? type->portableName() : id;
    };
    ChangeRecord entry;
    entry.profile = m_journalProfile;
    entry.portalId = m_schema.portal.portalId;
    entry.origin = origin.origin;
    entry.undoOf = origin.undoOf;
    entry.pair = pair;
    entry.change.kind = kind;
    entry.change.fromType = portable(pair.fromId);
    entry.change.toType = portable(pair.toId);
    return entry;
}

void PortalSession::recordWhenDone(Call<Done> *call, ChangeRecord entry,
                                   std::function<void(ChangeRecord &)> complete) {
    if (!m_journal)
        return;
    call->then(m_context.get(), [this, entry, complete](const ApiResult<Done> &r) mutable {
        if (!m_journal)
            return;
        entry.when = QDateTime::currentDateTimeUtc();
        if (!r) {
            entry.outcome = isCanceled(r.error()) ? ChangeRecord::Outcome::Cancelled
                                                  : ChangeRecord::Outcome::Failed;
            entry.message = r.error().message;
            entry.correlationId = r.error().correlationId;
        }
        if (complete)
            complete(entry);
        m_journal->record(entry);
    });
}

const AssociationLabel *PortalSession::knownLabel(const ObjectTypePair &pair, int typeId) const {
    const PairSchema *schema = m_schema.pair(pair);
    if (!schema)
        return nullptr;
    // Writes address user-defined labels; a typeId is unique only within its category.
    const AssociationLabel *any = nullptr;
    for (const AssociationLabel &l : schema->labels) {
        if (l.typeId != typeId)
            continue;
        if (l.category.isUserEditable())
            return &l;
        any = &l;
    }
    return any;
}

QString PortalSession::knownText(const ObjectTypePair &pair, const LabelKey &key) const {
    const PairSchema *schema = m_schema.pair(pair);
    const AssociationLabel *label = schema ? schema->label(key) : nullptr;
    return label ? label->label.value_or(QString()) : QString();
}

Call<Done> *PortalSession::createLabel(const ObjectTypePair &pair,
                                       const LabelCreateRequest &request,
                                       const WriteOrigin &origin) {
    auto *write = m_client->createLabel(pair, request);
    auto created = std::make_shared<QList<AssociationLabel>>();
    write->then(m_context.get(), [created](const ApiResult<QList<AssociationLabel>> &r) {
        if (r)
            *created = r.value();
    });
    Call<Done> *call = afterWrite(write, pair, true);
    ChangeRecord entry = journalEntry(pair, PlanChange::Kind::CreateLabel, origin);
    entry.change.name = request.name;
    entry.change.labelText = request.label;
    if (request.isPaired())
        entry.change.inverseLabel = request.inverseLabel;
    recordWhenDone(call, entry, [this, created, pair, request](ChangeRecord &e) {
        // The typeId of the forward direction, which undo deletes: HubSpot's answer does not
        // say which created label is which, the pair read back afterwards does.
        const PairSchema *forward = m_schema.pair(pair);
        const AssociationLabel *best = nullptr;
        int bestScore = -1;
        for (const AssociationLabel &l : std::as_const(*created)) {
            int score = 0;
            if (l.label.value_or(QString()) == request.label)
                score += 1;
            if (forward && forward->label(l.key()))
                score += 2;
            if (l.fromObjectTypeId == pair.fromId && l.toObjectTypeId == pair.toId)
                score += 2;
            if (score > bestScore) {
                best = &l;
                bestScore = score;
            }
        }
        if (best)
            e.change.targetKey = best->key();
        else
            e.change.targetKey.category = AssociationCategory::UserDefined;
    });
    return call;
}

Call<Done> *PortalSession::renameLabel(const ObjectTypePair &pair,
                                       const LabelUpdateRequest &request,
                                       const WriteOrigin &origin) {
    ChangeRecord entry = journalEntry(pair, PlanChange::Kind::RenameLabel, origin);
    const AssociationLabel *label = knownLabel(pair, request.associationTypeId);
    entry.change.targetKey =
        label ? label->key()
              : LabelKey{AssociationCategory::UserDefined, request.associationTypeId};
    entry.change.labelBefore = label ? label->label.value_or(QString()) : QString();
    if (const auto inverse = m_schema.inverseOf(pair, entry.change.targetKey))
        entry.change.inverseLabelBefore = knownText(pair.reversed(), *inverse);
    entry.change.labelText = request.label;
    entry.change.inverseLabel = request.inverseLabel;
    Call<Done> *call = afterWrite(m_client->updateLabel(pair, request), pair, true);
    recordWhenDone(call, entry);
    return call;
}

Call<Done> *PortalSession::deleteLabel(const ObjectTypePair &pair, int typeId,
                                       const WriteOrigin &origin) {
    // Everything needed to create it again: both texts and both directions' limits.
    ChangeRecord entry = journalEntry(pair, PlanChange::Kind::DeleteLabel, origin);
    const AssociationLabel *label = knownLabel(pair, typeId);
    const LabelKey key = label ? label->key() : LabelKey{AssociationCategory::UserDefined, typeId};
    entry.change.targetKey = key;
    entry.change.labelText = label ? label->label.value_or(QString()) : QString();
    entry.change.labelBefore = entry.change.labelText;
    if (const PairSchema *forward = m_schema.pair(pair))
        entry.change.limitBefore = forward->limitFor(key);
    if (const auto inverse = m_schema.inverseOf(pair, key)) {
        entry.change.inverseLabelBefore = knownText(pair.reversed(), *inverse);
        if (const PairSchema *reverse = m_schema.pair(pair.reversed()))
            entry.change.inverseLimitBefore = reverse->limitFor(*inverse);
    }
    Call<Done> *call = afterWrite(m_client->deleteLabel(pair, typeId), pair, true);
    recordWhenDone(call, entry);
    return call;
}

Call<Done> *PortalSession::setLimit(const ObjectTypePair &pair, const LimitInput &input,
                                    const WriteOrigin &origin) {
    ChangeRecord entry = journalEntry(pair, PlanChange::Kind::SetLimit, origin);
    entry.change.targetKey = input.key();
    entry.change.labelText = knownText(pair, input.key());
    if (const PairSchema *schema = m_schema.pair(pair))
        entry.change.limitBefore = schema->limitFor(input.key());
    entry.change.limitAfter = input.maxToObjectIds;
    auto *write = m_client->setLimit(pair, input);
    // The client reads the limit before writing it: its answer is the surer "before".
    auto answer = std::make_shared<std::optional<LimitChange>>();
    write->then(m_context.get(), [answer](const ApiResult<LimitChange> &r) {
        if (r)
            *answer = r.value();
    });
    Call<Done> *call = afterWrite(write, pair, false);
    recordWhenDone(call, entry, [answer](ChangeRecord &e) {
        if (*answer)
            e.change.limitBefore = (*answer)->before;
    });
    return call;
}

Call<Done> *PortalSession::removeLimit(const ObjectTypePair &pair, const LabelKey &key,
                                       const WriteOrigin &origin) {
    ChangeRecord entry = journalEntry(pair, PlanChange::Kind::RemoveLimit, origin);
    entry.change.targetKey = key;
    entry.change.labelText = knownText(pair, key);
    if (const PairSchema *schema = m_schema.pair(pair))
        entry.change.limitBefore = schema->limitFor(key);
    auto *write = m_client->removeLimit(pair, key);
    auto answer = std::make_shared<std::optional<LimitChange>>();
    write->then(m_context.get(), [answer](const ApiResult<LimitChange> &r) {
        if (r)
            *answer = r.value();
    });
    Call<Done> *call = afterWrite(write, pair, false);
    recordWhenDone(call, entry, [answer](ChangeRecord &e) {
        if (*answer && (*answer)->before)
            e.change.limitBefore = (*answer)->before;
    });
    return call;
}

Call<RecordLimitReport> *PortalSession::recordLimitReport(const ObjectTypePair &pair) {
    return m_client->recordLimitReport(pair, Priority::UserAction);
}

} // namespace assoc::models
