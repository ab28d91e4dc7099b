// SPDX-License-Identifier: MIT
// Model benchmarks for a large portal: 50 object types, 2,500 ordered pairs, 10 labels each
// (25,000 labels).
//
// The models take their data from a PortalSession, fed the way the app's --demo mode feeds it:
// an in-process fake HubSpot portal (assoc_fakehubspot) on a loopback port, seeded with the
// large schema, read by PortalSession::start() and its background preload. (A session can also
// start from a snapshot; bench/startup times that path.)
//
// Run: QT_QPA_PLATFORM=offscreen build/ci/bin/bench_models
#include "FakeHubSpotServer.h"
#include "core/SnapshotCache.h"
#include "models/ModelRoles.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/PortalSession.h"
#include "models/TreeFilterProxyModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <algorithm>
#include <malloc.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace assoc;

namespace {

constexpr int kTypes = 50;
constexpr int kLabelsPerPair = 10;
const QString kProfile = u"bench-large"_s;

// Object types: HubSpot's four standard ones (what the client lists by default) + 46 custom.
struct TypeSpec {
    QString id, name, plural, singular, pluralLabel;
};

QList<TypeSpec> typeSpecs() {
    QList<TypeSpec> specs = {
        {u"0-1"_s, u"contact"_s, u"contacts"_s, u"Contact"_s, u"Contacts"_s},
        {u"0-2"_s, u"company"_s, u"companies"_s, u"Company"_s, u"Companies"_s},
        {u"0-3"_s, u"deal"_s, u"deals"_s, u"Deal"_s, u"Deals"_s},
        {u"0-5"_s, u"ticket"_s, u"tickets"_s, u"Ticket"_s, u"Tickets"_s},
    };
    const QStringList custom = {
        u"Vehicle"_s,      u"Warehouse"_s,   u"Course"_s,    u"Project"_s,  u"Invoice"_s,
        u"Subscription"_s, u"Property"_s,    u"Contract"_s,  u"Shipment"_s, u"Store"_s,
        u"Event"_s,        u"Venue"_s,       u"Policy"_s,    u"Claim"_s,    u"Asset"_s,
        u"Device"_s,       u"License"_s,     u"Partner"_s,   u"Supplier"_s, u"Campaign"_s,
        u"Membership"_s,   u"Donation"_s,    u"Grant"_s,     u"Patient"_s,  u"Appointment"_s,
        u"Listing"_s,      u"Tenant"_s,      u"Lease"_s,     u"Order"_s,    u"Return"_s,
        u"Quote"_s,        u"Opportunity"_s, u"Territory"_s, u"Region"_s,   u"Branch"_s,
        u"Team"_s,         u"Employee"_s,    u"Candidate"_s, u"Job"_s,      u"Certificate"_s,
        u"Inspection"_s,   u"Work order"_s,  u"Site"_s,      u"Building"_s, u"Room"_s,
        u"Booking"_s};
    int n = 0;
    for (const QString &label : custom) {
        QString name = label.toLower().replace(u' ', u'_');
        specs.append({u"2-73%1"_s.arg(1001 + n, 5, 10, QChar(u'0')), name, name + u's', label,
                      label + u's'});
        ++n;
    }
    return specs;
}

// Realistic association label texts; each pair gets 10 consecutive ones (rotating), so
// "Billing contact" is on about a third of the pairs.
const QStringList &labelTexts() {
    static const QStringList texts = {u"Billing contact"_s,
                                      u"Decision maker"_s,
                                      u"Primary site"_s,
                                      u"Technical contact"_s,
                                      u"Account owner"_s,
                                      u"Former employee"_s,
                                      u"Reseller"_s,
                                      u"Main supplier"_s,
                                      u"Shipping address"_s,
                                      u"Legal guardian"_s,
                                      u"Emergency contact"_s,
                                      u"Project sponsor"_s,
                                      u"Key account"_s,
                                      u"Renewal owner"_s,
                                      u"Escalation point"_s,
                                      u"Influencer"_s,
                                      u"Budget holder"_s,
                                      u"Executive sponsor"_s,
                                      u"Implementation partner"_s,
                                      u"Referral source"_s,
                                      u"Invoice recipient"_s,
                                      u"Site manager"_s,
                                      u"Subcontractor"_s,
                                      u"Parent organisation"_s,
                                      u"Subsidiary"_s,
                                      u"Service provider"_s,
                                      u"Insurance holder"_s,
                                      u"Co-signer"_s,
                                      u"Previous owner"_s,
                                      u"Booking agent"_s};
    return texts;
}

QString apiName(const QString &text) {
    QString s = text.toLower();
    for (QChar &c : s) {
        if (!c.isLetterOrNumber())
            c = u'_';
    }
    return s;
}

void seedLargePortal(fake::FakePortalState &state) {
    state.clear();
    const QDateTime created(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC);
    const QList<TypeSpec> specs = typeSpecs();
    for (const TypeSpec &s : specs) {
        fake::FakeObjectType t;
        t.id = s.id;
        t.name = s.name;
        t.pluralName = s.plural;
        t.singularLabel = s.singular;
        t.pluralLabel = s.pluralLabel;
        t.custom = s.id.startsWith(u"2-"_s);
        if (t.custom) {
            t.fullyQualifiedName = u"p%1_%2"_s.arg(state.portalId()).arg(s.name);
            t.primaryDisplayProperty = u"name"_s;
            t.propertyNames = {u"name"_s};
        }
        t.createdAt = created;
        state.addObjectType(t);
    }
    const QStringList &texts = labelTexts();
    const QString user = u"USER_DEFINED"_s;
    int nextId = 1000;
    int pairIndex = 0;
    for (int a = 0; a < specs.size(); ++a) {
        for (int b = a; b < specs.size(); ++b, ++pairIndex) {
            const QString &from = specs[a].id;
            const QString &to = specs[b].id;
            if (a == b) {
                // Same-object pair: 5 labels with two ids each = 10 labels in the one direction.
                for (int k = 0; k < kLabelsPerPair / 2; ++k) {
                    const QString text = texts[(pairIndex * 3 + k) % texts.size()];
                    const QString inverse = texts[(pairIndex * 3 + k + 5) % texts.size()];
                    const int id = nextId;
                    nextId += 2;
                    state.addAssociationType(
                        {from, to, id, user, text, apiName(text) + u"_%1"_s.arg(k), id + 1});
                    state.addAssociationType(
                        {from, to, id + 1, user, inverse, apiName(text) + u"_%1"_s.arg(k), id});
                }
                continue;
            }
            for (int k = 0; k < kLabelsPerPair; ++k) {
                const QString text = texts[(pairIndex * 3 + k) % texts.size()];
                const QString inverse = texts[(pairIndex * 3 + k + 13) % texts.size()];
                const int id = nextId;
                nextId += 2;
                const QString name = apiName(text) + u"_%1"_s.arg(k);
                state.addAssociationType({from, to, id, user, text, name, id + 1});
                state.addAssociationType({to, from, id + 1, user, inverse, name, id});
            }
        }
    }
    state.setNextTypeId(nextId);
}

qint64 procStatusKb(const char *field) {
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0); false if not permitted.
bool resetPeakRss() {
    QFile f(u"/proc/self/clear_refs"_s);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

QString mb(qint64 kb) {
    return QString::number(double(kb) / 1024.0, 'f', 1) + u" MB"_s;
}

const QStringList &keystrokes() {
    static const QStringList list = [] {
        const QString phrase = u"billing contact"_s;
        QStringList l;
        for (int i = 1; i <= phrase.size(); ++i)
            l << phrase.left(i);
        return l;
    }();
    return list;
}

int totalLabels(const PortalSchema &schema) {
    int n = 0;
    for (const PairSchema &p : schema.pairs)
        n += int(p.labels.size());
    return n;
}

int countVisiblePairs(const QAbstractItemModel &model) {
    int n = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        n += model.rowCount(model.index(r, 0));
    return n;
}

} // namespace

class BenchModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void typingFilter();
    void typingFilterPerKeystroke();
    void typingFilterWithView();
    void peakMemory();
    void snapshotLoad();
    void modelReset();
    void cleanupTestCase();

private:
    std::unique_ptr<fake::FakeHubSpotServer> m_server;
    std::unique_ptr<models::PortalSession> m_session;
    std::unique_ptr<models::ObjectTypeTreeModel> m_tree;
    std::unique_ptr<models::TreeFilterProxyModel> m_proxy;
    QTemporaryDir m_dir;
    qint64 m_hwmAfterLoadKb = -1;
    bool m_peakReset = false;
};

void BenchModels::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<fake::FakeHubSpotServer>();
    m_server->config().rateLimitEnabled = false;
    seedLargePortal(m_server->state());
    QVERIFY(m_server->listen(0));

    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.credentials = Credentials::privateApp(m_server->privateAppToken());
    m_session = std::make_unique<models::PortalSession>(config);
    m_session->maxBackgroundLoads = 16;
    int errors = 0;
    connect(m_session.get(), &models::PortalSession::errorOccurred, this,
            [&errors](const ApiError &e, const QString &action) {
                ++errors;
                qWarning("session error (%s): %s", qPrintable(action), qPrintable(e.message));
            });

    // As the app wires it: session → tree model → filter proxy.
    m_tree = std::make_unique<models::ObjectTypeTreeModel>();
    m_tree->setSession(m_session.get());
    m_proxy = std::make_unique<models::TreeFilterProxyModel>();
    m_proxy->setSourceModel(m_tree.get());

    QSignalSpy finished(m_session.get(), &models::PortalSession::preloadFinished);
    QElapsedTimer timer;
    timer.start();
    m_session->start();
    QVERIFY(finished.wait(300000));
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(errors, 0);

    const PortalSchema &schema = m_session->schema();
    QCOMPARE(int(schema.objectTypes.size()), kTypes);
    QCOMPARE(int(schema.pairs.size()), kTypes * kTypes);
    QCOMPARE(totalLabels(schema), kTypes * kTypes * kLabelsPerPair);
    QCOMPARE(m_tree->rowCount(), kTypes);
    QCOMPARE(countVisiblePairs(*m_proxy), kTypes * kTypes);
    m_hwmAfterLoadKb = procStatusKb("VmHWM");
    qInfo("loaded %d types, %d pairs, %d labels through PortalSession from the in-process fake "
          "portal in %lld ms; VmHWM %s, VmRSS %s (fake portal included)",
          int(schema.objectTypes.size()), int(schema.pairs.size()), totalLabels(schema), loadMs,
          qPrintable(mb(m_hwmAfterLoadKb)), qPrintable(mb(procStatusKb("VmRSS"))));

    QString error;
    QVERIFY2(SnapshotCache(m_dir.path()).store(kProfile, schema, &error), qPrintable(error));
    qInfo("snapshot file: %lld bytes",
          QFileInfo(SnapshotCache(m_dir.path()).fileFor(kProfile)).size());

    // From here on only the app side: drop the fake portal and the network, give the memory back
    // and restart the high-water mark, so peakMemory() sees the models (plus the test process).
    m_session->cancelPreload();
    m_server.reset();
    QCoreApplication::processEvents();
    malloc_trim(0);
    m_peakReset = resetPeakRss();
    qInfo("after dropping the fake portal: VmRSS %s (peak reset: %s)",
          qPrintable(mb(procStatusKb("VmRSS"))), m_peakReset ? "yes" : "no, not permitted");
}

// One QBENCHMARK iteration = a user typing "billing contact" one keystroke at a time, then
// clearing the field: 16 filter changes (the trailing-space keystroke is trimmed to a no-op).
void BenchModels::typingFilter() {
    const QStringList &keys = keystrokes();
    QBENCHMARK {
        for (const QString &text : keys)
            m_proxy->setFilterText(text);
        m_proxy->setFilterText(QString());
    }
    m_proxy->setFilterText(keys.last());
    const int matching = countVisiblePairs(*m_proxy);
    m_proxy->setFilterText(QString());
    qInfo("per QBENCHMARK iteration: %d filter changes; \"billing contact\" keeps %d of %d pairs",
          int(keys.size()) + 1, matching, kTypes * kTypes);
}

// Each keystroke timed on its own (QElapsedTimer, 20 rounds of typing the phrase): median and
// worst per keystroke, since the first keystrokes (most rows kept) cost the most.
void BenchModels::typingFilterPerKeystroke() {
    const QStringList &keys = keystrokes();
    constexpr int rounds = 20;
    QList<QList<double>> ms(keys.size() + 1);
    QElapsedTimer t;
    for (int r = 0; r < rounds; ++r) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            t.start();
            m_proxy->setFilterText(keys[i]);
            ms[i].append(double(t.nsecsElapsed()) / 1e6);
        }
        t.start();
        m_proxy->setFilterText(QString());
        ms[keys.size()].append(double(t.nsecsElapsed()) / 1e6);
    }
    double worstMedian = 0;
    for (qsizetype i = 0; i <= keys.size(); ++i) {
        QList<double> v = ms[i];
        std::sort(v.begin(), v.end());
        const double median = v[v.size() / 2];
        worstMedian = std::max(worstMedian, median);
        m_proxy->setFilterText(i < keys.size() ? keys[i] : QString());
        const int kept = countVisiblePairs(*m_proxy);
        qInfo("keystroke %2d %-20s median %7.3f ms  max %7.3f ms  pairs kept %d", int(i + 1),
              qPrintable(u"\""_s + (i < keys.size() ? keys[i] : u"(cleared)"_s) + u"\""_s), median,
              v.last(), kept);
    }
    m_proxy->setFilterText(QString());
    qInfo("slowest keystroke (median of %d): %.3f ms; target < 5 ms: %s", rounds, worstMedian,
          worstMedian < 5.0 ? "PASS" : "MISS");
}

// The same typing with what PairTreePanel::onFilterChanged adds: a QTreeView on the proxy
// (shown, offscreen) and expandAll() after every non-empty filter. Not painted in between.
void BenchModels::typingFilterWithView() {
    QTreeView view;
    view.setModel(m_proxy.get());
    view.setUniformRowHeights(true);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList &keys = keystrokes();
    QBENCHMARK {
        for (const QString &text : keys) {
            m_proxy->setFilterText(text);
            view.expandAll();
        }
        m_proxy->setFilterText(QString());
    }
    view.setModel(nullptr);
}

void BenchModels::peakMemory() {
    const qint64 hwm = procStatusKb("VmHWM");
    qInfo("VmHWM with the 25,000-label model loaded (after the filter benchmarks): %s%s",
          qPrintable(mb(hwm)),
          m_peakReset ? " (fake portal dropped and peak reset first)"
                      : " (peak could not be reset: includes the fake portal and the load)");
    qInfo("VmHWM during the load, fake portal in the same process: %s",
          qPrintable(mb(m_hwmAfterLoadKb)));
    qInfo("target < 120 MB: %s", hwm < 120 * 1024 ? "PASS" : "MISS");
    QVERIFY(hwm > 0);
}

// Warm start, the parts that exist: reading the snapshot file back into a PortalSchema.
void BenchModels::snapshotLoad() {
    const SnapshotCache cache(m_dir.path());
    int labels = 0;
    QBENCHMARK {
        const std::optional<PortalSchema> schema = cache.load(kProfile);
        labels = schema ? totalLabels(*schema) : -1;
    }
    QCOMPARE(labels, kTypes * kTypes * kLabelsPerPair);
    // bench/startup times the window's warm start from this very snapshot.
    const QString keep = qEnvironmentVariable("BENCH_SNAPSHOT_OUT");
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(cache.fileFor(kProfile), keep));
    }
}

// Warm start, the other existing part: a reset of the tree model (what typesLoaded triggers),
// with the filter proxy attached, from a session that already holds the 25,000 labels. The
// reset itself is lazy, so each iteration also walks every pair row through the proxy (what a
// fully expanded view would ask for), with no filter set.
void BenchModels::modelReset() {
    int pairs = 0;
    QBENCHMARK {
        m_tree->setSession(m_session.get());
        pairs = countVisiblePairs(*m_proxy);
    }
    QCOMPARE(pairs, kTypes * kTypes);
}

void BenchModels::cleanupTestCase() {
    m_proxy.reset();
    m_tree.reset();
    m_session.reset();
}

QTEST_MAIN(BenchModels)
#include "bench_models.moc"
