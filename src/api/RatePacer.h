// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <deque>
#include <limits>
#include <optional>

namespace assoc {

// Keeps requests inside HubSpot's rolling burst window (X-HubSpot-RateLimit-Max per
// -Interval-Milliseconds) and honours a 429's Retry-After.
//
// The last answer's Remaining, less what of ours may not have been in its count, plus what of
// ours has surely left the window since, estimates the room left now. While there is room,
// requests go at once; when there is none, the next one waits until one of ours leaves the
// window (a rolling window frees its slots as they were used, so a burst is followed by a
// burst), or, when the budget is used by someone else, goes at the window's average rate.
//
// The server counts a request when it arrives, which this side never sees: only that it was
// after the request was sent and before its answer came, and requests sent together over
// several connections arrive in any order. So a request is taken to be in an answer's count
// only if its own answer came before that request was sent; to have been in that window only if
// it was sent less than one interval before the answer; and to have left only one interval
// after its own answer. Each errs towards less room: a slow or busy machine costs a little
// speed, not a 429.
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

    explicit RatePacer(Clock clock = steadyClock());

    static std::optional<Budget> fromHeaders(const QHash<QByteArray, QByteArray> &headers);
    // Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

    Ticket sent(bool burstExempt);
    // The request of `ticket` has ended (answered, failed or cancelled): from now on it leaves
    // the window one interval later. observe() and rateLimited() include this.
    void answered(const Ticket &ticket);
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
    static constexpr qint64 InFlight = std::numeric_limits<qint64>::max();
    struct Sent {
        qint64 at;
        bool exempt;
        quint64 seq;
        qint64 answeredAt = InFlight;
        bool refused = false; // answered 429: the server did not count it
    };
    bool counts(const Sent &s) const { return !s.refused && (!s.exempt || m_exemptCounted); }
    // When the server has surely let the request go: one interval after its answer.
    qint64 freedAt(const Sent &s) const {
        return s.answeredAt == InFlight ? InFlight : s.answeredAt + m_budget.intervalMs;
    }
    // Surely counted in the observed answer's Remaining: it is that request, or its own answer
    // came before that request was sent.
    bool inObservedCount(const Sent &s) const {
        return s.seq == m_observedTicket.sent ||
               (s.answeredAt != InFlight && s.answeredAt <= m_observedSentAt);
    }
    Sent *find(const Ticket &ticket);
    bool prunable(const Sent &s, qint64 now) const;
    // Drops what can no longer add room: from the front only (cheap), or anywhere.
    void prune(bool wholeLog);
    void learnWhetherExemptCount(const Budget &budget, const Ticket &ticket, qint64 now);

    Clock m_clock;
    std::deque<Sent> m_log; // our requests that may still count, in the order sent
    Ticket m_total;
    bool m_exemptCounted = false;
    // The newest answer that carried the headers.
    Budget m_budget;
    bool m_known = false;
    Ticket m_observedTicket;
    qint64 m_observedAt = 0;
    qint64 m_observedSentAt = 0;
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
