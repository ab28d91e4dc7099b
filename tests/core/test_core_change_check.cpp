// SPDX-License-Identifier: MIT
// ChangeCheck: a change is written only against the state it was approved against. Each kind of
// change is checked against a portal that still holds that state (Proceed), one that already
// holds the result (AlreadyInPlace), and one someone else changed meanwhile (Conflict, saying
// what the portal holds now).

#include "CoreBuilders.h"
#include "core/ChangeCheck.h"

#include <QTest>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;
using Verdict = ChangeCheck::Verdict;
using Kind = PlanChange::Kind;

namespace {

const QString contacts = u"0-1"_s;
const QString companies = u"0-2"_s;
const ObjectTypePair forward{contacts, companies};

// contacts ↔ companies with HubSpot's Primary and unlabeled types, plus a paired user label
// "Manager" (100) / "Employee" (101) whose forward direction carries a limit of 3.
struct Portal {
    PortalSchema state;
    Portal() {
        labels(forward,
               {lbl(hubspot, 1, u"Primary"_s), lbl(hubspot, 279), lbl(user, 100, u"Manager"_s)});
        labels(forward.reversed(),
               {lbl(hubspot, 2, u"Primary"_s), lbl(hubspot, 280), lbl(user, 101, u"Employee"_s)});
        limit(forward, 100, 3);
    }
    void labels(const ObjectTypePair &p, const QList<AssociationLabel> &list) {
        state.pairs[p].pair = p;
        state.pairs[p].labels = list;
    }
    void limit(const ObjectTypePair &p, int typeId, std::optional<int> max) {
        QList<AssociationLimit> &limits = state.pairs[p].limits;
        limits.removeIf([typeId](const AssociationLimit &l) { return l.typeId == typeId; });
        if (max)
            limits.append({user, typeId, std::nullopt, *max});
    }
    void rename(const ObjectTypePair &p, int typeId, const QString &text) {
        for (AssociationLabel &l : state.pairs[p].labels) {
            if (l.typeId == typeId)
                l.label = text;
        }
    }
    void remove(const ObjectTypePair &p, int typeId) {
        state.pairs[p].labels.removeIf(
            [typeId](const AssociationLabel &l) { return l.typeId == typeId; });
    }
};

// What a person approves against `portal`, as the window and assocctl build it.
PlanChange approved(const Portal &portal, Kind kind, const LabelKey &key) {
    PlanChange c;
    c.kind = kind;
    c.fromType = u"contacts"_s;
    c.toType = u"companies"_s;
    c.targetKey = key;
    ChangeCheck::fillBefore(portal.state, forward, c);
    c.labelText = c.labelBefore;
    return c;
}

PlanChange renameToBoss(const Portal &portal) {
    PlanChange c = approved(portal, Kind::RenameLabel, {user, 100});
    c.labelText = u"Boss"_s;
    return c;
}

PlanChange limitTo(const Portal &portal, std::optional<int> after) {
    PlanChange c = approved(portal, after ? Kind::SetLimit : Kind::RemoveLimit, {user, 100});
    c.limitAfter = after;
    return c;
}

} // namespace

class TestCoreChangeCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fillBeforeReadsBothDirections() {
        const Portal portal;
        const PlanChange c = approved(portal, Kind::DeleteLabel, {user, 100});
        QCOMPARE(c.labelBefore, u"Manager"_s);
        QCOMPARE(c.inverseLabelBefore, std::optional<QString>(u"Employee"_s));
        QCOMPARE(c.limitBefore, std::optional<int>(3));
        QCOMPARE(c.inverseLimitBefore, std::nullopt);
    }

    void renameProceedsOnTheApprovedState() {
        const Portal portal;
        const auto r = ChangeCheck::check(renameToBoss(portal), forward, portal.state);
        QCOMPARE(r.verdict, Verdict::Proceed);
        QCOMPARE(r.change.labelBefore, u"Manager"_s);
        QCOMPARE(r.change.labelText, u"Boss"_s);
    }

    // The lost update of issue 11: someone renamed the label after the plan was made.
    void renameOfALabelSomeoneElseRenamedIsAConflict() {
        Portal portal;
        const PlanChange change = renameToBoss(portal);
        portal.rename(forward, 100, u"Someone else's label"_s);
        const auto r = ChangeCheck::check(change, forward, portal.state);
        QCOMPARE(r.verdict, Verdict::Conflict);
        QVERIFY2(r.detail.contains(u"Someone else's label"_s), qPrintable(r.detail));
        QCOMPARE(r.change.labelBefore, u"Someone else's label"_s);
    }

    void renameAlreadyMadeIsInPlace() {
        Portal portal;
        const PlanChange change = renameToBoss(portal);
        portal.rename(forward, 100, u"Boss"_s);
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict,
                 Verdict::AlreadyInPlace);
    }

    void renameOfTheOtherDirectionChangedMeanwhileIsAConflict() {
        Portal portal;
        PlanChange change = renameToBoss(portal);
        change.inverseLabel = u"Staff"_s;
        portal.rename(forward.reversed(), 101, u"Worker"_s);
        const auto r = ChangeCheck::check(change, forward, portal.state);
        QCOMPARE(r.verdict, Verdict::Conflict);
        QVERIFY2(r.detail.contains(u"Worker"_s), qPrintable(r.detail));
        // Half made (forward renamed, inverse not yet): completing it is not a conflict.
        Portal half;
        half.rename(forward, 100, u"Boss"_s);
        QCOMPARE(ChangeCheck::check(change, forward, half.state).verdict, Verdict::Proceed);
    }

    void renameOfADeletedLabelIsAConflict() {
        Portal portal;
        const PlanChange change = renameToBoss(portal);
        portal.remove(forward, 100);
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict, Verdict::Conflict);
    }

    void setLimitChecksTheLimitItWasApprovedAgainst() {
        Portal portal;
        const PlanChange change = limitTo(portal, 5);
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict, Verdict::Proceed);

        portal.limit(forward, 100, 4);
        auto r = ChangeCheck::check(change, forward, portal.state);
        QCOMPARE(r.verdict, Verdict::Conflict);
        QCOMPARE(r.change.limitBefore, std::optional<int>(4));
        QVERIFY2(r.detail.contains(u"4"_s), qPrintable(r.detail));

        portal.limit(forward, 100, std::nullopt);
        r = ChangeCheck::check(change, forward, portal.state);
        QCOMPARE(r.verdict, Verdict::Conflict);
        QVERIFY2(r.detail.contains(u"no limit"_s), qPrintable(r.detail));

        portal.limit(forward, 100, 5);
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict,
                 Verdict::AlreadyInPlace);
    }

    // A plan edited by hand so that its typeId points at another label changes nothing.
    void limitOnATypeIdThatNamesAnotherLabelIsAConflict() {
        const Portal portal;
        PlanChange change = limitTo(portal, 5);
        change.targetKey = {hubspot, 1};
        const auto r = ChangeCheck::check(change, forward, portal.state);
        QCOMPARE(r.verdict, Verdict::Conflict);
        QVERIFY2(r.detail.contains(u"Primary"_s), qPrintable(r.detail));
    }

    void limitOfALabelThePlanShouldHaveCreatedIsSkipped() {
        const Portal portal;
        PlanChange change;
        change.kind = Kind::SetLimit;
        change.targetKey = {user, 0};
        change.labelText = u"Owner"_s;
        change.limitAfter = 2;
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict, Verdict::Skip);
        Portal created;
        created.labels(forward, {lbl(user, 300, u"Owner"_s)});
        const auto r = ChangeCheck::check(change, forward, created.state);
        QCOMPARE(r.verdict, Verdict::Proceed);
        QCOMPARE(r.change.targetKey.typeId, 300);
    }

    void removeLimitChecksTheLimitItWasApprovedAgainst() {
        Portal portal;
        const PlanChange change = limitTo(portal, std::nullopt);
        QCOMPARE(change.limitBefore, std::optional<int>(3));
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict, Verdict::Proceed);
        portal.limit(forward, 100, 7);
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict, Verdict::Conflict);
        portal.limit(forward, 100, std::nullopt);
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict,
                 Verdict::AlreadyInPlace);
    }

    void deleteChecksBothTextsAndBothLimits() {
        const Portal portal;
        const PlanChange change = approved(portal, Kind::DeleteLabel, {user, 100});
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict, Verdict::Proceed);

        Portal renamed;
        renamed.rename(forward, 100, u"Supervisor"_s);
        QCOMPARE(ChangeCheck::check(change, forward, renamed.state).verdict, Verdict::Conflict);

        Portal inverseRenamed;
        inverseRenamed.rename(forward.reversed(), 101, u"Staff"_s);
        QCOMPARE(ChangeCheck::check(change, forward, inverseRenamed.state).verdict,
                 Verdict::Conflict);

        Portal limited;
        limited.limit(forward.reversed(), 101, 2);
        const auto r = ChangeCheck::check(change, forward, limited.state);
        QCOMPARE(r.verdict, Verdict::Conflict);
        QVERIFY2(r.detail.contains(u"2"_s), qPrintable(r.detail));

        Portal gone;
        gone.remove(forward, 100);
        QCOMPARE(ChangeCheck::check(change, forward, gone.state).verdict, Verdict::AlreadyInPlace);
    }

    void deleteOfAHubSpotDefinedTypeIsRefused() {
        const Portal portal;
        PlanChange change = approved(portal, Kind::DeleteLabel, {user, 100});
        change.targetKey = {hubspot, 1};
        change.labelText = u"Primary"_s;
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict, Verdict::Conflict);
    }

    void createFindsTheSameLabelOrAClash() {
        const Portal portal;
        PlanChange change;
        change.kind = Kind::CreateLabel;
        change.labelText = u"Owner"_s;
        change.inverseLabel = u"Owned"_s;
        QCOMPARE(ChangeCheck::check(change, forward, portal.state).verdict, Verdict::Proceed);

        change.labelText = u"Manager"_s;
        change.inverseLabel = u"Employee"_s;
        auto r = ChangeCheck::check(change, forward, portal.state);
        QCOMPARE(r.verdict, Verdict::AlreadyInPlace);
        QCOMPARE(r.change.targetKey, (LabelKey{user, 100}));

        change.inverseLabel = u"Report"_s;
        r = ChangeCheck::check(change, forward, portal.state);
        QCOMPARE(r.verdict, Verdict::Conflict);
        QVERIFY2(r.detail.contains(u"Employee"_s), qPrintable(r.detail));
    }

    void sameObjectSymmetricLabelHasNoInverse() {
        Portal portal;
        const ObjectTypePair same{contacts, contacts};
        portal.labels(same, {lbl(hubspot, 449), lbl(user, 200, u"Colleague"_s)});
        PlanChange change;
        change.kind = Kind::DeleteLabel;
        change.targetKey = {user, 200};
        ChangeCheck::fillBefore(portal.state, same, change);
        change.labelText = change.labelBefore;
        QCOMPARE(change.inverseLabelBefore, std::nullopt);
        QCOMPARE(ChangeCheck::inverseOf(portal.state, same, {user, 200}), std::nullopt);
        QCOMPARE(ChangeCheck::check(change, same, portal.state).verdict, Verdict::Proceed);
    }
};

QTEST_GUILESS_MAIN(TestCoreChangeCheck)
#include "test_core_change_check.moc"
