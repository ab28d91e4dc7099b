// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"

namespace assoc {

// Stops sending after `threshold` requests in a row finally failed, for `openMs`, so that a dead
// server or network is reported at once instead of each queued request timing out. The first
// success, or reset() ("Try now"), closes it again.
class CircuitBreaker {
public:
    enum class Change { None, Opened, Closed };

    // threshold 0: never opens.
    CircuitBreaker(int threshold, qint64 openMs, Clock clock = steadyClock());

    // Open and its pause not yet over.
    bool isOpen() const;
    // Opened and not closed since, even when the pause is over (it closes on the next success).
    bool hasTripped() const { return m_openUntil >= 0; }
    qint64 remainingOpenMs() const;
    int threshold() const { return m_threshold; }
    qint64 openMs() const { return m_openMs; }

    // Which "Try now" a request was sent under: failures of requests sent before the last reset
    // are old news and do not count.
    int epoch() const { return m_epoch; }

    Change recordSuccess();
    Change recordFailure(int sentEpoch);
    Change reset();

private:
    Change close();

    int m_threshold;
    qint64 m_openMs;
    Clock m_clock;
    int m_consecutiveFailures = 0;
    int m_epoch = 0;
    qint64 m_openUntil = -1; // clock time; -1: not tripped
};

} // namespace assoc
