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
        ServerError,    // `status` (5xx) with a HubSpot error body (its message `message`)
        RateLimited,    // 429 TEN_SECONDLY_ROLLING with Retry-After `retryAfterSec`
        MalformedJson,  // 200 with a truncated JSON body
        DropConnection, // socket aborted, no response
        Stall,          // no answer for `durationMs` (then the real answer); < 0 = never
        // Hostile servers: each answers 200, with a body no client should take as it is.
        OversizedBody, // a JSON body of `bytes` (default 64 MiB) under its Content-Length
        EndlessBody,   // a chunked JSON body that never ends, as fast as the client reads
        SlowBody,      // the real answer, its body one byte every `durationMs` (default 1000)
        InvalidUtf8,   // a label whose text is not UTF-8
        DuplicateKeys, // a label with its typeId given twice, with different values
        HugeInteger,   // a typeId of 9223372036854775808 (2^63, past every integer type)
        HugeNumber,    // a typeId of 1e400 (past every double)
        DeepNesting,   // arrays nested 2,000 deep (Qt's JSON parser stops at 1,024)
        HtmlPage,      // a text/html page, as a proxy or a captive portal sends
        Redirect,      // 307 to `location` + the request's path and query; nothing is done
    };
    struct Fault {
        Kind kind = Kind::ServerError;
        int status = 500;
        int durationMs = -1;
        int retryAfterSec = 1;
        qint64 bytes = -1;  // OversizedBody: the body's size; < 0 = the default
        QString location{}; // Redirect: where to, e.g. "http://127.0.0.1:5555"
        // ServerError: the body's message instead of the status's usual words, for a server
        // that echoes what it was sent. Empty: the usual words.
        QString message{};
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
