// SPDX-License-Identifier: MIT
#include "RateLimiter.h"

#include <algorithm>

namespace assoc::fake {

RateLimiter::RateLimiter() {
    m_clock.start();
}

void RateLimiter::reset() {
    m_window.clear();
    m_daily = 0;
}

void RateLimiter::expire(qint64 now, int windowMs) {
    while (!m_window.empty() && now - m_window.front() >= windowMs)
        m_window.pop_front();
}

RateLimiter::Decision RateLimiter::admit(bool burstExempt, const FakeConfig &config) {
    const qint64 now = m_clock.elapsed();
    expire(now, config.burstWindowMs);
    Decision d;
    const int used = int(m_window.size());
    if (config.rateLimitEnabled && m_daily >= config.dailyMax) {
        d.allowed = false;
        d.daily = true;
        d.retryAfterMs = config.burstWindowMs;
    } else if (config.rateLimitEnabled && !burstExempt && used >= config.burstMax) {
        d.allowed = false;
        const qint64 oldest = m_window.empty() ? now : m_window.front();
        d.retryAfterMs = int(std::max<qint64>(1, config.burstWindowMs - (now - oldest)));
    }
    if (d.allowed) {
        ++m_daily;
        if (!burstExempt)
            m_window.push_back(now);
    }
    d.burstRemaining = std::max(0, config.burstMax - int(m_window.size()));
    d.dailyRemaining = std::max<qint64>(0, config.dailyMax - m_daily);
    return d;
}

} // namespace assoc::fake
