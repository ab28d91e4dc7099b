// SPDX-License-Identifier: MIT
// PlanApplier against two fake portals over real HTTP: portal A (the demo) is copied into
// portal B, whose custom objects have other ids (and one of A's ids names another object in B).
// A second run applies nothing; an interrupted run can simply be run again; deletions happen
// only when the plan allows them; every attempted change is journalled.

#include "TestSupport.h"
#include "api/PlanApplier.h"
#include "api/PortalLoader.h"
#include "core/SchemaComparer.h"
#include "core/SchemaDocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;
using Status = ChangeOutcome::Status;
using fake::FakeAssociationType;
using fake::FakeObjectType;

namespace {

constexpr qint64 portalB = 8002002;

class MemoryJournal : public ChangeJournal {
public:
    void record(const ChangeRecord &record) override { records.append(record); }
    QList<ChangeRecord> records;
};

// The default (unlabeled) association a custom object gets with another type when it is defined.
void addDefault(fake::FakePortalState &state, const QString &a, const QString &b) {
    const int id = state.nextTypeId();
    state.setNextTypeId(id + 2);
    state.addAssociationType({a, b, id, u"USER_DEFINED"_s, {}, u"default"_s, id + 1});
    state.addAssociationType({b, a, id + 1, u"USER_DEFINED"_s, {}, u"default"_s, id});
}

// B: a fresh portal with A's custom objects under other ids, and "boats" under A's vehicles id.
void seedPortalB(fake::FakePortalState &state) {
    state.setPortalId(portalB);
    const QString vehicles = u"2-9900001"_s, properties = u"2-9900002"_s, projects = u"2-9900003"_s,
                  boats = u"2-7300101"_s;
    state.addObjectType(FakeObjectType::customObject(portalB, vehicles, u"vehicles"_s));
    state.addObjectType(FakeObjectType::customObject(portalB, properties, u"properties"_s));
    state.addObjectType(FakeObjectType::customObject(portalB, projects, u"projects"_s));
    state.addObjectType(FakeObjectType::customObject(portalB, boats, u"boats"_s));
    state.setNextTypeId(900);
    addDefault(state, vehicles, u"0-1"_s);
    addDefault(state, properties, u"0-1"_s);
    addDefault(state, properties, u"0-2"_s);
    addDefault(state, projects, u"0-2"_s);
    addDefault(state, projects, u"0-3"_s);
    addDefault(state, boats, u"0-1"_s);
}

int writes(fake::FakeHubSpotServer &server) {
    return server.log().count(u"POST"_s) + server.log().count(u"PUT"_s) +
           server.log().count(u"DELETE"_s);
}

QList<Status> statuses(const QList<ChangeOutcome> &outcomes) {
    QList<Status> out;
    for (const ChangeOutcome &o : outcomes)
        out.append(o.status);
    return out;
}

QByteArray describe(const QList<ChangeOutcome> &outcomes) {
    QByteArray out;
    for (const ChangeOutcome &o : outcomes)
        out += o.changeId.toUtf8() + " -> " + QByteArray::number(int(o.status)) + " " +
               o.detail.toUtf8() + "\n";
    return out;
}

QByteArray describe(const SchemaPlan &plan) {
    QByteArray out;
    for (const PlanChange &c : plan.changes)
        out += c.summary().toUtf8() + "\n";
    return out;
}

// User-defined labels that appear more than once on one direction of a pair.
QStringList duplicateLabels(const fake::FakePortalState &state) {
    QSet<QString> seen;
    QStringList duplicates;
    for (const FakeAssociationType &t : state.associationTypes()) {
        if (!t.isUserLabel())
            continue;
        const QString key = t.fromId + u':' + t.toId + u' ' + t.label;
        if (seen.contains(key))
            duplicates.append(key);
        seen.insert(key);
    }
    return duplicates;
}

int userLabelCount(const fake::FakePortalState &state, const QString &text) {
    const auto &types = state.associationTypes();
    return int(std::count_if(types.begin(), types.end(), [&text](const FakeAssociationType &t) {
        return t.isUserLabel() && t.label == text;
    }));
}

} // namespace

class TestApiApply : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PortalFixture> m_a;
    std::unique_ptr<PortalFixture> m_b;

    std::optional<PortalSchema> load(PortalFixture &portal) {
        PortalLoader loader(portal.client.get());
        const auto result = await(loader.load(Priority::UserAction), 30000);
        if (!succeeded(result)) {
            qWarning("load failed: %s", why(result).constData());
            return std::nullopt;
        }
        return result->value();
    }

    std::optional<QList<ChangeOutcome>> apply(PlanApplier &applier, const SchemaPlan &plan,
                                              const QSet<QString> &selected = {}) {
        const auto result = await(applier.apply(plan, selected), 60000);
        if (!succeeded(result)) {
            qWarning("apply failed: %s", why(result).constData());
            return std::nullopt;
        }
        return result->value();
    }

    // A plan that renames `from` to `to` on contacts → companies of `portal`.
    static SchemaPlan renamePlan(const PortalSchema &portal, const QString &from,
                                 const QString &to) {
        PortalSchema source = portal;
        for (AssociationLabel &l : source.pairs[{u"0-1"_s, u"0-2"_s}].labels) {
            if (l.label == from)
                l.label = to;
        }
        return SchemaComparer::plan(source, portal);
    }

    static std::optional<int> labelId(const fake::FakePortalState &state, const QString &from,
                                      const QString &to, const QString &text) {
        for (const FakeAssociationType &t : state.labels(from, to)) {
            if (t.isUserLabel() && t.label == text)
                return t.typeId;
        }
        return std::nullopt;
    }

    SchemaPlan planAToB(bool allowDeletes = false) {
        const auto a = load(*m_a);
        const auto b = load(*m_b);
        if (!a || !b)
            return {};
        return SchemaComparer::plan(*a, *b, {allowDeletes});
    }

private Q_SLOTS:
    void init() {
        m_a = std::make_unique<PortalFixture>();
        QVERIFY(m_a->start(fake::Seed::Demo));
        m_a->connect();
        m_b = std::make_unique<PortalFixture>();
        QVERIFY(m_b->start(fake::Seed::Empty));
        seedPortalB(m_b->server->state());
        m_b->connect();
    }

    void cleanup() {
        m_a.reset();
        m_b.reset();
    }

    // Export A, plan against B, apply, export B: the two now agree, modulo ids and portal.
    void roundTripMakesBMatchA() {
        const auto a = load(*m_a);
        const auto b = load(*m_b);
        QVERIFY(a && b);
        const SchemaPlan plan = SchemaComparer::plan(*a, *b);
        QVERIFY2(plan.changes.size() >= 8, describe(plan).constData());
        QCOMPARE(plan.targetPortalId, portalB);
        // The source's vehicles id is "boats" in B: nothing may land there.
        QVERIFY(!plan.notes.filter(u"boats"_s).isEmpty());

        PlanApplier applier(m_b->client.get());
        QSignalSpy finished(&applier, &PlanApplier::changeFinished);
        const auto outcomes = apply(applier, plan);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), plan.changes.size());
        QCOMPARE(finished.count(), plan.changes.size());
        for (qsizetype i = 0; i < outcomes->size(); ++i) {
            QCOMPARE(outcomes->at(i).changeId, plan.changes.at(i).id());
            QVERIFY2(outcomes->at(i).status == Status::Applied, describe(*outcomes).constData());
        }
        QCOMPARE(finished.first().at(0).toInt(), 0);

        const auto after = load(*m_b);
        QVERIFY(after);
        const SchemaPlan rest = SchemaComparer::plan(*a, *after, {true});
        QVERIFY2(rest.isEmpty(), describe(rest).constData());
        const SchemaPlan back = SchemaComparer::plan(*after, *a, {true});
        QVERIFY2(back.isEmpty(), describe(back).constData());
        QVERIFY2(duplicateLabels(m_b->server->state()).isEmpty(),
                 qPrintable(duplicateLabels(m_b->server->state()).join(u", "_s)));
        // The vehicle owner label and its limit went to B's vehicles, not to the "boats" that
        // have A's vehicles id.
        const auto owner = m_b->server->state().labels(u"2-9900001"_s, u"0-1"_s);
        const auto it = std::find_if(owner.begin(), owner.end(), [](const FakeAssociationType &t) {
            return t.label == u"Owner"_s;
        });
        QVERIFY(it != owner.end());
        QCOMPARE(
            m_b->server->state().limit(u"2-9900001"_s, u"0-1"_s, u"USER_DEFINED"_s, it->typeId),
            std::optional<int>(3));
        QVERIFY(m_b->server->state().labels(u"2-7300101"_s, u"0-1"_s).size() == 1);
    }

    void secondRunAppliesNothing() {
        const SchemaPlan plan = planAToB();
        QVERIFY(!plan.isEmpty());
        PlanApplier applier(m_b->client.get());
        QVERIFY(apply(applier, plan));

        m_b->server->log().clear();
        const auto again = apply(applier, plan);
        QVERIFY(again);
        QCOMPARE(statuses(*again), QList<Status>(plan.changes.size(), Status::AlreadyInPlace));
        QCOMPARE(writes(*m_b->server), 0);
        QVERIFY(m_b->server->log().count(u"GET"_s) > 0); // it did look
    }

    void dryRunWritesNothingAndSaysWhatItWouldDo() {
        const SchemaPlan plan = planAToB();
        QVERIFY(!plan.isEmpty());
        m_b->server->log().clear();
        PlanApplier applier(m_b->client.get());
        const auto result = await(applier.dryRun(plan), 60000);
        QVERIFY2(succeeded(result), why(result).constData());
        QCOMPARE(writes(*m_b->server), 0);
        QCOMPARE(statuses(result->value()), QList<Status>(plan.changes.size(), Status::Applied));
        for (const ChangeOutcome &o : result->value())
            QVERIFY2(o.detail.startsWith(u"would"_s), qPrintable(o.detail));
    }

    // Cancelled after three changes: the rest end Cancelled, nothing half-done; running the
    // same plan again finishes the job without a duplicate label.
    void cancelledApplyResumes() {
        const SchemaPlan plan = planAToB();
        QVERIFY(plan.changes.size() > 4);
        PlanApplier applier(m_b->client.get());
        connect(&applier, &PlanApplier::changeFinished, &applier,
                [&applier](int index, const ChangeOutcome &) {
                    if (index == 2)
                        applier.cancel();
                });
        const auto first = apply(applier, plan);
        QVERIFY(first);
        QList<Status> expected(plan.changes.size(), Status::Cancelled);
        for (int i = 0; i < 3; ++i)
            expected[i] = Status::Applied;
        QCOMPARE(statuses(*first), expected);
        QVERIFY(first->last().detail.contains(u"cancelled"_s));

        QObject::disconnect(&applier, &PlanApplier::changeFinished, &applier, nullptr);
        const auto second = apply(applier, plan);
        QVERIFY(second);
        for (int i = 0; i < plan.changes.size(); ++i)
            expected[i] = i < 3 ? Status::AlreadyInPlace : Status::Applied;
        QCOMPARE(statuses(*second), expected);

        const auto a = load(*m_a);
        const auto b = load(*m_b);
        QVERIFY(a && b);
        QVERIFY2(SchemaComparer::plan(*a, *b, {true}).isEmpty(),
                 describe(SchemaComparer::plan(*a, *b, {true})).constData());
        QVERIFY(duplicateLabels(m_b->server->state()).isEmpty());
    }

    // A write that HubSpot fails ends Failed with its message and correlation id; the others
    // go on; the next run applies just what is missing. Every attempt is journalled.
    void failedChangeIsReportedJournalledAndRetriedNextRun() {
        ClientConfig config = m_b->config();
        config.connection.maxRetries = 0;
        m_b->connect(config);
        const SchemaPlan plan = planAToB();
        QVERIFY(!plan.isEmpty());
        const int firstLimit = int(
            std::find_if(plan.changes.begin(), plan.changes.end(),
                         [](const PlanChange &c) { return c.kind == PlanChange::Kind::SetLimit; }) -
            plan.changes.begin());
        QVERIFY(firstLimit < plan.changes.size());

        MemoryJournal journal;
        PlanApplier applier(m_b->client.get());
        applier.setJournal(&journal, u"sandbox"_s, portalB);
        fake::FaultInjector::Fault fault;
        fault.kind = fake::FaultInjector::Kind::ServerError;
        fault.status = 500;
        m_b->server->faults().script(fault, 1, u"batch/"_s);
        const auto first = apply(applier, plan);
        QVERIFY(first);
        QCOMPARE(first->at(firstLimit).status, Status::Failed);
        QVERIFY(first->at(firstLimit).error);
        QVERIFY(!first->at(firstLimit).error->correlationId.isEmpty());
        int applied = 0;
        for (const ChangeOutcome &o : *first)
            applied += o.status == Status::Applied ? 1 : 0;
        QCOMPARE(applied, plan.changes.size() - 1);

        QCOMPARE(journal.records.size(), plan.changes.size());
        for (qsizetype i = 0; i < journal.records.size(); ++i) {
            const ChangeRecord &r = journal.records.at(i);
            QCOMPARE(r.change.id(), plan.changes.at(i).id());
            QCOMPARE(r.origin, ChangeRecord::Origin::Apply);
            QCOMPARE(r.profile, u"sandbox"_s);
            QCOMPARE(r.portalId, portalB);
            QVERIFY(!r.pair.fromId.isEmpty() && !r.pair.toId.isEmpty());
            QVERIFY(r.when.isValid());
            if (i == firstLimit) {
                QCOMPARE(r.outcome, ChangeRecord::Outcome::Failed);
                QCOMPARE(r.correlationId, first->at(i).error->correlationId);
                QVERIFY(!r.message.isEmpty());
            } else {
                QCOMPARE(r.outcome, ChangeRecord::Outcome::Succeeded);
                // Created labels and limits on them carry the typeId HubSpot gave them.
                QVERIFY2(r.change.targetKey.typeId != 0, qPrintable(r.change.id()));
            }
        }
        // The pair is named by the target's ids: B's vehicles, not A's id (which is B's boats).
        const auto owner = std::find_if(journal.records.cbegin(), journal.records.cend(),
                                        [](const ChangeRecord &r) {
                                            return r.change.kind == PlanChange::Kind::CreateLabel &&
                                                   r.change.labelText == u"Owner"_s;
                                        });
        QVERIFY(owner != journal.records.cend());
        QCOMPARE(owner->pair, (ObjectTypePair{u"2-9900001"_s, u"0-1"_s}));

        journal.records.clear();
        const auto second = apply(applier, plan);
        QVERIFY(second);
        for (qsizetype i = 0; i < second->size(); ++i)
            QCOMPARE(second->at(i).status,
                     i == firstLimit ? Status::Applied : Status::AlreadyInPlace);
        QCOMPARE(journal.records.size(), 1); // nothing else was written
        QCOMPARE(journal.records.first().change.limitBefore, std::nullopt);
        QVERIFY(duplicateLabels(m_b->server->state()).isEmpty());
    }

    void deletionsOnlyWhenThePlanAllowsThem() {
        // B has a label A has not, with a limit.
        fake::FakePortalState &state = m_b->server->state();
        QList<FakeAssociationType> made;
        QVERIFY(!state.createLabel(u"0-1"_s, u"0-2"_s, u"obsolete"_s, u"Obsolete"_s, u"Retired"_s,
                                   m_b->server->config(), &made));
        m_b->server->config().deleteBothDirections = false; // the applier must finish the job
        const int obsoleteId = std::min(made.at(0).typeId, made.at(1).typeId);
        state.setLimit(u"0-1"_s, u"0-2"_s, u"USER_DEFINED"_s, obsoleteId, 4);

        const SchemaPlan keep = planAToB(false);
        for (const PlanChange &c : keep.changes)
            QVERIFY2(!c.isDeletion(), qPrintable(c.summary()));

        const SchemaPlan remove = planAToB(true);
        const auto found =
            std::find_if(remove.changes.cbegin(), remove.changes.cend(), [](const PlanChange &c) {
                return c.kind == PlanChange::Kind::DeleteLabel;
            });
        QVERIFY(found != remove.changes.cend());
        const qsizetype index = found - remove.changes.cbegin();
        const PlanChange *del = &remove.changes.at(index);
        QCOMPARE(del->labelText, u"Obsolete"_s);
        QCOMPARE(del->limitBefore, std::optional<int>(4));

        // A plan that does not allow deletions skips them even when they are in it.
        SchemaPlan refused = remove;
        refused.allowDeletes = false;
        PlanApplier applier(m_b->client.get());
        const QSet<QString> onlyDelete{del->id()};
        const auto skipped = apply(applier, refused, onlyDelete);
        QVERIFY(skipped);
        QCOMPARE(statuses(*skipped), QList<Status>(remove.changes.size(), Status::Skipped));
        QCOMPARE(userLabelCount(state, u"Obsolete"_s), 1);

        MemoryJournal journal;
        applier.setJournal(&journal, u"sandbox"_s, portalB);
        const auto done = apply(applier, remove, onlyDelete);
        QVERIFY(done);
        QCOMPARE(done->at(index).status, Status::Applied);
        QCOMPARE(userLabelCount(state, u"Obsolete"_s), 0);
        QCOMPARE(userLabelCount(state, u"Retired"_s), 0);
        QCOMPARE(journal.records.size(), 1);
        const PlanChange &recorded = journal.records.first().change;
        QCOMPARE(recorded.kind, PlanChange::Kind::DeleteLabel);
        QCOMPARE(recorded.limitBefore, std::optional<int>(4));
        QCOMPARE(recorded.inverseLabelBefore, std::optional<QString>(u"Retired"_s));

        const auto again = apply(applier, remove, onlyDelete);
        QVERIFY(again);
        QCOMPARE(again->at(index).status, Status::AlreadyInPlace);
    }

    // Issue 11's lost update: a plan renames a label, another admin renames the same label
    // before the plan is applied. The apply writes nothing for that change, says what the label
    // reads now, and records it as skipped; the other admin's text survives.
    void renameOfALabelChangedSinceThePlanIsLeftAlone() {
        const auto a = load(*m_a);
        QVERIFY(a);
        const auto plan = renamePlan(*a, u"Billing contact"_s, u"Invoice contact"_s);
        QCOMPARE(plan.changes.size(), 1);
        const PlanChange &rename = plan.changes.first();
        QCOMPARE(rename.kind, PlanChange::Kind::RenameLabel);
        fake::FakePortalState &state = m_a->server->state();
        QVERIFY(!state.renameLabel(u"0-1"_s, u"0-2"_s, rename.targetKey.typeId,
                                   u"Someone else's label"_s, {}, m_a->server->config()));

        MemoryJournal journal;
        PlanApplier applier(m_a->client.get());
        applier.setJournal(&journal, u"demo"_s, a->portal.portalId);
        m_a->server->log().clear();
        const auto outcomes = apply(applier, plan);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->first().status, Status::Conflict);
        QVERIFY2(outcomes->first().detail.contains(u"Someone else's label"_s),
                 qPrintable(outcomes->first().detail));
        QVERIFY2(outcomes->first().detail.contains(u"since the plan was made"_s),
                 qPrintable(outcomes->first().detail));
        QCOMPARE(writes(*m_a->server), 0);
        QCOMPARE(userLabelCount(state, u"Someone else's label"_s), 1);
        QCOMPARE(userLabelCount(state, u"Invoice contact"_s), 0);
        QCOMPARE(journal.records.size(), 1);
        QCOMPARE(journal.records.first().outcome, ChangeRecord::Outcome::Skipped);
        QVERIFY(journal.records.first().message.contains(u"Someone else's label"_s));
        QCOMPARE(journal.records.first().portalId, a->portal.portalId);
    }

    // The same for limits: the plan's limit before is checked, not overwritten.
    void limitChangedSinceThePlanIsLeftAlone() {
        const auto a = load(*m_a);
        QVERIFY(a);
        fake::FakePortalState &state = m_a->server->state();
        const auto billing = labelId(state, u"0-1"_s, u"0-2"_s, u"Billing contact"_s);
        QVERIFY(billing);
        const auto before = state.limit(u"0-1"_s, u"0-2"_s, u"USER_DEFINED"_s, *billing);
        PortalSchema source = *a;
        QList<AssociationLimit> &limits = source.pairs[{u"0-1"_s, u"0-2"_s}].limits;
        limits.removeIf([&](const AssociationLimit &l) { return l.typeId == *billing; });
        limits.append({AssociationCategory::UserDefined, *billing, std::nullopt, 5});
        const SchemaPlan plan = SchemaComparer::plan(source, *a);
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(plan.changes.first().limitBefore, before);
        // Someone else sets another limit before the plan is applied.
        const int other = before == 8 ? 9 : 8;
        state.setLimit(u"0-1"_s, u"0-2"_s, u"USER_DEFINED"_s, *billing, other);

        PlanApplier applier(m_a->client.get());
        m_a->server->log().clear();
        const auto outcomes = apply(applier, plan);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->first().status, Status::Conflict);
        QCOMPARE(writes(*m_a->server), 0);
        QCOMPARE(state.limit(u"0-1"_s, u"0-2"_s, u"USER_DEFINED"_s, *billing),
                 std::optional<int>(other));
    }

    // A typeId edited by hand to point at another label: the label text does not match, so
    // nothing is written.
    void planEditedToPointAtAnotherLabelChangesNothing() {
        const auto a = load(*m_a);
        QVERIFY(a);
        auto plan = renamePlan(*a, u"Billing contact"_s, u"Invoice contact"_s);
        QCOMPARE(plan.changes.size(), 1);
        plan.changes.first().targetKey = {AssociationCategory::HubSpotDefined, 1};
        PlanApplier applier(m_a->client.get());
        m_a->server->log().clear();
        const auto outcomes = apply(applier, plan);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->first().status, Status::Conflict);
        QCOMPARE(writes(*m_a->server), 0);
    }

    // A plan is bound to the portal it was made for: one without a target portal id, or for
    // another portal, changes nothing and says why.
    void planNotBoundToThisPortalIsRefused() {
        const auto a = load(*m_a);
        QVERIFY(a);
        auto plan = renamePlan(*a, u"Billing contact"_s, u"Invoice contact"_s);
        QCOMPARE(plan.targetPortalId, a->portal.portalId);
        PlanApplier applier(m_a->client.get());
        m_a->server->log().clear();

        plan.targetPortalId = 0;
        auto result = await(applier.apply(plan), 30000);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Validation);
        QVERIFY2(result->error().message.contains(u"which portal"_s),
                 qPrintable(result->error().message));

        plan.targetPortalId = portalB;
        result = await(applier.apply(plan), 30000);
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().message.contains(QString::number(portalB)),
                 qPrintable(result->error().message));
        QCOMPARE(writes(*m_a->server), 0);
        QCOMPARE(userLabelCount(m_a->server->state(), u"Billing contact"_s), 1);
    }

    // A limit on a label the plan creates is skipped when the label was not created.
    void limitOfAMissingLabelIsSkipped() {
        const SchemaPlan plan = planAToB();
        QSet<QString> limitsOnly;
        for (const PlanChange &c : plan.changes) {
            if (c.kind == PlanChange::Kind::SetLimit && c.targetKey.typeId == 0)
                limitsOnly.insert(c.id());
        }
        QVERIFY(!limitsOnly.isEmpty());
        PlanApplier applier(m_b->client.get());
        m_b->server->log().clear();
        const auto outcomes = apply(applier, plan, limitsOnly);
        QVERIFY(outcomes);
        for (const ChangeOutcome &o : *outcomes) {
            QCOMPARE(o.status, Status::Skipped);
            if (limitsOnly.contains(o.changeId))
                QVERIFY2(o.detail.contains(u"not created"_s), qPrintable(o.detail));
        }
        QCOMPARE(writes(*m_b->server), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiApply)
#include "test_api_apply.moc"
