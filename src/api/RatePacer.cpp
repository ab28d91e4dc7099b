// SPDX-License-Identifier: MIT
#include "RatePacer.h"

#include <algorithm>

namespace assoc {

namespace {
// Kept free: what slips between two answers (a request answered out of order, a 429 the server
// did not count) must not cost a 429.
constexpr int Reserve = 1;
// Remaining may fall by this much more than our counted requests explain before exempt requests
// are taken to be counted: one or two from another tool on the same app are noise.
constexpr int ForeignSlack = 2;
} // namespace

RatePacer::RatePacer(Clock clock)
    : m_clock(std::move(clock)) {}

std::optional<RatePacer::Budget>
RatePacer::fromHeaders(const QHash<QByteArray, QByteArray> &headers) {
    bool okMax = false;
    bool okRemaining = false;
    Budget b;
    b.max = headers.value("x-hubspot-ratelimit-max").toInt(&okMax);
    b.remaining = headers.value("x-hubspot-ratelimit-remaining").toInt(&okRemaining);
    if (!okMax || !okRemaining || b.max <= 0)
        return std::nullopt;
    bool okInterval = false;
    const int interval =
        headers.value("x-hubspot-ratelimit-interval-milliseconds").toInt(&okInterval);
    if (okInterval && interval > 0)
        b.intervalMs = interval;
    return b;
}

int RatePacer::retryAfterMs(const QByteArray &value, const QDateTime &nowUtc) {
    if (value.trimmed().isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (ok)
        return int(std::clamp(seconds, 0.0, 3600.0) * 1000);
    // An HTTP date ends in "GMT", which Qt's RFC 2822 reader does not take for a zone.
    QString date = QString::fromLatin1(value.trimmed());
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QLatin1String("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        return int(std::clamp<qint64>(nowUtc.msecsTo(when), 0, 3600000));
    return -1;
}

bool RatePacer::prunable(const Sent &s, qint64 now) const {
    // Left the window before the observed answer was made: it neither adds room nor takes any.
    // Before any answer, nothing reads the log but the average-rate spacing.
    const qint64 freed = freedAt(s);
    return freed != InFlight && freed <= (m_known ? m_observedAt : now);
}

void RatePacer::prune(bool wholeLog) {
    const qint64 now = m_clock();
    if (wholeLog) {
        std::erase_if(m_log, [&](const Sent &s) { return prunable(s, now); });
        return;
    }
    while (!m_log.empty() && prunable(m_log.front(), now))
        m_log.pop_front();
}

RatePacer::Sent *RatePacer::find(const Ticket &ticket) {
    // Answers mostly come in the order sent: the ticket is near the front.
    for (Sent &s : m_log) {
        if (s.seq == ticket.sent)
            return &s;
    }
    return nullptr;
}

RatePacer::Ticket RatePacer::sent(bool burstExempt) {
    prune(false); // cheap: keeps the log from growing between observed answers
    const qint64 now = m_clock();
    ++m_total.sent;
    m_log.push_back({now, burstExempt, m_total.sent});
    m_lastSentAt = now;
    if (counts(m_log.back()))
        ++m_total.counted;
    return m_total;
}

void RatePacer::answered(const Ticket &ticket) {
    if (Sent *s = find(ticket); s && s->answeredAt == InFlight)
        s->answeredAt = m_clock();
}

void RatePacer::observe(const Budget &budget, const Ticket &ticket) {
    answered(ticket);
    if (m_known && ticket.sent < m_observedTicket.sent)
        return; // an older answer arriving late knows less than the one we have
    const qint64 now = m_clock();
    learnWhetherExemptCount(budget, ticket, now);
    m_budget = budget;
    m_known = true;
    m_observedTicket = ticket;
    m_observedAt = now;
    const Sent *observed = find(ticket);
    m_observedSentAt = observed ? observed->at : now;
    prune(true);
}

void RatePacer::learnWhetherExemptCount(const Budget &budget, const Ticket &ticket, qint64 now) {
    if (m_exemptCounted)
        return;
    // Compared with an answer up to one window old: requests leaving the window only raise
    // Remaining, so a fall beyond what our counted requests explain is someone counting more.
    if (!m_known || budget.max != m_base.budget.max || now - m_base.at > budget.intervalMs) {
        m_base = {budget, ticket, now};
        return;
    }
    const qint64 countedBetween = qint64(ticket.counted - m_base.ticket.counted);
    const qint64 exemptBetween = qint64(ticket.sent - m_base.ticket.sent) - countedBetween;
    if (exemptBetween > 0 &&
        budget.remaining < m_base.budget.remaining - countedBetween - ForeignSlack)
        m_exemptCounted = true;
}

void RatePacer::rateLimited(qint64 waitMs, bool burstExempt, const Ticket &ticket) {
    if (burstExempt)
        m_exemptCounted = true;
    answered(ticket);
    if (Sent *s = find(ticket))
        s->refused = true;
    m_pausedUntil = std::max(m_pausedUntil, m_clock() + std::max<qint64>(0, waitMs));
}

qint64 RatePacer::pausedForMs() const {
    return std::max<qint64>(0, m_pausedUntil - m_clock());
}

int RatePacer::estimatedRemaining() const {
    if (!m_known)
        return -1;
    const qint64 now = m_clock();
    qint64 left = m_budget.remaining;
    for (const Sent &s : m_log) {
        if (!counts(s))
            continue;
        const qint64 freed = freedAt(s);
        if (inObservedCount(s)) {
            // Part of the answer's count: room again once it has surely left that window.
            if (freed <= now && s.at + m_budget.intervalMs > m_observedAt)
                ++left;
        } else if (freed > now) {
            // May have reached the server after the count, and may be in the window still.
            --left;
        }
    }
    return int(std::clamp<qint64>(left, 0, m_budget.max));
}

qint64 RatePacer::delayMs() const {
    const qint64 now = m_clock();
    if (m_pausedUntil > now)
        return m_pausedUntil - now;
    const int left = estimatedRemaining();
    if (left < 0 || left > Reserve)
        return 0;
    // The estimate rises when one of ours surely leaves the window.
    const qint64 spacing = m_budget.intervalMs / std::max(1, m_budget.max);
    qint64 next = InFlight;
    bool inFlight = false;
    for (const Sent &s : m_log) {
        if (!counts(s))
            continue;
        const qint64 freed = freedAt(s);
        if (freed == InFlight)
            inFlight = true;
        else if (freed > now && (!inObservedCount(s) || s.at + m_budget.intervalMs > m_observedAt))
            next = std::min(next, freed);
    }
    if (next != InFlight)
        return next - now;
    // Ours still on their way: their answers will say; look again at the window's average
    // rate meanwhile (the scheduler also looks at every answer).
    if (inFlight)
        return std::max<qint64>(1, spacing);
    // None of ours is in the window: another client uses it. Go at its average rate.
    return m_lastSentAt < 0 ? 0 : std::max<qint64>(0, m_lastSentAt + spacing - now);
}

} // namespace assoc
