// SPDX-License-Identifier: MIT
// RatePacer on a hand-driven clock: room from the headers, bursts that wait for the rolling
// window (counted from each request's answer), Retry-After pauses, and HubSpot's exemption of
// the schema operations.

#include "ManualClock.h"
#include "api/RatePacer.h"

#include <QTest>

using namespace assoc;
using namespace assoc::test;

namespace {
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
    void aSlowAnswerDelaysTheSlot();
    void anOldRequestAddsNoRoomTwice();
    void requestsArrivingOutOfOrderAreNotForgotten();
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
    RatePacer pacer(clock.clock());
    QCOMPARE(sendNow(pacer, 500).size(), 500);
    QCOMPARE(pacer.estimatedRemaining(), -1);
}

void TestApiRatePacer::stopsAtTheBudgetAndWaitsForTheWindow() {
    ManualClock clock;
    RatePacer pacer(clock.clock());
    const auto first = pacer.sent(false);
    clock.advance(100);
    pacer.observe(budget(9), first); // 10 per second, one used
    // Room for 8 more (one is kept in reserve), then the window is full.
    const auto eight = sendNow(pacer, 100);
    QCOMPARE(eight.size(), 8);
    QCOMPARE(pacer.estimatedRemaining(), 1);
    // The first request surely leaves the window one interval after its answer came.
    QCOMPARE(pacer.delayMs(), qint64(1000));
    clock.advance(1000);
    QCOMPARE(pacer.estimatedRemaining(), 2);
    QCOMPARE(pacer.delayMs(), qint64(0));
    QCOMPARE(sendNow(pacer, 100).size(), 1);
    // The eight are still on their way: nothing says when they leave, so the pacer looks again
    // at the window's average rate (1000 ms / 10).
    QCOMPARE(pacer.delayMs(), qint64(100));
    clock.advance(50);
    for (const auto &t : eight)
        pacer.answered(t);
    // Answered together: they free their slots together, one interval later.
    QCOMPARE(pacer.delayMs(), qint64(1000));
    clock.advance(1000);
    QCOMPARE(sendNow(pacer, 100).size(), 8);
}

void TestApiRatePacer::aSlowAnswerDelaysTheSlot() {
    // The server counts a request when it arrives, somewhere between sending and answer: on a
    // busy machine that can be long after it was sent, so the slot is freed from the answer.
    ManualClock clock;
    RatePacer pacer(clock.clock());
    const auto first = pacer.sent(false);
    clock.advance(100);
    pacer.observe(budget(9), first);
    const auto slow = sendNow(pacer, 8);
    QCOMPARE(slow.size(), 8);
    clock.advance(1000);
    // One interval after sending, nothing of the eight has been answered: still counted.
    QCOMPARE(pacer.estimatedRemaining(), 2); // only the first has left
    QCOMPARE(sendNow(pacer, 1).size(), 1);
    QVERIFY(pacer.delayMs() > 0);
    clock.advance(600); // answered 1.6 s after they were sent
    for (const auto &t : slow)
        pacer.answered(t);
    QCOMPARE(pacer.estimatedRemaining(), 1);
    QCOMPARE(pacer.delayMs(), qint64(1000));
}

void TestApiRatePacer::requestsArrivingOutOfOrderAreNotForgotten() {
    // Sent together over several connections, requests reach the server in any order: the
    // first answer may count only its own request. The others are still on their way and will
    // be counted, so they take room until they have surely left the window.
    ManualClock clock;
    RatePacer pacer(clock.clock());
    const auto wave = sendNow(pacer, 20);
    QCOMPARE(wave.size(), 20); // nothing known yet
    clock.advance(100);
    pacer.observe(budget(29, 30), wave.at(12)); // the server has seen one request so far
    QCOMPARE(pacer.estimatedRemaining(), 10);   // 29, less the 19 others
    QCOMPARE(sendNow(pacer, 100).size(), 9);
    clock.advance(5);
    for (const auto &t : wave)
        pacer.answered(t);
    QCOMPARE(pacer.estimatedRemaining(), 1);
    // The first slot to free is the observed request's, one window after its answer at 100 ms.
    QCOMPARE(pacer.delayMs(), qint64(995));
}

void TestApiRatePacer::anOldRequestAddsNoRoomTwice() {
    // A request sent more than an interval before an answer may have left the server's window
    // before that answer was made: its Remaining may already include the slot.
    ManualClock clock;
    RatePacer pacer(clock.clock());
    const auto old = pacer.sent(false);
    clock.advance(700); // counted somewhere in these 700 ms
    pacer.answered(old);
    clock.advance(810);
    const auto later = pacer.sent(false);
    clock.advance(100);
    pacer.observe(budget(1), later); // at 1,610 ms
    QCOMPARE(pacer.estimatedRemaining(), 1);
    clock.advance(100); // one interval after old's answer: it has surely left, but perhaps
    QCOMPARE(pacer.estimatedRemaining(), 1); // before the answer above, which then counted it
    clock.advance(900);
    QCOMPARE(pacer.estimatedRemaining(), 2); // `later` has left the window it was counted in
}

void TestApiRatePacer::countsWhatWasSentAfterTheObservedRequest() {
    ManualClock clock;
    RatePacer pacer(clock.clock());
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
    RatePacer pacer(clock.clock());
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
    RatePacer pacer(clock.clock());
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
    RatePacer pacer(clock.clock());
    auto t = pacer.sent(true);
    clock.advance(100);
    pacer.observe(budget(9), t);
    // A server that counts them after all: Remaining falls by one per request.
    const auto tickets = sendNow(pacer, 4, true);
    clock.advance(100);
    pacer.observe(budget(5), tickets.last());
    QVERIFY(pacer.countsExemptRequests());
    // From now on they are counted: of the 5 left, the three answered with the last may not be
    // in its count yet, and one is kept in reserve.
    QCOMPARE(sendNow(pacer, 100, true).size(), 1);
    QVERIFY(pacer.delayMs() > 0);
}

void TestApiRatePacer::learnsFromA429OnAnExemptRequest() {
    ManualClock clock;
    RatePacer pacer(clock.clock());
    pacer.sent(true);
    pacer.rateLimited(1000, true, {});
    QVERIFY(pacer.countsExemptRequests());
    RatePacer other(clock.clock());
    other.rateLimited(1000, false, {});
    QVERIFY(!other.countsExemptRequests());
}

void TestApiRatePacer::spacesRequestsWhenSomeoneElseUsesTheBudget() {
    ManualClock clock;
    RatePacer pacer(clock.clock());
    const auto t = pacer.sent(false);
    clock.advance(2000);         // our request has long left the window
    pacer.observe(budget(1), t); // yet only one is left: another client spends it
    // None of ours to wait for: the window's average rate, 1000 ms / 10.
    QCOMPARE(pacer.delayMs(), qint64(0)); // the last send was long ago
    const auto ours = pacer.sent(false);
    QCOMPARE(pacer.delayMs(), qint64(100)); // on its way: look again at the average rate
    clock.advance(40);
    pacer.answered(ours);
    QCOMPARE(pacer.delayMs(), qint64(1000)); // now ours is in the window
}

void TestApiRatePacer::ignoresAnOlderAnswerArrivingLate() {
    ManualClock clock;
    RatePacer pacer(clock.clock());
    const auto older = pacer.sent(false);
    const auto newer = pacer.sent(false);
    clock.advance(100);
    pacer.observe(budget(8), newer);
    pacer.observe(budget(9), older);
    // Judged by the newer answer: 8, less `older`, which may have reached the server after
    // `newer` (from the older answer it would be 9 less `newer`).
    QCOMPARE(pacer.estimatedRemaining(), 7);
}

void TestApiRatePacer::aRefusedRequestFreesNothing() {
    ManualClock clock;
    RatePacer pacer(clock.clock());
    const auto refused = pacer.sent(false);
    const auto counted = pacer.sent(false);
    clock.advance(100);
    pacer.rateLimited(500, false, refused); // answered 429: never in the server's window
    pacer.observe(budget(0), counted);
    clock.advance(1000);
    // Only the request the server counted has left its window.
    QCOMPARE(pacer.estimatedRemaining(), 1);
}

QTEST_GUILESS_MAIN(TestApiRatePacer)
#include "test_api_rate_pacer.moc"
