// SPDX-License-Identifier: MIT
#pragma once

#include "api/Clock.h"

namespace assoc::test {

// A clock that moves only when the test says so.
class ManualClock {
public:
    explicit ManualClock(qint64 start = 1000)
        : m_now(start) {}
    void advance(qint64 ms) { m_now += ms; }
    qint64 now() const { return m_now; }
    Clock clock() {
        return [this] { return m_now; };
    }

private:
    qint64 m_now;
};

} // namespace assoc::test
