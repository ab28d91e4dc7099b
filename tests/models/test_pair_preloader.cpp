// SPDX-License-Identifier: MIT
// PairPreloader: every pair read once, in order, a few at a time; skips, failures and cancel.
// Most cases drive the reads by hand (each one ends when the test says so); one reads the
// demo portal over loopback HTTP.

#include "TestSupport.h"
#include "models/PairPreloader.h"

#include <QSignalSpy>
#include <QTest>

using namespace assoc;
using assoc::models::PairPreloader;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};
const ObjectTypePair kContactsDeals{QStringLiteral("0-1"), QStringLiteral("0-3")};
const ObjectTypePair kDealsCompanies{QStringLiteral("0-3"), QStringLiteral("0-2")};
const ObjectTypePair kDealsTickets{QStringLiteral("0-3"), QStringLiteral("0-5")};
const QList<ObjectTypePair> kFour{kContactsCompanies, kContactsDeals, kDealsCompanies,
                                  kDealsTickets};

// Reads that end only when the test ends them.
struct ManualReads {
    struct Read {
        ObjectTypePair pair;
        PairPreloader::Done done;
    };
    QList<Read> started;
    QSet<ObjectTypePair> needless;

    PairPreloader::Loader loader() {
        return [this](const ObjectTypePair &p, PairPreloader::Done done) {
            started.append({p, std::move(done)});
        };
    }
    PairPreloader::Needless skip() {
        return [this](const ObjectTypePair &p) { return needless.contains(p); };
    }
    QList<ObjectTypePair> pairs() const {
        QList<ObjectTypePair> out;
        for (const Read &r : started)
            out.append(r.pair);
        return out;
    }
    void end(int index, const std::optional<ApiError> &error = std::nullopt) {
        started[index].done(error);
    }
};

ApiError networkError() {
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.message = QStringLiteral("connection refused");
    return e;
}
} // namespace

class TestPairPreloader : public QObject {
    Q_OBJECT
private slots:
    void readsEachPairOnceInOrderAFewAtATime();
    void nothingToReadFinishesAtOnce();
    void skipsWhatNeedsNoRead();
    void reportsOnlyTheFirstFailure();
    void cancelDropsTheRestAndCancelsTrackedReads();
    void startingOverIgnoresTheOldRun();
    void readsTheDemoPortal();
};

void TestPairPreloader::readsEachPairOnceInOrderAFewAtATime() {
    ManualReads reads;
    PairPreloader preloader(reads.loader(), reads.skip());
    preloader.setMaxConcurrent(2);
    QSignalSpy progress(&preloader, &PairPreloader::progress);
    QSignalSpy finished(&preloader, &PairPreloader::finished);

    preloader.start(kFour + QList<ObjectTypePair>{kContactsDeals}); // a repeat is read once
    QCOMPARE(preloader.total(), 4);
    QVERIFY(preloader.isRunning());
    QCOMPARE(reads.pairs(), (QList<ObjectTypePair>{kContactsCompanies, kContactsDeals}));
    QVERIFY(preloader.isQueued(kDealsCompanies));
    QCOMPARE(progress.takeFirst(), (QVariantList{0, 4}));

    reads.end(1);
    QCOMPARE(progress.takeFirst(), (QVariantList{1, 4}));
    QCOMPARE(reads.started.size(), 3); // one ended, the next one starts
    QCOMPARE(reads.started.last().pair, kDealsCompanies);
    reads.end(0);
    reads.end(2);
    QCOMPARE(reads.started.size(), 4);
    QCOMPARE(finished.count(), 0);
    reads.end(3);
    QCOMPARE(preloader.done(), 4);
    QVERIFY(!preloader.isRunning());
    QCOMPARE(finished.count(), 1);
    QVERIFY(preloader.failedPairs().isEmpty());
}

void TestPairPreloader::nothingToReadFinishesAtOnce() {
    ManualReads reads;
    PairPreloader preloader(reads.loader(), reads.skip());
    QSignalSpy finished(&preloader, &PairPreloader::finished);
    QSignalSpy progress(&preloader, &PairPreloader::progress);
    preloader.start({});
    QCOMPARE(finished.count(), 1);
    QCOMPARE(progress.takeFirst(), (QVariantList{0, 0}));
    QVERIFY(!preloader.isRunning());
    QVERIFY(reads.started.isEmpty());
}

void TestPairPreloader::skipsWhatNeedsNoRead() {
    ManualReads reads;
    reads.needless = {kContactsCompanies, kDealsCompanies};
    PairPreloader preloader(reads.loader(), reads.skip());
    preloader.setMaxConcurrent(1);
    QSignalSpy finished(&preloader, &PairPreloader::finished);
    preloader.start(kFour);
    QCOMPARE(reads.pairs(), QList<ObjectTypePair>{kContactsDeals});
    QCOMPARE(preloader.done(), 1); // the first was counted without a read
    reads.end(0);
    QCOMPARE(reads.pairs(), (QList<ObjectTypePair>{kContactsDeals, kDealsTickets}));
    reads.end(1);
    QCOMPARE(preloader.done(), 4);
    QCOMPARE(finished.count(), 1);
}

void TestPairPreloader::reportsOnlyTheFirstFailure() {
    ManualReads reads;
    PairPreloader preloader(reads.loader(), reads.skip());
    QSignalSpy failed(&preloader, &PairPreloader::failed);
    QSignalSpy finished(&preloader, &PairPreloader::finished);
    preloader.start(kFour);
    QCOMPARE(reads.started.size(), 4);
    reads.end(0, networkError());
    reads.end(1, networkError());
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Canceled;
    reads.end(2, cancelled); // not a failure
    reads.end(3);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().message,
             QStringLiteral("connection refused"));
    QCOMPARE(preloader.failedPairs(), (QList<ObjectTypePair>{kContactsCompanies, kContactsDeals}));
    QCOMPARE(finished.count(), 1); // a failed pair still counts as done

    // A new run reports its own first failure.
    preloader.start({kDealsTickets});
    reads.end(4, networkError());
    QCOMPARE(failed.count(), 2);
    QCOMPARE(preloader.failedPairs(), QList<ObjectTypePair>{kDealsTickets});
}

void TestPairPreloader::cancelDropsTheRestAndCancelsTrackedReads() {
    ManualReads reads;
    PairPreloader preloader(reads.loader(), reads.skip());
    preloader.setMaxConcurrent(1);
    QSignalSpy progress(&preloader, &PairPreloader::progress);
    QSignalSpy finished(&preloader, &PairPreloader::finished);
    QSignalSpy cancelled(&preloader, &PairPreloader::cancelled);

    preloader.cancel(); // nothing going on: nothing happens
    QCOMPARE(cancelled.count(), 0);

    preloader.start(kFour);
    reads.end(0);
    auto *call = new Call<Done>(this);
    preloader.track(call);
    progress.clear();

    preloader.cancel();
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().kind, ApiError::Kind::Canceled);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!preloader.isRunning());
    QCOMPARE(preloader.total(), 1);
    QCOMPARE(progress.takeFirst(), (QVariantList{1, 1}));
    QVERIFY(!preloader.isQueued(kDealsCompanies));

    reads.end(1); // the read in flight ends after all: ignored
    QCOMPARE(reads.started.size(), 2);
    QCOMPARE(progress.count(), 0);
    preloader.cancel(); // once only
    QCOMPARE(cancelled.count(), 1);
    delete call;
}

void TestPairPreloader::startingOverIgnoresTheOldRun() {
    ManualReads reads;
    PairPreloader preloader(reads.loader(), reads.skip());
    preloader.setMaxConcurrent(1);
    preloader.start({kContactsCompanies, kContactsDeals});
    preloader.start({kDealsTickets});
    QCOMPARE(reads.pairs(), (QList<ObjectTypePair>{kContactsCompanies, kDealsTickets}));
    QSignalSpy finished(&preloader, &PairPreloader::finished);
    reads.end(0, networkError()); // the first run's read: neither counted nor reported
    QCOMPARE(preloader.done(), 0);
    QVERIFY(preloader.failedPairs().isEmpty());
    reads.end(1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reads.started.size(), 2);
}

void TestPairPreloader::readsTheDemoPortal() {
    test::PortalFixture portal;
    QVERIFY(portal.start(fake::Seed::Demo));
    HubSpotClient *client = portal.connect();
    const auto types = test::await(client->selectObjectTypes(Priority::Visible));
    QVERIFY2(test::succeeded(types), test::why(types));
    QList<ObjectTypePair> pairs;
    for (const ObjectType &from : types->value().types) {
        for (const ObjectType &to : types->value().types)
            pairs.append({from.id, to.id});
    }
    QVERIFY(pairs.size() > 8);

    QHash<ObjectTypePair, int> labelsRead;
    int inFlight = 0, mostInFlight = 0;
    QObject context;
    PairPreloader preloader(
        [&](const ObjectTypePair &p, PairPreloader::Done done) {
            mostInFlight = std::max(mostInFlight, ++inFlight);
            auto *call = client->listLabels(p, Priority::Background);
            preloader.track(call);
            call->then(&context, [&, p, done](const ApiResult<QList<AssociationLabel>> &r) {
                --inFlight;
                if (r)
                    labelsRead.insert(p, int(r.value().size()));
                done(r ? std::nullopt : std::optional<ApiError>(r.error()));
            });
        },
        [](const ObjectTypePair &) { return false; });
    preloader.setMaxConcurrent(3);
    QSignalSpy finished(&preloader, &PairPreloader::finished);
    preloader.start(pairs);
    QVERIFY(finished.wait(20000));
    QCOMPARE(labelsRead.size(), pairs.size());
    QVERIFY(labelsRead.value(kContactsCompanies) > 0);
    QVERIFY(preloader.failedPairs().isEmpty());
    QVERIFY(mostInFlight <= 3);
    QVERIFY(mostInFlight > 1);
}

QTEST_GUILESS_MAIN(TestPairPreloader)
#include "test_pair_preloader.moc"
