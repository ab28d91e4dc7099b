// SPDX-License-Identifier: MIT
#include "PairPreloader.h"

namespace assoc::models {

PairPreloader::PairPreloader(Loader load, Needless needless, QObject *parent)
    : QObject(parent)
    , m_load(std::move(load))
    , m_needless(std::move(needless)) {}

void PairPreloader::start(const QList<ObjectTypePair> &pairs) {
    ++m_run;
    m_queue.clear();
    m_active = 0;
    m_done = 0;
    m_errorShown = false;
    m_failed.clear();
    for (const ObjectTypePair &p : pairs)
        m_queue.enqueue(p);
    m_total = int(m_queue.size());
    emit progress(0, m_total);
    if (m_total == 0)
        emit finished();
    else
        pump();
}

void PairPreloader::track(ApiCall *call) {
    m_calls.removeAll(QPointer<ApiCall>());
    m_calls.append(call);
}

void PairPreloader::stepDone() {
    ++m_done;
    emit progress(m_done, m_total);
    if (m_done == m_total)
        emit finished();
}

void PairPreloader::pump() {
    m_calls.removeAll(QPointer<ApiCall>());
    while (m_active < m_maxConcurrent) {
        const auto next = m_queue.takeNext();
        if (!next)
            return;
        const ObjectTypePair pair = *next;
        if (m_needless(pair)) {
            stepDone();
            continue;
        }
        ++m_active;
        const int run = m_run;
        m_load(pair, [this, run, pair](const std::optional<ApiError> &e) {
            if (run != m_run)
                return; // an answer to a run cancelled or started over
            --m_active;
            if (e && e->kind != ApiError::Kind::Canceled) {
                m_failed.append(pair);
                if (!m_errorShown) {
                    m_errorShown = true;
                    emit failed(*e);
                }
            }
            stepDone();
            pump();
        });
    }
}

void PairPreloader::cancel() {
    if (!isRunning())
        return;
    ++m_run;
    m_queue.clear();
    m_active = 0;
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_total = m_done;
    emit progress(m_done, m_total);
    emit cancelled();
}

} // namespace assoc::models
