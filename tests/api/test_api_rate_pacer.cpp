// SPDX-License-Identifier: MIT
// RatePacer on a hand-driven clock: room from the headers, bursts that wait for the rolling
// window, Retry-After pauses, and HubSpot's exemption of the schema operations.

#include "ManualClock.h"
#include "api/RatePacer.h"

#include <QTest>

using namespace assoc;
using namespace assoc::test;

namespace {
constexpr int Guard = 250;

RatePacer::Budget budget(int remaining, int max = 10, int intervalMs = 1000) {
    return {max, remaining, intervalMs};
}

// Sends `n` requests at the pacer's pace without waiting for answers.
QList<RatePacer::Ticket> sendNow(RatePacer &pacer, int n, bool exempt = false) {
    QList<RatePacer::Ticket> tickets;
    for (int i = 0; i < n && pacer.delayMs() == 0; ++i)
        tickets.append(pacer.sent(exempt));
    return tickets;
}
} // namespace

class TestApiRatePacer : public QObject {
    Q_OBJECT
private slots:
    void readsHubSpotHeaders();
    void readsRetryAfter();
    void sendsFreelyBeforeAnyAnswer();
    void stopsAtTheBudgetAndWaitsForTheWindow();
    void countsWhatWasSentAfterTheObservedRequest();
    void pausesForRetryAfter();
    void leavesExemptRequestsAlone();
    void learnsWhenExemptRequestsAreCounted();
    void learnsFromA429OnAnExemptRequest();
    void spacesRequestsWhenSomeoneElseUsesTheBudget();
    void ignoresAnOlderAnswerArrivingLate();
    void aRefusedRequestFreesNothing();
};

void TestApiRatePacer::readsHubSpotHeaders() {
    QHash<QByteArray, QByteArray> headers{{"x-hubspot-ratelimit-max", "190"},
                                          {"x-hubspot-ratelimit-remaining", "42"},
                                          {"x-hubspot-ratelimit-interval-milliseconds", "10000"}};
    const auto b = RatePacer::fromHeaders(headers);
    QVERIFY(b);
    QCOMPARE(b->max, 190);
    QCOMPARE(b->remaining, 42);
    QCOMPARE(b->intervalMs, 10000);
    headers.remove("x-hubspot-ratelimit-remaining");
    QVERIFY(!RatePacer::fromHeaders(headers)); // search answers come without them
    QVERIFY(!RatePacer::fromHeaders(
        {{"x-hubspot-ratelimit-max", "x"}, {"x-hubspot-ratelimit-remaining", "1"}}));
}

void TestApiRatePacer::readsRetryAfter() {
    const QDateTime now = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    QCOMPARE(RatePacer::retryAfterMs("1", now), 1000);
    QCOMPARE(RatePacer::retryAfterMs(" 2.5 ", now), 2500);
    QCOMPARE(RatePacer::retryAfterMs("Mon, 05 Jan 2026 10:00:07 GMT", now), 7000);
    QCOMPARE(RatePacer::retryAfterMs("Mon, 05 Jan 2026 09:00:00 GMT", now), 0);
    QCOMPARE(RatePacer::retryAfterMs("", now), -1);
    QCOMPARE(RatePacer::retryAfterMs("soon", now), -1);
    QCOMPARE(RatePacer::retryAfterMs("99999", now), 3600000);
}

void TestApiRatePacer::sendsFreelyBeforeAnyAnswer() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    QCOMPARE(sendNow(pacer, 500).size(), 500);
    QCOMPARE(pacer.estimatedRemaining(), -1);
}

void TestApiRatePacer::stopsAtTheBudgetAndWaitsForTheWindow() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    const auto first = pacer.sent(false);
    clock.advance(100);
    pacer.observe(budget(9), first); // 10 per second, one used
    // Room for 8 more (one is kept in reserve), then the window is full.
    QCOMPARE(sendNow(pacer, 100).size(), 8);
    QCOMPARE(pacer.estimatedRemaining(), 1);
    // The first request leaves the window one interval (plus the guard) after it was sent.
    QCOMPARE(pacer.delayMs(), qint64(1000 + Guard - 100));
    clock.advance(1000 + Guard - 100);
    QCOMPARE(pacer.estimatedRemaining(), 2);
    QCOMPARE(pacer.delayMs(), qint64(0));
    QCOMPARE(sendNow(pacer, 100).size(), 1);
    // The other eight were sent at 100 ms: they free their slots together.
    QCOMPARE(pacer.delayMs(), qint64(100));
    clock.advance(100);
    QCOMPARE(sendNow(pacer, 100).size(), 8);
}

void TestApiRatePacer::countsWhatWasSentAfterTheObservedRequest() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    const auto a = pacer.sent(false);
    pacer.sent(false);
    pacer.sent(false);
    clock.advance(50);
    // The answer to `a` says 5 left; the two sent after it are not in that figure yet.
    pacer.observe(budget(5), a);
    QCOMPARE(pacer.estimatedRemaining(), 3);
    QCOMPARE(sendNow(pacer, 10).size(), 2);
}

void TestApiRatePacer::pausesForRetryAfter() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    pacer.rateLimited(2000, false, {});
    QCOMPARE(pacer.delayMs(), qint64(2000));
    QCOMPARE(pacer.pausedForMs(), qint64(2000));
    clock.advance(1500);
    QCOMPARE(pacer.delayMs(), qint64(500));
    pacer.rateLimited(100, false, {}); // a shorter wait does not cut a longer one short
    QCOMPARE(pacer.delayMs(), qint64(500));
    clock.advance(500);
    QCOMPARE(pacer.delayMs(), qint64(0));
}

void TestApiRatePacer::leavesExemptRequestsAlone() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    const auto first = pacer.sent(false);
    clock.advance(100);
    pacer.observe(budget(9), first);
    // Label reads on real HubSpot: the window's Remaining does not move with them.
    for (int i = 0; i < 200; ++i) {
        const auto t = pacer.sent(true);
        clock.advance(1);
        pacer.observe(budget(9), t);
        QCOMPARE(pacer.delayMs(), qint64(0));
    }
    QVERIFY(!pacer.countsExemptRequests());
    QCOMPARE(pacer.estimatedRemaining(), 9);
}

void TestApiRatePacer::learnsWhenExemptRequestsAreCounted() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    auto t = pacer.sent(true);
    clock.advance(100);
    pacer.observe(budget(9), t);
    // A server that counts them after all: Remaining falls by one per request.
    const auto tickets = sendNow(pacer, 4, true);
    clock.advance(100);
    pacer.observe(budget(5), tickets.last());
    QVERIFY(pacer.countsExemptRequests());
    // From now on they are counted: 4 more leave one in reserve.
    QCOMPARE(sendNow(pacer, 100, true).size(), 4);
    QVERIFY(pacer.delayMs() > 0);
}

void TestApiRatePacer::learnsFromA429OnAnExemptRequest() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    pacer.sent(true);
    pacer.rateLimited(1000, true, {});
    QVERIFY(pacer.countsExemptRequests());
    RatePacer other(clock.clock(), Guard);
    other.rateLimited(1000, false, {});
    QVERIFY(!other.countsExemptRequests());
}

void TestApiRatePacer::spacesRequestsWhenSomeoneElseUsesTheBudget() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    const auto t = pacer.sent(false);
    clock.advance(2000);         // our request has long left the window
    pacer.observe(budget(1), t); // yet only one is left: another client spends it
    // None of ours to wait for: the window's average rate, 1000 ms / 10.
    QCOMPARE(pacer.delayMs(), qint64(0)); // the last send was long ago
    pacer.sent(false);
    QCOMPARE(pacer.delayMs(), qint64(1000 + Guard)); // now ours is in the window
}

void TestApiRatePacer::ignoresAnOlderAnswerArrivingLate() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    const auto older = pacer.sent(false);
    const auto newer = pacer.sent(false);
    clock.advance(100);
    pacer.observe(budget(8), newer);
    pacer.observe(budget(9), older);
    QCOMPARE(pacer.estimatedRemaining(), 8);
}

void TestApiRatePacer::aRefusedRequestFreesNothing() {
    ManualClock clock;
    RatePacer pacer(clock.clock(), Guard);
    const auto refused = pacer.sent(false);
    const auto counted = pacer.sent(false);
    clock.advance(100);
    pacer.rateLimited(500, false, refused); // answered 429: never in the server's window
    pacer.observe(budget(0), counted);
    clock.advance(1000 + Guard);
    // Only the request the server counted has left its window.
    QCOMPARE(pacer.estimatedRemaining(), 1);
}

QTEST_GUILESS_MAIN(TestApiRatePacer)
#include "test_api_rate_pacer.moc"
