// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"

namespace assoc {

// How strongly ConcurrencyController reacts; the defaults suit HubSpot.
struct ConcurrencyTuning {
    double rateLimitedFactor = 0.5;
    double slowdownFactor = 0.75;
    // Answers count as slow when their smoothed latency passes this many times the fastest
    // plus `latencySlackMs` (the slack for a busy machine or network's noise).
    double slowLatencyFactor = 2.0;
    int latencySlackMs = 100;
    double lowRemainingFraction = 0.1; // Remaining ≤ 10 % of the maximum: slow down
    double roomFraction = 0.25;        // Remaining ≥ 25 %: there is room to grow
};

// How many requests may be in flight, adapted to how the server answers (AIMD, as TCP does):
// the limit doubles per round trip while answers stay fast and the rate-limit headers show
// room, grows by one per round trip after the first slowdown, and is cut on a 429 (by half), on
// Remaining near zero or when answers take well longer than the fastest seen (by a quarter) —
// at most once per round trip, so that one crowded moment is not punished many times over.
// It never exceeds the cap a person set.
class ConcurrencyController {
public:
    static constexpr int DefaultCap = 64; // when the person set none
    static constexpr int InitialLimit = 16;

    // cap ≤ 0: DefaultCap.
    explicit ConcurrencyController(int cap, Clock clock = steadyClock(),
                                   ConcurrencyTuning tuning = {});

    int limit() const { return int(m_limit); }
    int cap() const { return m_cap; }
    qint64 fastestMs() const { return m_fastestMs; }
    double smoothedMs() const { return m_smoothedMs; }

    // An answer other than a 429, `latencyMs` after the request was sent, with the rate-limit
    // headers' Remaining, Max and interval when it had them (else -1).
    void answered(qint64 latencyMs, int remaining = -1, int max = -1, int intervalMs = 10000);
    void rateLimited();

private:
    void cut(double factor, int floor = 1);

    int m_cap;
    Clock m_clock;
    ConcurrencyTuning m_tuning;
    double m_limit;
    double m_threshold; // slow start below, one per round trip above
    qint64 m_fastestMs = -1;
    double m_smoothedMs = 0;
    qint64 m_lastCutAt = -1;
};

} // namespace assoc
