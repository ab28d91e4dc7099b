// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <optional>

namespace assoc::fake {

// Scripted and random misbehaviour: "the next N requests (whose path contains X)
// answer with ...". Faults are taken before the operation touches the state.
class FaultInjector {
public:
    enum class Kind {
        ServerError,    // `status` (5xx) with a HubSpot error body
        RateLimited,    // 429 TEN_SECONDLY_ROLLING with Retry-After `retryAfterSec`
        MalformedJson,  // 200 with a truncated JSON body
        DropConnection, // socket aborted, no response
        Stall,          // no answer for `durationMs` (then the real answer); < 0 = never
        Redirect,       // 307 to `location` + the request's path and query; nothing is done
    };
    struct Fault {
        Kind kind = Kind::ServerError;
        int status = 500;
        int durationMs = -1;
        int retryAfterSec = 1;
        QString location{}; // Redirect: where to, e.g. "http://127.0.0.1:5555"
    };

    // Queue `count` faults; only requests whose path contains `pathContains` consume them.
    void script(const Fault &fault, int count = 1, const QString &pathContains = {});
    // Random mode for benchmarks: each request faults with probability `rate`,
    // kind drawn from `kinds` with a deterministic generator.
    void setRandom(double rate, quint32 seed, const QList<Kind> &kinds = {});
    void clear();
    int pendingCount() const;

    std::optional<Fault> take(const QString &path);

    static std::optional<Kind> kindFromString(const QString &name);
    static QString kindToString(Kind kind);
    // Applies a /__fake/faults body; returns an error message or empty.
    QString applyJson(const QJsonObject &json);
    QJsonObject toJson() const;

private:
    struct Scripted {
        Fault fault;
        int remaining = 0;
        QString pathContains;
    };
    QList<Scripted> m_scripted;
    double m_rate = 0.0;
    QList<Kind> m_randomKinds;
    QRandomGenerator m_rng;
};

} // namespace assoc::fake
