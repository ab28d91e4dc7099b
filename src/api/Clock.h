// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>
#include <functional>

namespace assoc {

// Monotonic milliseconds. The scheduler's helpers take one so that tests can drive time by
// hand instead of sleeping.
using Clock = std::function<qint64()>;

// The process's steady clock: milliseconds since an arbitrary fixed start.
inline Clock steadyClock() {
    return [] {
        static const QElapsedTimer started = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return started.elapsed();
    };
}

} // namespace assoc
