// SPDX-License-Identifier: MIT
#pragma once

#include "PairLoadQueue.h"
#include "api/ApiCall.h"
#include "core/ObjectTypePair.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace assoc::models {

// Reads, in the background, every pair the first view did not: in the order given, each once,
// a few at a time, with progress as it goes. A pair read meanwhile for the screen is skipped,
// and only the first failure of a run is reported, so that a portal gone away shows one
// message, not one per pair. How a pair is read is the owner's (PortalSession's) business.
class PairPreloader : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<ApiError> &)>;
    // Starts reading `pair` at background priority; `done` is called once when it has ended.
    using Loader = std::function<void(const ObjectTypePair &pair, Done done)>;
    // The pair needs no read now: known already, or being read for the screen.
    using Needless = std::function<bool(const ObjectTypePair &pair)>;

    PairPreloader(Loader load, Needless needless, QObject *parent = nullptr);

    // Reads at most this many pairs at once (the scheduler's own limit applies as well).
    void setMaxConcurrent(int count) { m_maxConcurrent = count > 0 ? count : 1; }
    int maxConcurrent() const { return m_maxConcurrent; }

    // Starts a new run over `pairs`, forgetting what an earlier run had left; a run of nothing
    // finishes at once.
    void start(const QList<ObjectTypePair> &pairs);
    // Ends a run: the pairs not yet started are dropped and every background read tracked is
    // cancelled. Nothing happens when no run is going on.
    void cancel();
    // A background read in flight, preload's or not: cancel() cancels it too.
    void track(ApiCall *call);

    bool isRunning() const { return m_total > 0 && m_done < m_total; }
    bool isQueued(const ObjectTypePair &pair) const { return m_queue.contains(pair); }
    int done() const { return m_done; }
    int total() const { return m_total; }
    // The pairs of this run whose read failed (a cancelled read is not a failure).
    const QList<ObjectTypePair> &failedPairs() const { return m_failed; }

signals:
    void progress(int done, int total);
    // Every pair of the run has been read, skipped or has failed.
    void finished();
    // cancel() ended the run before that.
    void cancelled();
    // The first failure of a run; later ones are only counted in failedPairs().
    void failed(const assoc::ApiError &error);

private:
    void pump();
    void stepDone();

    Loader m_load;
    Needless m_needless;
    PairLoadQueue m_queue;
    QList<QPointer<ApiCall>> m_calls;
    QList<ObjectTypePair> m_failed;
    int m_maxConcurrent = 4;
    int m_run = 0;
    int m_active = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_errorShown = false;
};

} // namespace assoc::models
