// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <deque>
#include <optional>

namespace assoc {

// Keeps requests inside HubSpot's rolling burst window (X-HubSpot-RateLimit-Max per
// -Interval-Milliseconds) and honours a 429's Retry-After.
//
// The last answer's Remaining, less what was sent after that request and plus what of ours has
// left the window since, estimates the room left now. While there is room, requests go at once;
// when there is none, the next one waits until one of ours leaves the window (a rolling window
// frees its slots as they were used, so a burst is followed by a burst), or, when the budget is
// used by someone else, goes at the window's average rate.
//
// HubSpot exempts the association schema operations from the burst window. They are sent marked
// `burstExempt` and not counted, until the answers show that the server counts them after all
// (Remaining falls by more than the counted requests explain, or an exempt request gets a 429).
class RatePacer {
public:
    struct Budget {
        int max = 0;
        int remaining = 0;
        int intervalMs = 10000;
    };
    // Where a request stands in the sequence of requests sent, to match an answer's Remaining.
    struct Ticket {
        quint64 sent = 0;    // requests sent up to and including this one
        quint64 counted = 0; // of those, the ones counted against the window
    };

    // `guardMs`: how much longer than the window a request is assumed to count, for the time it
    // takes to reach the server.
    explicit RatePacer(Clock clock = steadyClock(), qint64 guardMs = 250);

    static std::optional<Budget> fromHeaders(const QHash<QByteArray, QByteArray> &headers);
    // Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

    Ticket sent(bool burstExempt);
    void observe(const Budget &budget, const Ticket &ticket);
    // A 429 of the burst window for the request of `ticket`: nothing is sent for `waitMs`.
    void rateLimited(qint64 waitMs, bool burstExempt, const Ticket &ticket);

    // How long the next request has to wait; 0: it may go now.
    qint64 delayMs() const;
    qint64 pausedForMs() const;
    // Room left in the window now, as estimated; -1 before any answer said.
    int estimatedRemaining() const;
    bool countsExemptRequests() const { return m_exemptCounted; }

private:
    struct Sent {
        qint64 at;
        bool exempt;
        quint64 seq;
        bool refused = false; // answered 429: the server did not count it
    };
    bool counts(const Sent &s) const { return !s.refused && (!s.exempt || m_exemptCounted); }
    // Counted requests sent after the one of `ticket`.
    qint64 countedSince(const Ticket &ticket) const;
    qint64 expiry(const Sent &s) const { return s.at + m_budget.intervalMs + m_guardMs; }
    void prune(qint64 before);
    void learnWhetherExemptCount(const Budget &budget, const Ticket &ticket, qint64 now);

    Clock m_clock;
    qint64 m_guardMs;
    std::deque<Sent> m_log; // our requests that may still count, oldest first
    Ticket m_total;
    bool m_exemptCounted = false;
    // The newest answer that carried the headers.
    Budget m_budget;
    bool m_known = false;
    Ticket m_observedTicket;
    qint64 m_observedAt = 0;
    struct Observation {
        Budget budget;
        Ticket ticket;
        qint64 at = 0;
    };
    Observation m_base; // what the exempt requests are judged against
    qint64 m_lastSentAt = -1;
    qint64 m_pausedUntil = -1;
};

} // namespace assoc
