// SPDX-License-Identifier: MIT
#pragma once

#include "FakeConfig.h"

#include <QElapsedTimer>
#include <deque>

namespace assoc::fake {

// HubSpot's rolling ten-second burst window plus a daily counter.
class RateLimiter {
public:
    struct Decision {
        bool allowed = true;
        bool daily = false;   // refused by the daily cap
        int retryAfterMs = 0; // until the window frees a slot
        int burstRemaining = 0;
        qint64 dailyRemaining = 0;
    };

    RateLimiter();
    // Counts the call; exempt calls skip the burst window but still count daily.
    Decision admit(bool burstExempt, const FakeConfig &config);
    void reset();
    qint64 dailyCount() const { return m_daily; }

private:
    void expire(qint64 now, int windowMs);

    QElapsedTimer m_clock;
    std::deque<qint64> m_window;
    qint64 m_daily = 0;
};

} // namespace assoc::fake
