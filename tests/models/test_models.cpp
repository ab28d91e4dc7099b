// SPDX-License-Identifier: MIT
// The session and the item models against the demo portal over loopback HTTP, with
// QAbstractItemModelTester watching every model while the portal loads and changes.

#include "SessionWrites.h"
#include "TestSupport.h"
#include "models/LabelCopyText.h"
#include "models/LabelTableModel.h"
#include "models/ModelRoles.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/PortalSession.h"
#include "models/TreeFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace assoc;
using namespace assoc::models;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};
const QString kVehicle = QStringLiteral("2-7300101");

// Pair rows shown under every type row of a proxy.
int visiblePairs(const QAbstractItemModel &model) {
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.rowCount(model.index(row, 0));
    return count;
}
} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelsPassTheTesterWhileLoading();
    void treeCountsAndUsage();
    void lazyLoadThenBackgroundPreload();
    void filterByTypeNameIdAndLabelText();
    void tableShowsLabelsInversesAndLimits();
    void writesReReadBothDirections();
    void writeAgainstAChangedPortalIsAConflictAndShowsTheChange();
    void failedLoadReportsRetryAction();
    void copiedCommandsSurviveAPosixShell();

private:
    void startSession(int maxBackground = 4);
    std::unique_ptr<test::PortalFixture> m_portal;
    std::unique_ptr<PortalSession> m_session;
};

void TestModels::init() {
    m_portal = std::make_unique<test::PortalFixture>();
    QVERIFY(m_portal->start(fake::Seed::Demo));
}

void TestModels::cleanup() {
    m_session.reset();
    m_portal.reset();
}

void TestModels::startSession(int maxBackground) {
    ClientConfig config = m_portal->config();
    config.connection.maxRetries = 1;
    m_session = std::make_unique<PortalSession>(config);
    m_session->maxBackgroundLoads = maxBackground;
    m_session->start();
}

void TestModels::modelsPassTheTesterWhileLoading() {
    startSession();
    ObjectTypeTreeModel tree;
    TreeFilterProxyModel filter;
    filter.setSourceModel(&tree);
    LabelTableModel table;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&table);
    sorted.setSortRole(SortRole);
    sorted.sort(LabelTableModel::TypeIdColumn);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester treeTester(&tree, mode);
    QAbstractItemModelTester filterTester(&filter, mode);
    QAbstractItemModelTester tableTester(&table, mode);
    QAbstractItemModelTester sortedTester(&sorted, mode);

    tree.setSession(m_session.get());
    table.setSession(m_session.get());
    table.setPair(kContactsCompanies);
    filter.setFilterText(QStringLiteral("contacts"));
    QSignalSpy finished(m_session.get(), &PortalSession::preloadFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QTRY_VERIFY(m_session->isPairLoaded(kContactsCompanies));
    filter.setFilterText(QStringLiteral("billing"));
    filter.setFilterText({});
    QVERIFY(table.rowCount() > 0);
    const auto done = test::await(test::createLabel(
        *m_session, kContactsCompanies,
        {QStringLiteral("auditor"), QStringLiteral("Auditor"), QStringLiteral("Audited company")}));
    QVERIFY2(test::written(done), test::whyNot(done).constData());
}

void TestModels::treeCountsAndUsage() {
    startSession();
    ObjectTypeTreeModel tree;
    tree.setSession(m_session.get());
    QSignalSpy typesLoaded(m_session.get(), &PortalSession::typesLoaded);
    QTRY_VERIFY(!typesLoaded.isEmpty());
    // The four core standard types plus the demo's three custom ones.
    QCOMPARE(tree.rowCount(), 7);
    const QModelIndex contacts = tree.indexOfType(QStringLiteral("0-1"));
    QCOMPARE(contacts.data().toString(), QStringLiteral("Contacts"));
    QCOMPARE(contacts.data(TypeIdRole).toString(), QStringLiteral("0-1"));
    QCOMPARE(contacts.siblingAtColumn(ObjectTypeTreeModel::KindColumn).data().toString(),
             QStringLiteral("Standard"));
    QCOMPARE(tree.indexOfType(kVehicle)
                 .siblingAtColumn(ObjectTypeTreeModel::KindColumn)
                 .data()
                 .toString(),
             QStringLiteral("Custom"));
    QCOMPARE(tree.rowCount(contacts), 7);

    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isPreloading() && m_session->preloadTotal() > 0, 20000);
    const QModelIndex pair = tree.indexOfPair(kContactsCompanies);
    QCOMPARE(pair.data().toString(), QStringLiteral("Contacts → Companies"));
    QCOMPARE(pair.data(PairKeyRole).toString(), QStringLiteral("0-1:0-2"));
    QVERIFY(pair.data(LoadedRole).toBool());
    // 1 Primary, 279 unlabeled, and the two ids of "Billing contact" seen from this side.
    QCOMPARE(pair.data(LabelCountRole).toInt(), 3);
    QCOMPARE(pair.data(LimitCountRole).toInt(), 2);
    QTRY_COMPARE(pair.data(UserLabelCountRole).toInt(), 1);
    // The source text: the app's English plural forms turn it into "1 of 50 labels"
    // (test_app_text checks that).
    QCOMPARE(pair.siblingAtColumn(ObjectTypeTreeModel::UsageColumn).data().toString(),
             QStringLiteral("1 of 50 label(s)"));
    QVERIFY(!pair.data(UsageWarningRole).toBool());
}

void TestModels::lazyLoadThenBackgroundPreload() {
    m_portal->server->config().latencyMs = 20;
    startSession(1);
    QSignalSpy updated(m_session.get(), &PortalSession::pairUpdated);
    QSignalSpy progress(m_session.get(), &PortalSession::loadProgress);
    QSignalSpy typesLoaded(m_session.get(), &PortalSession::typesLoaded);
    QTRY_VERIFY(!typesLoaded.isEmpty());
    // The pair asked for overtakes the background queue (one background load at a time).
    const ObjectTypePair vehicleContacts{kVehicle, QStringLiteral("0-1")};
    m_session->ensurePairLoaded(vehicleContacts, Priority::Visible);
    // Both directions are asked for at once, but their answers may arrive in either order.
    QTRY_VERIFY(m_session->isPairLoaded(vehicleContacts) &&
                m_session->isPairLoaded(vehicleContacts.reversed()));
    QVERIFY2(m_session->isPreloading(), "the visible pair should arrive before the preload ends");
    QVERIFY(!m_session->schema().pair(vehicleContacts)->labels.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isPreloading(), 30000);
    QCOMPARE(m_session->preloadDone(), 49);
    QCOMPARE(progress.last().at(0).toInt(), 49);
    QCOMPARE(progress.last().at(1).toInt(), 49);
    for (const ObjectTypePair &p : m_session->schema().allPairs())
        QVERIFY2(m_session->isPairLoaded(p), qPrintable(p.key()));
    // Each pair arrived once, apart from the visible pair possibly overtaking its own preload.
    QVERIFY(updated.size() >= 49);
}

void TestModels::filterByTypeNameIdAndLabelText() {
    startSession();
    ObjectTypeTreeModel tree;
    tree.setSession(m_session.get());
    TreeFilterProxyModel filter;
    filter.setSourceModel(&tree);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isPreloading() && m_session->preloadTotal() > 0, 20000);
    const int all = visiblePairs(filter);
    QCOMPARE(all, 49);

    filter.setFilterText(QStringLiteral("vehicles"));
    QCOMPARE(visiblePairs(filter), 13); // Vehicles → each of 7, and each other type → Vehicles
    QCOMPARE(filter.rowCount(), 7);

    filter.setFilterText(QStringLiteral("2-7300101"));
    QCOMPARE(visiblePairs(filter), 13);

    filter.setFilterText(QStringLiteral("Billing company"));
    QCOMPARE(visiblePairs(filter), 1);
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex type = filter.index(0, 0);
    QCOMPARE(type.data(TypeIdRole).toString(), QStringLiteral("0-2"));
    QCOMPARE(filter.index(0, 0, type).data(PairKeyRole).toString(), QStringLiteral("0-2:0-1"));

    filter.setFilterText(QStringLiteral("no such thing"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText({});
    QCOMPARE(visiblePairs(filter), all);
}

void TestModels::tableShowsLabelsInversesAndLimits() {
    startSession();
    LabelTableModel table;
    table.setSession(m_session.get());
    table.setPair(kContactsCompanies);
    QSignalSpy typesLoaded(m_session.get(), &PortalSession::typesLoaded);
    QTRY_VERIFY(!typesLoaded.isEmpty());
    m_session->ensurePairLoaded(kContactsCompanies);
    QTRY_VERIFY(m_session->isPairLoaded(kContactsCompanies) &&
                m_session->isPairLoaded(kContactsCompanies.reversed()));
    QTRY_COMPARE(table.rowCount(), 3);

    const int primary = table.rowOf({AssociationCategory::HubSpotDefined, 1});
    const int unlabeled = table.rowOf({AssociationCategory::HubSpotDefined, 279});
    QVERIFY(primary >= 0 && unlabeled >= 0);
    auto cell = [&table](int row, int column) { return table.index(row, column).data(); };
    QCOMPARE(cell(primary, LabelTableModel::LabelColumn).toString(), QStringLiteral("Primary"));
    QCOMPARE(cell(primary, LabelTableModel::InverseTypeIdColumn).toInt(), 2);
    QCOMPARE(cell(primary, LabelTableModel::LimitColumn).toString(), QStringLiteral("No limit"));
    QVERIFY(!table.index(primary, 0).data(EditableRole).toBool());
    QCOMPARE(cell(unlabeled, LabelTableModel::LabelColumn).toString(), QStringLiteral("Unlabeled"));
    QCOMPARE(cell(unlabeled, LabelTableModel::InverseTypeIdColumn).toInt(), 280);
    QCOMPARE(cell(unlabeled, LabelTableModel::LimitColumn).toInt(), 25);

    int billing = -1;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (cell(row, LabelTableModel::LabelColumn).toString() == QStringLiteral("Billing contact"))
            billing = row;
    }
    QVERIFY(billing >= 0);
    QVERIFY(table.index(billing, 0).data(EditableRole).toBool());
    QCOMPARE(cell(billing, LabelTableModel::InverseLabelColumn).toString(),
             QStringLiteral("Billing company"));
    QCOMPARE(table.index(billing, 0).data(LimitRole).toInt(), 2);
    const auto label = table.index(billing, 0).data(LabelRole).value<AssociationLabel>();
    QCOMPARE(label.label.value_or(QString()), QStringLiteral("Billing contact"));
}

void TestModels::writesReReadBothDirections() {
    startSession();
    QSignalSpy typesLoaded(m_session.get(), &PortalSession::typesLoaded);
    QTRY_VERIFY(!typesLoaded.isEmpty());
    const auto created = test::await(test::createLabel(
        *m_session, kContactsCompanies,
        {QStringLiteral("reseller"), QStringLiteral("Reseller"), QStringLiteral("Resold by")}));
    QVERIFY2(test::written(created), test::whyNot(created).constData());
    // Both directions were read again before the write reported success.
    const PairSchema *forward = m_session->schema().pair(kContactsCompanies);
    const PairSchema *reverse = m_session->schema().pair(kContactsCompanies.reversed());
    QVERIFY(forward && reverse);
    auto find = [](const PairSchema *p, const QString &text) -> std::optional<AssociationLabel> {
        for (const AssociationLabel &l : p->labels) {
            if (l.label == text)
                return l;
        }
        return std::nullopt;
    };
    const auto reseller = find(forward, QStringLiteral("Reseller"));
    QVERIFY(reseller);
    QVERIFY(find(reverse, QStringLiteral("Resold by")));

    const auto limited =
        test::await(test::setLimit(*m_session, kContactsCompanies, reseller->key(), 4));
    QVERIFY2(test::written(limited), test::whyNot(limited).constData());
    QCOMPARE(m_session->schema().pair(kContactsCompanies)->limitFor(reseller->key()), 4);

    const auto removed =
        test::await(test::deleteLabel(*m_session, kContactsCompanies, reseller->key()));
    QVERIFY2(test::written(removed), test::whyNot(removed).constData());
    QVERIFY(!find(m_session->schema().pair(kContactsCompanies), QStringLiteral("Reseller")));
    QVERIFY(!find(m_session->schema().pair(kContactsCompanies.reversed()),
                  QStringLiteral("Resold by")));
}

// A change approved against what the session showed, made after someone else changed the label:
// nothing is written, the outcome says what the label reads now, and the session shows it.
void TestModels::writeAgainstAChangedPortalIsAConflictAndShowsTheChange() {
    startSession();
    m_session->ensurePairLoaded(kContactsCompanies);
    QTRY_VERIFY(m_session->isPairLoaded(kContactsCompanies) &&
                m_session->isPairLoaded(kContactsCompanies.reversed()));
    std::optional<LabelKey> billing;
    for (const AssociationLabel &l : m_session->schema().pair(kContactsCompanies)->labels) {
        if (l.label == QStringLiteral("Billing contact"))
            billing = l.key();
    }
    QVERIFY(billing);
    PlanChange rename =
        m_session->changeOf(PlanChange::Kind::RenameLabel, kContactsCompanies, *billing);
    QCOMPARE(rename.labelBefore, QStringLiteral("Billing contact"));
    rename.labelText = QStringLiteral("Invoice contact");
    QVERIFY(!m_portal->server->state().renameLabel(
        QStringLiteral("0-1"), QStringLiteral("0-2"), billing->typeId,
        QStringLiteral("Someone else's label"), {}, m_portal->server->config()));
    const auto result = test::await(m_session->write(kContactsCompanies, rename));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, ChangeOutcome::Status::Conflict);
    QVERIFY(result->value().error);
    QCOMPARE(result->value().error->kind, ApiError::Kind::Conflict);
    QVERIFY2(result->value().detail.contains(QStringLiteral("Someone else's label")),
             qPrintable(result->value().detail));
    QCOMPARE(m_portal->server->log().count(QStringLiteral("PUT")), 0);
    const AssociationLabel *shown = m_session->schema().pair(kContactsCompanies)->label(*billing);
    QVERIFY(shown);
    QCOMPARE(shown->label.value_or(QString()), QStringLiteral("Someone else's label"));
}

void TestModels::failedLoadReportsRetryAction() {
    startSession();
    QSignalSpy typesLoaded(m_session.get(), &PortalSession::typesLoaded);
    QTRY_VERIFY(!typesLoaded.isEmpty());
    m_session->cancelPreload();
    QVERIFY(!m_session->isPreloading());
    const ObjectTypePair pair{QStringLiteral("0-3"), QStringLiteral("0-3")};
    QSignalSpy errors(m_session.get(), &PortalSession::errorOccurred);
    fake::FaultInjector::Fault fault;
    fault.status = 500;
    m_portal->server->faults().script(fault, 2, QStringLiteral("/0-3/0-3/labels"));
    m_session->ensurePairLoaded(pair, Priority::Visible);
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(1).toString(), PortalSession::pairAction(pair));
    QVERIFY(!m_session->isPairLoaded(pair));
    m_session->retry(errors.first().at(1).toString());
    QTRY_VERIFY(m_session->isPairLoaded(pair));
    QCOMPARE(errors.size(), 1);
}

// The assocctl commands copied from the table reach assocctl word for word through a real POSIX
// shell, whatever a label contains; the custom object is named as assocctl resolves it.
void TestModels::copiedCommandsSurviveAPosixShell() {
    startSession();
    const ObjectTypePair pair{kVehicle, QStringLiteral("0-1")};
    m_session->ensurePairLoaded(pair);
    QTRY_VERIFY(m_session->isPairLoaded(pair) && m_session->isPairLoaded(pair.reversed()));
    const QString tricky = QStringLiteral("O'Brien's \"fleet\" $HOME `x` ;&");
    const auto created = test::await(test::createLabel(
        *m_session, pair, {QStringLiteral("obrien"), tricky, QStringLiteral("Driver (2nd)")}));
    QVERIFY2(test::written(created), test::whyNot(created).constData());
    std::optional<AssociationLabel> label;
    for (const AssociationLabel &l : m_session->schema().pair(pair)->labels) {
        if (l.label == tricky)
            label = l;
    }
    QVERIFY(label);
    const QString commands = LabelCopyText::commands(*m_session, pair, {*label});
    QCOMPARE(commands.count(QLatin1Char('\n')), 0); // no limit: only the create-label line
    QVERIFY2(commands.startsWith(QStringLiteral("assocctl create-label vehicles contacts ")),
             qPrintable(commands));

    // What the shell hands to the program, one argument a line.
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("printf '%s\\n' ") + commands.mid(9)});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n')),
             QStringList({QStringLiteral("create-label"), QStringLiteral("vehicles"),
                          QStringLiteral("contacts"), QStringLiteral("--label"), tricky,
                          QStringLiteral("--inverse-label"), QStringLiteral("Driver (2nd)"),
                          QString()}));
}

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
