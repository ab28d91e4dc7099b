// SPDX-License-Identifier: MIT
// ReadBackWriter against the demo portal over loopback HTTP: each change goes through the
// ChangeWriter, is recorded, and ends only once both directions of its pair have been read back.

#include "TestSupport.h"
#include "models/ReadBackWriter.h"

#include <QSignalSpy>
#include <QTest>

using namespace assoc;
using assoc::models::ReadBackWriter;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};

class MemoryJournal : public ChangeJournal {
public:
    void record(const ChangeRecord &record) override { records.append(record); }
    QList<ChangeRecord> records;
};

PlanChange contactsCompanies(PlanChange::Kind kind) {
    PlanChange c;
    c.kind = kind;
    c.fromType = QStringLiteral("contacts");
    c.toType = QStringLiteral("companies");
    return c;
}
} // namespace

class TestReadBackWriter : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void writeEndsAfterBothDirectionsAreReadBack();
    void conflictIsReadBackToo();
    void limitChangeLeavesLabelUsageAlone();
    void cancelledWriteIsNotReadBack();

private:
    // Writes and waits for the outcome; every read back and the outcome are logged in order.
    std::optional<ApiResult<ChangeOutcome>> write(const PlanChange &change, bool cancel = false);
    LabelKey labelNamed(const QString &text);

    std::unique_ptr<test::PortalFixture> m_portal;
    std::unique_ptr<QObject> m_context;
    std::unique_ptr<ReadBackWriter> m_writer;
    QStringList m_events;
    QHash<ObjectTypePair, QList<AssociationLabel>> m_readBack;
};

void TestReadBackWriter::init() {
    m_portal = std::make_unique<test::PortalFixture>();
    QVERIFY(m_portal->start(fake::Seed::Demo));
    HubSpotClient *client = m_portal->connect();
    m_context = std::make_unique<QObject>();
    m_events.clear();
    m_readBack.clear();
    m_writer = std::make_unique<ReadBackWriter>(client, [this, client](const ObjectTypePair &p,
                                                                       ReadBackWriter::Done done) {
        m_events.append(QStringLiteral("read ") + p.key());
        client->listLabels(p, Priority::UserAction)
            ->then(m_context.get(), [this, p, done](const ApiResult<QList<AssociationLabel>> &r) {
                if (r)
                    m_readBack.insert(p, r.value());
                m_events.append(QStringLiteral("read back ") + p.key());
                done(r ? std::nullopt : std::optional<ApiError>(r.error()));
            });
    });
}

void TestReadBackWriter::cleanup() {
    m_writer.reset();
    m_context.reset();
    m_portal.reset();
}

std::optional<ApiResult<ChangeOutcome>> TestReadBackWriter::write(const PlanChange &change,
                                                                  bool cancel) {
    std::optional<ApiResult<ChangeOutcome>> out;
    auto *call = m_writer->write(kContactsCompanies, change, {}, 0);
    call->then(m_context.get(), [this, &out](const ApiResult<ChangeOutcome> &r) {
        m_events.append(QStringLiteral("outcome"));
        out = r;
    });
    if (cancel)
        m_portal->client->cancelAll(); // the writer's reading before the write, say at shutdown
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000))
        return std::nullopt;
    return out;
}

LabelKey TestReadBackWriter::labelNamed(const QString &text) {
    const auto labels = test::await(m_portal->client->listLabels(kContactsCompanies));
    if (labels && labels->ok()) {
        for (const AssociationLabel &l : labels->value()) {
            if (l.label == text)
                return l.key();
        }
    }
    return {};
}

void TestReadBackWriter::writeEndsAfterBothDirectionsAreReadBack() {
    MemoryJournal journal;
    m_writer->setJournal(&journal, QStringLiteral("demo"), 0);
    QCOMPARE(m_writer->journal(), &journal);
    QCOMPARE(m_writer->journalProfile(), QStringLiteral("demo"));
    QSignalSpy labelsChanged(m_writer.get(), &ReadBackWriter::labelsChanged);

    PlanChange create = contactsCompanies(PlanChange::Kind::CreateLabel);
    create.name = QStringLiteral("read_back_tester");
    create.labelText = QStringLiteral("Read-back tester");
    const auto result = write(create);
    QVERIFY(result && result->ok());
    QVERIFY2(result->value().succeeded(), qPrintable(result->value().detail));

    const QString there = kContactsCompanies.key(), back = kContactsCompanies.reversed().key();
    QCOMPARE(m_events.size(), 5);
    QCOMPARE(m_events.last(), QStringLiteral("outcome")); // only once both were read back
    QVERIFY(m_events.contains(QStringLiteral("read back ") + there));
    QVERIFY(m_events.contains(QStringLiteral("read back ") + back));
    const auto &labels = m_readBack.value(kContactsCompanies);
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const AssociationLabel &l) {
        return l.label == QStringLiteral("Read-back tester");
    }));
    QCOMPARE(labelsChanged.count(), 2);
    QCOMPARE(labelsChanged.at(0).at(0).value<ObjectTypePair>(), kContactsCompanies);
    QCOMPARE(labelsChanged.at(1).at(0).value<ObjectTypePair>(), kContactsCompanies.reversed());

    QCOMPARE(journal.records.size(), 1); // the writer recorded it, with the portal's id
    QCOMPARE(journal.records.first().profile, QStringLiteral("demo"));
    QCOMPARE(journal.records.first().portalId, m_portal->server->state().portalId());
}

void TestReadBackWriter::conflictIsReadBackToo() {
    const LabelKey billing = labelNamed(QStringLiteral("Billing contact"));
    QVERIFY(billing.typeId != 0);
    PlanChange rename = contactsCompanies(PlanChange::Kind::RenameLabel);
    rename.targetKey = billing;
    rename.labelBefore = QStringLiteral("Not what the portal holds");
    rename.labelText = QStringLiteral("Invoice contact");
    const auto result = write(rename);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, ChangeOutcome::Status::Conflict);
    QCOMPARE(m_portal->server->log().count(QStringLiteral("PUT")), 0);
    // Someone else's change is shown: both directions were read again all the same.
    QCOMPARE(m_readBack.size(), 2);
    QCOMPARE(m_events.last(), QStringLiteral("outcome"));
}

void TestReadBackWriter::limitChangeLeavesLabelUsageAlone() {
    QSignalSpy labelsChanged(m_writer.get(), &ReadBackWriter::labelsChanged);
    PlanChange limit = contactsCompanies(PlanChange::Kind::SetLimit);
    limit.targetKey = labelNamed(QStringLiteral("Billing contact"));
    QVERIFY(limit.targetKey.typeId != 0);
    limit.labelText = QStringLiteral("Billing contact");
    limit.limitBefore = 2; // as the demo portal has it
    limit.limitAfter = 3;
    const auto result = write(limit);
    QVERIFY(result && result->ok());
    QVERIFY2(result->value().succeeded(), qPrintable(result->value().detail));
    QCOMPARE(m_readBack.size(), 2);
    QCOMPARE(labelsChanged.count(), 0);
}

void TestReadBackWriter::cancelledWriteIsNotReadBack() {
    PlanChange create = contactsCompanies(PlanChange::Kind::CreateLabel);
    create.name = QStringLiteral("never_made");
    create.labelText = QStringLiteral("Never made");
    const auto result = write(create, /*cancel=*/true);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().status, ChangeOutcome::Status::Cancelled);
    QCOMPARE(m_events, QStringList{QStringLiteral("outcome")});
    QCOMPARE(m_portal->server->log().count(QStringLiteral("POST")), 0);
}

QTEST_GUILESS_MAIN(TestReadBackWriter)
#include "test_read_back_writer.moc"
