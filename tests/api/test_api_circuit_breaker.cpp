// SPDX-License-Identifier: MIT
// CircuitBreaker on a hand-driven clock: when it opens, how long, and what closes it.

#include "ManualClock.h"
#include "api/CircuitBreaker.h"

#include <QTest>

using namespace assoc;
using namespace assoc::test;
using Change = CircuitBreaker::Change;

class TestApiCircuitBreaker : public QObject {
    Q_OBJECT
private slots:
    void opensAfterThresholdFailuresInARow();
    void successInBetweenStartsTheCountAgain();
    void staysOpenForItsPauseOnly();
    void closesOnTheFirstSuccessAfterThePause();
    void resetIgnoresFailuresSentBefore();
    void thresholdZeroNeverOpens();
};

void TestApiCircuitBreaker::opensAfterThresholdFailuresInARow() {
    ManualClock clock;
    CircuitBreaker breaker(3, 30000, clock.clock());
    QCOMPARE(breaker.recordFailure(0), Change::None);
    QCOMPARE(breaker.recordFailure(0), Change::None);
    QVERIFY(!breaker.isOpen());
    QCOMPARE(breaker.recordFailure(0), Change::Opened);
    QVERIFY(breaker.isOpen());
    QCOMPARE(breaker.remainingOpenMs(), qint64(30000));
    // Further failures while open change nothing.
    QCOMPARE(breaker.recordFailure(0), Change::None);
}

void TestApiCircuitBreaker::successInBetweenStartsTheCountAgain() {
    ManualClock clock;
    CircuitBreaker breaker(3, 30000, clock.clock());
    breaker.recordFailure(0);
    breaker.recordFailure(0);
    QCOMPARE(breaker.recordSuccess(), Change::None); // was never open: nothing to announce
    breaker.recordFailure(0);
    QCOMPARE(breaker.recordFailure(0), Change::None);
    QVERIFY(!breaker.isOpen());
}

void TestApiCircuitBreaker::staysOpenForItsPauseOnly() {
    ManualClock clock;
    CircuitBreaker breaker(1, 5000, clock.clock());
    QCOMPARE(breaker.recordFailure(0), Change::Opened);
    clock.advance(4999);
    QVERIFY(breaker.isOpen());
    QCOMPARE(breaker.remainingOpenMs(), qint64(1));
    clock.advance(1);
    QVERIFY(!breaker.isOpen());
    QVERIFY(breaker.hasTripped()); // not closed until a request succeeds
    QCOMPARE(breaker.remainingOpenMs(), qint64(0));
}

void TestApiCircuitBreaker::closesOnTheFirstSuccessAfterThePause() {
    ManualClock clock;
    CircuitBreaker breaker(2, 1000, clock.clock());
    breaker.recordFailure(0);
    QCOMPARE(breaker.recordFailure(0), Change::Opened);
    clock.advance(1000);
    // The probe after the pause fails: the count goes on, and it opens again at once.
    QCOMPARE(breaker.recordFailure(0), Change::Opened);
    clock.advance(1000);
    QCOMPARE(breaker.recordSuccess(), Change::Closed);
    QVERIFY(!breaker.hasTripped());
    QCOMPARE(breaker.recordSuccess(), Change::None);
}

void TestApiCircuitBreaker::resetIgnoresFailuresSentBefore() {
    ManualClock clock;
    CircuitBreaker breaker(2, 60000, clock.clock());
    const int before = breaker.epoch();
    breaker.recordFailure(before);
    QCOMPARE(breaker.recordFailure(before), Change::Opened);
    QCOMPARE(breaker.reset(), Change::Closed); // "Try now"
    QVERIFY(!breaker.isOpen());
    QVERIFY(breaker.epoch() != before);
    // Requests sent before "Try now" fail late: old news.
    QCOMPARE(breaker.recordFailure(before), Change::None);
    QCOMPARE(breaker.recordFailure(before), Change::None);
    QVERIFY(!breaker.isOpen());
    breaker.recordFailure(breaker.epoch());
    QCOMPARE(breaker.recordFailure(breaker.epoch()), Change::Opened);
    QCOMPARE(breaker.reset(), Change::Closed);
    QCOMPARE(breaker.reset(), Change::None);
}

void TestApiCircuitBreaker::thresholdZeroNeverOpens() {
    ManualClock clock;
    CircuitBreaker breaker(0, 30000, clock.clock());
    for (int i = 0; i < 100; ++i)
        QCOMPARE(breaker.recordFailure(0), Change::None);
    QVERIFY(!breaker.isOpen());
}

QTEST_GUILESS_MAIN(TestApiCircuitBreaker)
#include "test_api_circuit_breaker.moc"
