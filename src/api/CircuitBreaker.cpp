// SPDX-License-Identifier: MIT
#include "CircuitBreaker.h"

#include <algorithm>

namespace assoc {

CircuitBreaker::CircuitBreaker(int threshold, qint64 openMs, Clock clock)
    : m_threshold(threshold)
    , m_openMs(std::max<qint64>(0, openMs))
    , m_clock(std::move(clock)) {}

bool CircuitBreaker::isOpen() const {
    return hasTripped() && m_clock() < m_openUntil;
}

qint64 CircuitBreaker::remainingOpenMs() const {
    return hasTripped() ? std::max<qint64>(0, m_openUntil - m_clock()) : 0;
}

CircuitBreaker::Change CircuitBreaker::close() {
    const bool wasTripped = hasTripped();
    m_consecutiveFailures = 0;
    m_openUntil = -1;
    return wasTripped ? Change::Closed : Change::None;
}

CircuitBreaker::Change CircuitBreaker::recordSuccess() {
    return close();
}

CircuitBreaker::Change CircuitBreaker::recordFailure(int sentEpoch) {
    if (sentEpoch != m_epoch)
        return Change::None;
    ++m_consecutiveFailures;
    if (m_threshold <= 0 || m_consecutiveFailures < m_threshold || isOpen())
        return Change::None;
    m_openUntil = m_clock() + m_openMs;
    return Change::Opened;
}

CircuitBreaker::Change CircuitBreaker::reset() {
    ++m_epoch;
    return close();
}

} // namespace assoc
