// SPDX-License-Identifier: MIT
// PairLoadQueue: the pairs still to preload, in order, each once; what is on screen first.

#include "models/PairLoadQueue.h"

#include <QTest>

using assoc::ObjectTypePair;
using assoc::models::PairLoadQueue;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};
const ObjectTypePair kContactsDeals{QStringLiteral("0-1"), QStringLiteral("0-3")};
const ObjectTypePair kDealsCompanies{QStringLiteral("0-3"), QStringLiteral("0-2")};

QList<ObjectTypePair> drain(PairLoadQueue &queue) {
    QList<ObjectTypePair> out;
    while (const auto next = queue.takeNext())
        out.append(*next);
    return out;
}
} // namespace

class TestPairLoadQueue : public QObject {
    Q_OBJECT
private slots:
    void emptyGivesNothing();
    void firstInFirstOutEachOnce();
    void promoteMovesToTheFront();
    void promoteAddsAnAbsentPair();
    void removeSaysWhetherItWasThere();
    void clearEmpties();
};

void TestPairLoadQueue::emptyGivesNothing() {
    PairLoadQueue queue;
    QVERIFY(queue.isEmpty());
    QCOMPARE(queue.size(), 0);
    QVERIFY(!queue.takeNext());
}

void TestPairLoadQueue::firstInFirstOutEachOnce() {
    PairLoadQueue queue;
    queue.enqueue(kContactsCompanies);
    queue.enqueue(kContactsDeals);
    queue.enqueue(kContactsCompanies); // already queued: stays where it was
    QCOMPARE(queue.size(), 2);
    QVERIFY(queue.contains(kContactsDeals));
    QVERIFY(!queue.contains(kContactsDeals.reversed())); // a direction is a pair of its own
    QCOMPARE(drain(queue), (QList<ObjectTypePair>{kContactsCompanies, kContactsDeals}));
    QVERIFY(queue.isEmpty());
}

void TestPairLoadQueue::promoteMovesToTheFront() {
    PairLoadQueue queue;
    for (const ObjectTypePair &pair : {kContactsCompanies, kContactsDeals, kDealsCompanies})
        queue.enqueue(pair);
    queue.promote(kDealsCompanies);
    QCOMPARE(queue.size(), 3);
    QCOMPARE(drain(queue),
             (QList<ObjectTypePair>{kDealsCompanies, kContactsCompanies, kContactsDeals}));
}

void TestPairLoadQueue::promoteAddsAnAbsentPair() {
    PairLoadQueue queue;
    queue.enqueue(kContactsCompanies);
    queue.promote(kContactsDeals);
    QCOMPARE(drain(queue), (QList<ObjectTypePair>{kContactsDeals, kContactsCompanies}));
}

void TestPairLoadQueue::removeSaysWhetherItWasThere() {
    PairLoadQueue queue;
    queue.enqueue(kContactsCompanies);
    queue.enqueue(kContactsDeals);
    QVERIFY(queue.remove(kContactsCompanies));
    QVERIFY(!queue.remove(kContactsCompanies));
    QVERIFY(!queue.contains(kContactsCompanies));
    QCOMPARE(drain(queue), QList<ObjectTypePair>{kContactsDeals});
}

void TestPairLoadQueue::clearEmpties() {
    PairLoadQueue queue;
    queue.enqueue(kContactsCompanies);
    queue.clear();
    QVERIFY(queue.isEmpty());
    QVERIFY(!queue.takeNext());
}

QTEST_GUILESS_MAIN(TestPairLoadQueue)
#include "test_pair_load_queue.moc"
