// SPDX-License-Identifier: MIT
// The overview before any pair is read (issue 13 item 3): with the Auto object-type choice the
// portal-wide listings are read first, and the session shows every labelled pair's usage, and
// the types that have them, before it asks for a single pair.

#include "TestSupport.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/PortalSession.h"

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

        int readsAtOverview = -1;
        std::optional<int> leadContactUsage;
        int typeRows = 0;
        QObject::connect(&session, &PortalSession::usageUpdated, &session, [&] {
            if (readsAtOverview >= 0)
                return;
            readsAtOverview = pairReads(portal.server->log());
            leadContactUsage = session.labelUsage({u"0-136"_s, u"0-1"_s});
            typeRows = tree.rowCount();
        });
        QSignalSpy preloaded(&session, &PortalSession::preloadFinished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(readsAtOverview >= 0, 10000);
        QCOMPARE(readsAtOverview, 0);
        QCOMPARE(leadContactUsage, std::optional<int>(1));
        QCOMPARE(typeRows, 12); // core four, three custom, five mentioned standard types
        // The usage came with the listings read to choose the types: not read a second time.
        QVERIFY(preloaded.wait(30000));
        QCOMPARE(portal.server->log().count(u"GET"_s, u"/crm/v3/limits/associations/labels"_s), 1);
        QVERIFY(pairReads(portal.server->log()) > 0);
    }
};

QTEST_GUILESS_MAIN(TestModelsOverview)
#include "test_models_overview.moc"
