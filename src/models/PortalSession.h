// SPDX-License-Identifier: MIT
#pragma once

#include "PairPreloader.h"
#include "ReadBackWriter.h"
#include "api/ChangeWriter.h"
#include "api/HubSpotClient.h"
#include "core/ChangeRecord.h"
#include "core/LimitsTracking.h"
#include "core/PortalSchema.h"
#include "core/SchemaChanges.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace assoc::models {

// One connection to one portal: the client, what is known of the portal so far and how it is
// being read. Object types and the account come first; a pair's labels and limits are read
// when it is first shown, and every pair is preloaded in the background meanwhile. Every write
// re-reads both directions of its pair, so what is shown is always the server's state.
class PortalSession : public QObject {
    Q_OBJECT
public:
    enum class ConnectionState { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)

    explicit PortalSession(const ClientConfig &config, QObject *parent = nullptr);
    ~PortalSession() override;

    HubSpotClient *client() const { return m_client.get(); }
    const PortalSchema &schema() const { return m_schema; }
    ConnectionState connectionState() const { return m_state; }

    // Shows a schema read earlier (the snapshot cache) until the portal has been read again.
    // Call before start(); every pair of the snapshot is still read in the background.
    void adoptSnapshot(const PortalSchema &snapshot);
    bool isShowingSnapshot() const { return m_snapshot.has_value(); }
    QDateTime snapshotTakenAt() const { return m_snapshot ? m_snapshot->takenAt : QDateTime(); }
    // Pairs that differ from the snapshot the session started from, once it has been refreshed.
    bool changedSinceSnapshot(const ObjectTypePair &pair) const {
        return m_changedSinceSnapshot.contains(pair);
    }
    const QSet<ObjectTypePair> &pairsChangedSinceSnapshot() const { return m_changedSinceSnapshot; }
    // Every pair of every known type has been read from the portal in this session.
    bool isComplete() const;

    // Reads the account and the object types, then starts the background preload.
    void start();
    // Reads everything again; what is shown stays until the new answers arrive.
    void refresh();
    // Reads the pair and its reverse unless known. Visible (or UserAction) requests overtake
    // the background queue, even re-requesting a pair already being preloaded.
    void ensurePairLoaded(const ObjectTypePair &pair, Priority priority = Priority::Visible);
    // Known from the portal, or from the snapshot shown until the portal answers.
    bool isPairLoaded(const ObjectTypePair &pair) const {
        return m_loaded.contains(pair) || m_snapshotPairs.contains(pair);
    }
    bool isPreloading() const { return m_preloader->isRunning(); }
    int preloadDone() const { return m_preloader->done(); }
    int preloadTotal() const { return m_preloader->total(); }
    void cancelPreload();
    // Repeats what failed, by the id errorOccurred gave.
    void retry(const QString &actionId);

    // Labels counted against the per-pair maximum, from the limits-tracking API when it
    // answered, else from the labels read.
    std::optional<int> labelUsage(const ObjectTypePair &pair) const;
    int labelMaximum() const { return m_labelMaximum; }
    // The user-defined label texts the usage listing names for the pair: known from the
    // portal-wide listing before the pair itself is read (the overview).
    QStringList labelsFromUsage(const ObjectTypePair &pair) const {
        return m_usageLabels.value(pair);
    }

    QString typeName(const QString &typeId) const;
    QString pairName(const ObjectTypePair &pair) const;

    // A change of `kind` to `key` on `pair` as this session shows it now: its object types
    // named portably, its before-fields (both texts, both limits) filled from what is shown.
    // What a person approves in a dialog is this plus the "after" they chose.
    PlanChange changeOf(PlanChange::Kind kind, const ObjectTypePair &pair,
                        const LabelKey &key) const;
    // Makes `change` through the ChangeWriter: only if the portal still holds what the change
    // expects (its before-fields), else the outcome is a Conflict and nothing is written. Ends
    // with the outcome once both directions of the pair have been read again, so that what is
    // shown is the server's state, someone else's change included.
    Call<ChangeOutcome> *write(const ObjectTypePair &pair, const PlanChange &change,
                               const WriteOrigin &origin = {});
    // Where writes are recorded (it must outlive the session, or be unset first), under which
    // profile name; null records nothing.
    void setJournal(ChangeJournal *journal, const QString &profile);
    ChangeJournal *journal() const;
    QString journalProfile() const { return m_writer->journalProfile(); }
    Call<RecordLimitReport> *recordLimitReport(const ObjectTypePair &pair);

    static QString connectAction() { return QStringLiteral("connect"); }
    static QString preloadAction() { return QStringLiteral("preload"); }
    static QString pairAction(const ObjectTypePair &pair);

    // Pairs the background preload reads at once (two requests each): well below the
    // scheduler's default cap of 64, so that what the person opens finds a free slot.
    int maxBackgroundLoads = 24;

signals:
    void connectionStateChanged(assoc::models::PortalSession::ConnectionState state);
    void portalInfoChanged();
    void typesLoaded();
    // Chosen object types the portal does not have or the token may not read
    // (schema().unavailableTypes): left out of the types, shown once.
    void unavailableTypesChanged();
    void pairUpdated(const assoc::ObjectTypePair &pair);
    void usageUpdated();
    void loadProgress(int done, int total);
    void preloadFinished();
    // The snapshot shown at start has been replaced by the portal's answers.
    void snapshotRefreshed(const QList<assoc::SchemaChange> &changes);
    void errorOccurred(const assoc::ApiError &error, const QString &retryAction);

private:
    using LoadDone = std::function<void(const std::optional<ApiError> &)>;
    void setState(ConnectionState state);
    void readTypes();
    void readUsage(const ObjectTypePair &pair = {});
    // The usage of every pair (the portal-wide listing), replacing what was known.
    void applyUsage(const QList<LabelUsage> &usage);
    void noteUsage(const LabelUsage &usage);
    void startPreload();
    void finishSnapshotRefresh();
    bool hasUsefulLoad(const QHash<ObjectTypePair, int> &inFlight,
                       const ObjectTypePair &pair) const;
    void loadPair(const ObjectTypePair &pair, Priority priority, LoadDone done = {});
    void applyPair(const ObjectTypePair &pair, int seq, const QList<AssociationLabel> &labels,
                   const QList<AssociationLimit> &limits);
    QList<ObjectTypePair> bothDirections(const ObjectTypePair &pair) const;

    std::optional<PortalSchema> m_snapshot;
    QSet<ObjectTypePair> m_snapshotPairs; // shown from the snapshot, not yet read again
    QSet<ObjectTypePair> m_changedSinceSnapshot;

    std::unique_ptr<HubSpotClient> m_client;
    std::unique_ptr<QObject> m_context; // receives every answer; dropped first on destruction
    ReadBackWriter *m_writer;           // a child of m_context
    PairPreloader *m_preloader;         // a child of m_context
    PortalSchema m_schema;
    bool m_typesKnown = false;
    ConnectionState m_state = ConnectionState::Disconnected;

    QSet<ObjectTypePair> m_loaded;
    // The latest request of each pair in flight, by its sequence number.
    QHash<ObjectTypePair, int> m_visibleInFlight; // Visible or UserAction priority
    QHash<ObjectTypePair, int> m_backgroundInFlight;
    QHash<ObjectTypePair, int> m_appliedSeq;
    QHash<ObjectTypePair, int> m_minSeq; // answers to requests sent before a write are stale
    int m_seq = 0;
    std::optional<ObjectTypePair> m_focus;

    QHash<ObjectTypePair, int> m_usage;
    QHash<ObjectTypePair, QStringList> m_usageLabels;
    bool m_usageKnown = false;
    int m_labelMaximum;
    int m_startRun = 0;
};

} // namespace assoc::models
