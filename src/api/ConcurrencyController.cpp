// SPDX-License-Identifier: MIT
#include "ConcurrencyController.h"

#include <algorithm>
#include <cmath>

namespace assoc {

namespace {
constexpr double SmoothingWeight = 0.2; // of each new latency in the running average
constexpr qint64 MinCutSpacingMs = 100;
} // namespace

ConcurrencyController::ConcurrencyController(int cap, Clock clock, ConcurrencyTuning tuning)
    : m_cap(cap > 0 ? cap : DefaultCap)
    , m_clock(std::move(clock))
    , m_tuning(tuning)
    , m_limit(std::min(InitialLimit, m_cap))
    , m_threshold(m_cap) {}

void ConcurrencyController::answered(qint64 latencyMs, int remaining, int max, int intervalMs) {
    latencyMs = std::max<qint64>(0, latencyMs);
    m_fastestMs = m_fastestMs < 0 ? latencyMs : std::min(m_fastestMs, latencyMs);
    m_smoothedMs = m_smoothedMs <= 0
                       ? double(latencyMs)
                       : m_smoothedMs + SmoothingWeight * (double(latencyMs) - m_smoothedMs);

    const bool knowsBudget = max > 0 && remaining >= 0;
    if (knowsBudget && remaining <= max * m_tuning.lowRemainingFraction) {
        // Not below twice what keeps the window's average rate going at this latency: the
        // pacer holds the line, and fewer would leave the budget unused.
        const double sustaining = double(max) * m_smoothedMs / std::max(1, intervalMs);
        cut(m_tuning.slowdownFactor, int(std::ceil(2 * sustaining)));
        return;
    }
    const double slow = double(m_fastestMs) * m_tuning.slowLatencyFactor + m_tuning.latencySlackMs;
    if (m_smoothedMs > slow) {
        cut(m_tuning.slowdownFactor);
        return;
    }
    const bool room = !knowsBudget || remaining >= max * m_tuning.roomFraction;
    if (!room)
        return;
    // Each answer adds one below the threshold (the limit doubles per round trip), 1/limit
    // above it (one per round trip).
    m_limit += m_limit < m_threshold ? 1.0 : 1.0 / m_limit;
    m_limit = std::min(m_limit, double(m_cap));
}

void ConcurrencyController::rateLimited() {
    cut(m_tuning.rateLimitedFactor);
}

void ConcurrencyController::cut(double factor, int floor) {
    const qint64 now = m_clock();
    const qint64 spacing = std::max<qint64>(MinCutSpacingMs, qint64(m_smoothedMs));
    if (m_lastCutAt >= 0 && now - m_lastCutAt < spacing)
        return;
    m_lastCutAt = now;
    const double lowest = double(std::clamp(floor, 1, m_cap));
    if (m_limit <= lowest)
        return;
    m_limit = std::max(lowest, m_limit * factor);
    m_threshold = m_limit;
}

} // namespace assoc
