// SPDX-License-Identifier: MIT
// ConcurrencyController on a hand-driven clock: rises with fast answers and room, falls on a
// 429, on Remaining near zero and on growing latency, never above the cap.

#include "ManualClock.h"
#include "api/ConcurrencyController.h"

#include <QTest>

using namespace assoc;
using namespace assoc::test;

namespace {
// One round trip's worth of answers at the current limit.
void roundTrip(ConcurrencyController &c, ManualClock &clock, qint64 latencyMs, int remaining = -1,
               int max = -1) {
    const int n = c.limit();
    for (int i = 0; i < n; ++i)
        c.answered(latencyMs, remaining, max);
    clock.advance(latencyMs);
}
} // namespace

class TestApiConcurrency : public QObject {
    Q_OBJECT
private slots:
    void startsAtSixteenBelowTheDefaultCap();
    void aSmallCapIsTheStart();
    void doublesPerRoundTripWhileFast();
    void neverAboveTheCap();
    void halvesOnA429OncePerRoundTrip();
    void growsSlowlyAfterACut();
    void fallsWhenLatencyGrows();
    void fallsWhenRemainingNearsZero();
    void keepsEnoughInFlightForTheWindowsRate();
    void doesNotGrowWithoutRoom();
};

void TestApiConcurrency::startsAtSixteenBelowTheDefaultCap() {
    ManualClock clock;
    ConcurrencyController c(0, clock.clock());
    QCOMPARE(c.cap(), ConcurrencyController::DefaultCap);
    QCOMPARE(c.limit(), 16);
}

void TestApiConcurrency::aSmallCapIsTheStart() {
    ManualClock clock;
    ConcurrencyController c(3, clock.clock());
    QCOMPARE(c.limit(), 3);
    roundTrip(c, clock, 100);
    QCOMPARE(c.limit(), 3);
}

void TestApiConcurrency::doublesPerRoundTripWhileFast() {
    ManualClock clock;
    ConcurrencyController c(256, clock.clock());
    roundTrip(c, clock, 100, 180, 190);
    QCOMPARE(c.limit(), 32);
    roundTrip(c, clock, 100, 180, 190);
    QCOMPARE(c.limit(), 64);
    roundTrip(c, clock, 100); // no headers: no sign of a limit either
    QCOMPARE(c.limit(), 128);
}

void TestApiConcurrency::neverAboveTheCap() {
    ManualClock clock;
    ConcurrencyController c(0, clock.clock());
    for (int i = 0; i < 10; ++i)
        roundTrip(c, clock, 80);
    QCOMPARE(c.limit(), 64);
    ConcurrencyController capped(20, clock.clock());
    for (int i = 0; i < 10; ++i)
        roundTrip(capped, clock, 80);
    QCOMPARE(capped.limit(), 20);
}

void TestApiConcurrency::halvesOnA429OncePerRoundTrip() {
    ManualClock clock;
    ConcurrencyController c(0, clock.clock());
    roundTrip(c, clock, 100);
    roundTrip(c, clock, 100);
    QCOMPARE(c.limit(), 64);
    // A whole wave answered 429 at once is one signal, not 64.
    for (int i = 0; i < 64; ++i)
        c.rateLimited();
    QCOMPARE(c.limit(), 32);
    clock.advance(100);
    c.rateLimited();
    QCOMPARE(c.limit(), 16);
    for (int i = 0; i < 20; ++i) {
        clock.advance(100);
        c.rateLimited();
    }
    QCOMPARE(c.limit(), 1);
}

void TestApiConcurrency::growsSlowlyAfterACut() {
    ManualClock clock;
    ConcurrencyController c(0, clock.clock());
    roundTrip(c, clock, 100);
    QCOMPARE(c.limit(), 32);
    c.rateLimited();
    QCOMPARE(c.limit(), 16);
    // About one per round trip now, not doubling.
    for (int i = 0; i < 3; ++i)
        roundTrip(c, clock, 100);
    QVERIFY2(c.limit() >= 17 && c.limit() <= 19, qPrintable(QString::number(c.limit())));
}

void TestApiConcurrency::fallsWhenLatencyGrows() {
    ManualClock clock;
    ConcurrencyController c(0, clock.clock());
    roundTrip(c, clock, 100);
    roundTrip(c, clock, 100);
    QCOMPARE(c.limit(), 64);
    // Answers slow down to 400 ms: the server is struggling.
    for (int i = 0; i < 6; ++i)
        roundTrip(c, clock, 400);
    QVERIFY2(c.limit() < 64, qPrintable(QString::number(c.limit())));
    const int afterSlowdown = c.limit();
    QVERIFY(c.smoothedMs() > 250);
    QCOMPARE(c.fastestMs(), qint64(100));
    // Latency a little above the fastest is fine.
    ConcurrencyController steady(0, clock.clock());
    for (int i = 0; i < 6; ++i)
        roundTrip(steady, clock, 130);
    QCOMPARE(steady.limit(), 64);
    QVERIFY(afterSlowdown <= 64 * 3 / 4);
}

void TestApiConcurrency::fallsWhenRemainingNearsZero() {
    ManualClock clock;
    ConcurrencyController c(0, clock.clock());
    roundTrip(c, clock, 10, 500, 1000);
    roundTrip(c, clock, 10, 500, 1000);
    QCOMPARE(c.limit(), 64);
    c.answered(10, 90, 1000); // 9 % left
    QCOMPARE(c.limit(), 48);
    c.answered(10, 80, 1000); // within the same round trip: no second cut
    QCOMPARE(c.limit(), 48);
    clock.advance(100);
    c.answered(10, 70, 1000);
    QCOMPARE(c.limit(), 36);
}

void TestApiConcurrency::keepsEnoughInFlightForTheWindowsRate() {
    ManualClock clock;
    ConcurrencyController c(0, clock.clock());
    // 190 per 10 s at 100 ms a request: ~2 in flight keep the window's rate; twice that stays.
    for (int i = 0; i < 40; ++i) {
        c.answered(100, 3, 190, 10000);
        clock.advance(100);
    }
    QCOMPARE(c.limit(), 4);
}

void TestApiConcurrency::doesNotGrowWithoutRoom() {
    ManualClock clock;
    ConcurrencyController c(0, clock.clock());
    for (int i = 0; i < 5; ++i)
        roundTrip(c, clock, 100, 40, 190); // 21 %: not low enough to cut, too low to grow
    QCOMPARE(c.limit(), 16);
}

QTEST_GUILESS_MAIN(TestApiConcurrency)
#include "test_api_concurrency.moc"
