// SPDX-License-Identifier: MIT
// The overview before any pair is read (issue 13 item 3): with the Auto object-type choice the
// portal-wide listings are read first, and the session shows every labelled pair's usage, and
// the types that have them, before it asks for a single pair.

#include "TestSupport.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/PortalSession.h"
#include "models/TreeFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace assoc;
using namespace assoc::models;
using namespace Qt::StringLiterals;

namespace {
// Reads of one pair of two different types: what the overview must not wait for. (The reads of
// a type on itself are how the selector finds out whether the portal has the type.)
int pairReads(const fake::RequestLog &log) {
    static const QRegularExpression pair(
        u"/associations/(?:definitions/configurations/)?([0-9]+-[0-9]+)/([0-9]+-[0-9]+)(?:/|$)"_s);
    int n = 0;
    for (const fake::RequestLogEntry &e : log.entries()) {
        const QRegularExpressionMatch m = pair.match(e.path);
        if (m.hasMatch() && m.captured(1) != m.captured(2))
            ++n;
    }
    return n;
}
} // namespace

class TestModelsOverview : public QObject {
    Q_OBJECT

private slots:
    void usageIsShownBeforeAnyPairIsRead() {
        test::PortalFixture portal;
        QVERIFY(portal.start(fake::Seed::Demo));
        ClientConfig config = portal.config();
        config.objectTypes = ObjectTypeChoice::automatic();
        PortalSession session(config);
        ObjectTypeTreeModel tree;
        QAbstractItemModelTester tester(&tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setSession(&session);

        TreeFilterProxyModel filter;
        filter.setSourceModel(&tree);
        const ObjectTypePair leadContact{u"0-136"_s, u"0-1"_s};

        int readsAtOverview = -1;
        std::optional<int> leadContactUsage;
        int typeRows = 0;
        QString labelsShown, tipShown, limitsShown;
        int pairsFoundByLabel = -1;
        QObject::connect(&session, &PortalSession::usageUpdated, &session, [&] {
            if (readsAtOverview >= 0)
                return;
            readsAtOverview = pairReads(portal.server->log());
            leadContactUsage = session.labelUsage(leadContact);
            typeRows = tree.rowCount();
            const QModelIndex labels =
                tree.indexOfPair(leadContact, ObjectTypeTreeModel::LabelsColumn);
            labelsShown = labels.data().toString();
            tipShown = labels.data(Qt::ToolTipRole).toString();
            limitsShown =
                tree.indexOfPair(leadContact, ObjectTypeTreeModel::LimitsColumn).data().toString();
            // Typing a label's text finds its pair before the pair is read.
            filter.setFilterText(u"referred by"_s);
            pairsFoundByLabel = 0;
            for (int row = 0; row < filter.rowCount(); ++row)
                pairsFoundByLabel += filter.rowCount(filter.index(row, 0));
        });
        QSignalSpy preloaded(&session, &PortalSession::preloadFinished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(readsAtOverview >= 0, 10000);
        QCOMPARE(readsAtOverview, 0);
        QCOMPARE(leadContactUsage, std::optional<int>(1));
        QCOMPARE(typeRows, 12); // core four, three custom, five mentioned standard types
        // The tree counts the pair's custom labels from the listing, says where the number
        // comes from, and leaves the limits to the pair's own read.
        QCOMPARE(labelsShown, u"≥ 1"_s);
        QVERIFY2(tipShown.contains(u"Referred by"_s), qPrintable(tipShown));
        QVERIFY2(tipShown.contains(u"usage listing"_s), qPrintable(tipShown));
        QCOMPARE(limitsShown, u"…"_s);
        QCOMPARE(pairsFoundByLabel, 1);
        // The usage came with the listings read to choose the types: not read a second time.
        QVERIFY(preloaded.wait(30000));
        QCOMPARE(portal.server->log().count(u"GET"_s, u"/crm/v3/limits/associations/labels"_s), 1);
        QVERIFY(pairReads(portal.server->log()) > 0);
        // Once read, the pair shows every label it has and its limit.
        QVERIFY(session.isPairLoaded(leadContact));
        QVERIFY(tree.indexOfPair(leadContact, ObjectTypeTreeModel::LabelsColumn).data().toInt() >=
                1);
        QCOMPARE(tree.indexOfPair(leadContact, ObjectTypeTreeModel::LimitsColumn).data().toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestModelsOverview)
#include "test_models_overview.moc"
