// SPDX-License-Identifier: MIT
// The per-connection HTTP cache over real HTTP to the fake portal with its ETag switch on: a
// second load asks with If-None-Match and gets bodiless 304s with the same results, a write
// makes the client forget what it touched so that the pair is read afresh, and nothing secret
// is ever written into the cache folder.

#include "OwnerOnlyCheck.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;

namespace {
const ObjectTypePair contactsCompanies{u"0-1"_s, u"0-2"_s};
const ObjectTypePair contactsDeals{u"0-1"_s, u"0-3"_s};

// What one "refresh" of the test reads: two pairs (both directions), the portal-wide limits
// and the label usage.
struct Reading {
    PortalSchema first;
    PortalSchema second;
    QList<AssociationLimit> allLimits;
    QList<LabelUsage> usage;
};

std::optional<Reading> read(HubSpotClient *client) {
    auto first = await(client->readPair(contactsCompanies, Priority::Visible));
    auto second = await(client->readPair(contactsDeals, Priority::Visible));
    auto limits = await(client->listAllLimits());
    auto usage = await(client->labelUsage());
    if (!succeeded(first) || !succeeded(second) || !succeeded(limits) || !succeeded(usage))
        return std::nullopt;
    return Reading{first->value(), second->value(), limits->value(), usage->value()};
}

bool samePairs(const PortalSchema &a, const PortalSchema &b) {
    if (a.pairs.keys() != b.pairs.keys())
        return false;
    for (auto it = a.pairs.cbegin(); it != a.pairs.cend(); ++it) {
        const PairSchema &other = b.pairs.value(it.key());
        if (it->labels != other.labels || it->limits != other.limits)
            return false;
    }
    return true;
}

const AssociationLabel *findText(const QList<AssociationLabel> &labels, const QString &text) {
    for (const AssociationLabel &l : labels) {
        if (l.label == text)
            return &l;
    }
    return nullptr;
}

// The GETs of the fake's log whose path contains `path`.
QList<fake::RequestLogEntry> gets(fake::FakeHubSpotServer &server, const QString &path) {
    return server.log().entries(u"GET"_s, path);
}
} // namespace

class TestApiCache : public QObject {
    Q_OBJECT
private slots:
    void secondLoadRevalidatesAndGets304s();
    void writeMakesTheTouchedPairReadAfresh();
    void cacheHoldsNoSecretAndIsOwnerOnly();
    void answersWithoutValidatorsAreNotKept();
    void cacheSwitchedOffSendsNoValidators();
};

void TestApiCache::secondLoadRevalidatesAndGets304s() {
    QTemporaryDir dir;
    PortalFixture f;
    QVERIFY(f.start());
    f.server->config().etags = true;
    ClientConfig config = f.config();
    config.cacheDirectory = dir.path() + u"/profile"_s;

    const auto cold = read(f.connect(config));
    QVERIFY(cold);
    for (const auto &e : f.server->log().entries(u"GET"_s, QString())) {
        QVERIFY2(e.header("If-None-Match").isEmpty(), qPrintable(e.path));
        QCOMPARE(e.status, 200);
    }

    // A new client, as after a restart of the app: only what is on disk is known.
    f.client.reset();
    f.server->log().clear();
    const auto warm = read(f.connect(config));
    QVERIFY(warm);
    const auto entries = f.server->log().entries(u"GET"_s, QString());
    QCOMPARE(entries.size(), 4 + 4 + 1 + 1); // labels and limits of four directions, two listings
    for (const auto &e : entries) {
        QVERIFY2(!e.header("If-None-Match").isEmpty(), qPrintable(e.path));
        QVERIFY2(e.status == 304, qPrintable(e.path + u" answered "_s + QString::number(e.status)));
        QCOMPARE(e.responseBodyBytes, qint64(0));
    }
    QVERIFY(samePairs(cold->first, warm->first));
    QVERIFY(samePairs(cold->second, warm->second));
    QVERIFY(warm->allLimits == cold->allLimits);
    QCOMPARE(warm->usage.size(), cold->usage.size());
    QVERIFY(!warm->first.pair(contactsCompanies)->labels.isEmpty());
}

void TestApiCache::writeMakesTheTouchedPairReadAfresh() {
    QTemporaryDir dir;
    PortalFixture f;
    QVERIFY(f.start());
    f.server->config().etags = true;
    ClientConfig config = f.config();
    config.cacheDirectory = dir.path() + u"/profile"_s;
    HubSpotClient *client = f.connect(config);
    QVERIFY(read(client));

    auto created = await(client->createLabel(
        contactsCompanies, {u"auditor"_s, u"Auditor"_s, QString(u"Audited company"_s)}));
    QVERIFY2(succeeded(created), why(created).constData());
    const AssociationLabel *auditor = findText(created->value(), u"Auditor"_s);
    QVERIFY(auditor);
    auto limit = await(client->changeLimit(contactsCompanies, auditor->key(), std::nullopt, 4));
    QVERIFY2(succeeded(limit), why(limit).constData());

    f.server->log().clear();
    const auto after = read(client);
    QVERIFY(after);
    // The written pair, both directions, and the portal-wide listings: asked without a
    // validator, answered in full, with the new state.
    const QStringList touched = {u"/0-1/0-2/labels"_s,         u"/0-2/0-1/labels"_s,
                                 u"/configurations/0-1/0-2"_s, u"/configurations/0-2/0-1"_s,
                                 u"/configurations/all"_s,     u"/limits/associations/labels"_s};
    for (const QString &path : touched) {
        const auto entries = gets(*f.server, path);
        QVERIFY2(entries.size() == 1, qPrintable(path));
        QVERIFY2(entries.first().header("If-None-Match").isEmpty(), qPrintable(path));
        QCOMPARE(entries.first().status, 200);
    }
    const PairSchema *pair = after->first.pair(contactsCompanies);
    QVERIFY(pair && findText(pair->labels, u"Auditor"_s));
    const PairSchema *reverse = after->first.pair(contactsCompanies.reversed());
    QVERIFY(reverse && findText(reverse->labels, u"Audited company"_s));
    QCOMPARE(pair->limitFor(auditor->key()), std::optional<int>(4));
    // A pair the write did not touch is still only confirmed.
    const auto untouched = gets(*f.server, u"0-3"_s);
    QCOMPARE(untouched.size(), 4);
    for (const auto &e : untouched) {
        QVERIFY(!e.header("If-None-Match").isEmpty());
        QCOMPARE(e.status, 304);
    }
}

void TestApiCache::cacheHoldsNoSecretAndIsOwnerOnly() {
    QTemporaryDir dir;
    PortalFixture f;
    QVERIFY(f.start());
    f.server->config().etags = true;
    ClientConfig config = f.config();
    const QString folder = dir.path() + u"/profile"_s;
    config.cacheDirectory = folder;
    QVERIFY(read(f.connect(config)));
    QVERIFY(read(f.client.get())); // and once more, with 304s
    f.client.reset();

    const QByteArray token = f.server->privateAppToken().toUtf8();
    int files = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        QVERIFY2(!content.contains(token), qPrintable(file.fileName()));
        QVERIFY2(!content.toLower().contains("authorization"), qPrintable(file.fileName()));
        QVERIFY2(!content.toLower().contains("bearer"), qPrintable(file.fileName()));
    }
    QCOMPARE(files, 10); // one per answer read, so the scan looked at something
    const QStringList loose = notOwnerOnly(folder);
    QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u'\n')));
}

void TestApiCache::answersWithoutValidatorsAreNotKept() {
    QTemporaryDir dir;
    PortalFixture f;
    QVERIFY(f.start()); // ETags off: HubSpot's documented behaviour
    ClientConfig config = f.config();
    config.cacheDirectory = dir.path() + u"/profile"_s;
    QVERIFY(read(f.connect(config)));
    f.server->log().clear();
    QVERIFY(read(f.client.get()));
    const auto entries = f.server->log().entries(u"GET"_s, QString());
    QVERIFY(!entries.isEmpty());
    for (const auto &e : entries) {
        QVERIFY(e.header("If-None-Match").isEmpty());
        QCOMPARE(e.status, 200);
    }
    QDirIterator it(config.cacheDirectory, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
}

void TestApiCache::cacheSwitchedOffSendsNoValidators() {
    QTemporaryDir dir;
    PortalFixture f;
    QVERIFY(f.start());
    f.server->config().etags = true;
    ClientConfig config = f.config();
    config.cacheDirectory = dir.path() + u"/profile"_s;
    config.connection.cacheResponses = false;
    QVERIFY(read(f.connect(config)));
    f.server->log().clear();
    QVERIFY(read(f.client.get()));
    for (const auto &e : f.server->log().entries(u"GET"_s, QString())) {
        QVERIFY(e.header("If-None-Match").isEmpty());
        QCOMPARE(e.status, 200);
    }
    QVERIFY(!QFileInfo::exists(config.cacheDirectory));
}

QTEST_GUILESS_MAIN(TestApiCache)
#include "test_api_cache.moc"
