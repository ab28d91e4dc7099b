// SPDX-License-Identifier: MIT
#include "PortalSession.h"

#include "core/ChangeCheck.h"
#include "core/Validation.h"

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

PortalSession::PortalSession(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<HubSpotClient>(config))
    , m_context(std::make_unique<QObject>())
    , m_writer(new ReadBackWriter(
          m_client.get(),
          [this](const ObjectTypePair &p, ReadBackWriter::Done done) {
              // Answers to reads sent before the write are stale.
              m_minSeq[p] = m_seq + 1;
              loadPair(p, Priority::UserAction,
                       [this, p, done = std::move(done)](const std::optional<ApiError> &e) {
                           if (e && !isCanceled(*e))
                               emit errorOccurred(*e, pairAction(p));
                           done(e);
                       });
          },
          m_context.get()))
    , m_preloader(new PairPreloader(
          [this](const ObjectTypePair &p, PairPreloader::Done done) {
              loadPair(p, Priority::Background, std::move(done));
          },
          // Read already, or being read for the screen: nothing left to preload.
          [this](const ObjectTypePair &p) {
              return m_loaded.contains(p) || hasUsefulLoad(m_visibleInFlight, p);
          },
          m_context.get()))
    , m_labelMaximum(Validation::MaxUserLabelsPerPair) {
    connect(m_writer, &ReadBackWriter::labelsChanged, this,
            [this](const ObjectTypePair &p) { readUsage(p); });
    connect(m_preloader, &PairPreloader::progress, this, &PortalSession::loadProgress);
    connect(m_preloader, &PairPreloader::failed, this,
            [this](const ApiError &e) { emit errorOccurred(e, preloadAction()); });
    connect(m_preloader, &PairPreloader::finished, this, [this] {
        finishSnapshotRefresh();
        emit preloadFinished();
    });
    connect(m_preloader, &PairPreloader::cancelled, this, &PortalSession::preloadFinished);
}

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
    m_client->selectObjectTypes(Priority::Visible)
        ->then(m_context.get(), [this, run](const ApiResult<ObjectTypeSelection> &r) {
            if (run != m_startRun)
                return;
            if (!r) {
                const bool readBefore = m_typesKnown && !m_snapshot;
                setState(readBefore ? ConnectionState::Connected : ConnectionState::Failed);
                if (!isCanceled(r.error()))
                    emit errorOccurred(r.error(), connectAction());
                return;
            }
            if (m_schema.unavailableTypes != r.value().unavailable) {
                m_schema.unavailableTypes = r.value().unavailable;
                emit unavailableTypesChanged();
            }
            if (!m_typesKnown || !sameTypes(r.value().types, m_schema.objectTypes)) {
                m_typesKnown = true;
                m_schema.objectTypes = r.value().types;
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
            // Choosing the types may have read the usage of every pair already: shown at once,
            // before any pair is read, it is the overview of what the admins customised.
            if (r.value().usage)
                applyUsage(*r.value().usage);
            else
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
            if (!hasUsefulLoad(m_backgroundInFlight, p) && !m_preloader->isQueued(p))
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
        m_preloader->track(labels);
        m_preloader->track(limits);
    }
    // Each answer fills its part of `pending`; the first failure is the one reported.
    const auto fill = [pending, finish](auto Pending::*part) {
        return [pending, finish, part](const auto &r) mutable {
            if (r)
                (*pending).*part = r.value();
            else if (!pending->error)
                pending->error = r.error();
            finish();
        };
    };
    labels->then(m_context.get(), fill(&Pending::labels));
    limits->then(m_context.get(), fill(&Pending::limits));
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
    QList<ObjectTypePair> pairs;
    if (m_focus)
        pairs = bothDirections(*m_focus);
    for (const ObjectTypePair &p : m_schema.allPairs()) {
        if (!m_loaded.contains(p))
            pairs.append(p);
    }
    m_preloader->setMaxConcurrent(maxBackgroundLoads);
    m_preloader->start(pairs);
}

void PortalSession::cancelPreload() {
    m_preloader->cancel();
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
                applyUsage(r.value());
                return;
            }
            m_usage.remove(pair);
            m_usageLabels.remove(pair);
            for (const LabelUsage &u : r.value())
                noteUsage(u);
            emit usageUpdated();
        });
}

void PortalSession::applyUsage(const QList<LabelUsage> &usage) {
    m_usage.clear();
    m_usageLabels.clear();
    m_usageKnown = true;
    for (const LabelUsage &u : usage)
        noteUsage(u);
    emit usageUpdated();
}

void PortalSession::noteUsage(const LabelUsage &usage) {
    const ObjectTypePair pair{usage.from.objectTypeId, usage.to.objectTypeId};
    m_usage.insert(pair, int(usage.usage));
    if (!usage.allLabels.isEmpty())
        m_usageLabels.insert(pair, usage.allLabels);
    if (usage.limit > 0)
        m_labelMaximum = int(usage.limit);
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

void PortalSession::setJournal(ChangeJournal *journal, const QString &profile) {
    m_writer->setJournal(journal, profile, m_schema.portal.portalId);
}

ChangeJournal *PortalSession::journal() const {
    return m_writer->journal();
}

PlanChange PortalSession::changeOf(PlanChange::Kind kind, const ObjectTypePair &pair,
                                   const LabelKey &key) const {
    // Portable names, so that the history reads the same for every portal.
    const auto portable = [this](const QString &id) {
        const ObjectType *type = m_schema.objectType(id);
        return type ? type->portableName() : id;
    };
    return ChangeCheck::changeTo(kind, pair, key, m_schema, portable);
}

Call<ChangeOutcome> *PortalSession::write(const ObjectTypePair &pair, const PlanChange &change,
                                          const WriteOrigin &origin) {
    return m_writer->write(pair, change, origin, m_schema.portal.portalId);
}

Call<RecordLimitReport> *PortalSession::recordLimitReport(const ObjectTypePair &pair) {
    return m_client->recordLimitReport(pair, Priority::UserAction);
}

} // namespace assoc::models
