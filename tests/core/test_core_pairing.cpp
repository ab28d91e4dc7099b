// SPDX-License-Identifier: MIT
// LabelPairing::infer and PortalSchema::inverseOf: which typeId of B->A is the other direction of
// each typeId of A->B (notes §2 and §6).

#include "CoreBuilders.h"
#include "core/LabelPairing.h"
#include "core/PortalSchema.h"

#include <QTest>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;

namespace {

LabelKey key(AssociationCategory category, int typeId) {
    return {category, typeId};
}

QByteArray dump(const QHash<LabelKey, LabelKey> &map) {
    QList<LabelKey> keys = map.keys();
    std::sort(keys.begin(), keys.end());
    QStringList out;
    for (const LabelKey &k : keys) {
        const LabelKey v = map.value(k);
        out << u"%1:%2->%3:%4"_s.arg(k.category.apiName())
                   .arg(k.typeId)
                   .arg(v.category.apiName())
                   .arg(v.typeId);
    }
    return out.join(u", "_s).toUtf8();
}

const ObjectTypePair contactCompany{u"0-1"_s, u"0-2"_s};
const ObjectTypePair contactContact{u"0-1"_s, u"0-1"_s};

} // namespace

class TestCorePairing : public QObject {
    Q_OBJECT

private slots:
    void hubspotDefinedContactCompany() {
        const QList<AssociationLabel> forward{lbl(hubspot, 1, u"Primary"_s), lbl(hubspot, 279)};
        const QList<AssociationLabel> reverse{lbl(hubspot, 2, u"Primary"_s), lbl(hubspot, 280)};
        const auto map = LabelPairing::infer(forward, reverse);
        QCOMPARE(map.size(), 2);
        QCOMPARE(map.value(key(hubspot, 1)), key(hubspot, 2));
        QCOMPARE(map.value(key(hubspot, 279)), key(hubspot, 280));

        const auto back = LabelPairing::infer(reverse, forward);
        QCOMPARE(back.value(key(hubspot, 2)), key(hubspot, 1));
        QCOMPARE(back.value(key(hubspot, 280)), key(hubspot, 279));
    }

    void hubspotDefinedInAnyOrder() {
        // The API does not promise any order within a list.
        const QList<AssociationLabel> forward{lbl(hubspot, 279), lbl(hubspot, 1, u"Primary"_s)};
        const QList<AssociationLabel> reverse{lbl(hubspot, 280), lbl(hubspot, 2, u"Primary"_s)};
        const auto map = LabelPairing::infer(forward, reverse);
        QCOMPARE(map.value(key(hubspot, 1)), key(hubspot, 2));
        QCOMPARE(map.value(key(hubspot, 279)), key(hubspot, 280));
    }

    void hubspotDefinedOtherPairs_data() {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        // deal->company primary/unlabeled, company->ticket primary/unlabeled, deal<->ticket.
        QTest::newRow("deal-company primary") << 5 << 6;
        QTest::newRow("deal-company unlabeled") << 341 << 342;
        QTest::newRow("ticket-company unlabeled") << 339 << 340;
        QTest::newRow("company-ticket primary") << 25 << 26;
        QTest::newRow("deal-ticket") << 27 << 28;
        QTest::newRow("deal-contact") << 3 << 4;
    }

    void hubspotDefinedOtherPairs() {
        QFETCH(int, a);
        QFETCH(int, b);
        const auto map = LabelPairing::infer({lbl(hubspot, a)}, {lbl(hubspot, b)});
        QCOMPARE(map.value(key(hubspot, a)), key(hubspot, b));
        const auto back = LabelPairing::infer({lbl(hubspot, b)}, {lbl(hubspot, a)});
        QCOMPARE(back.value(key(hubspot, b)), key(hubspot, a));
    }

    void userPairedConsecutiveIds() {
        // Docs example: Manager 144 on one side, Employee 145 on the other.
        const QList<AssociationLabel> forward{lbl(hubspot, 1, u"Primary"_s), lbl(hubspot, 279),
                                              lbl(user, 144, u"Manager"_s)};
        const QList<AssociationLabel> reverse{lbl(user, 145, u"Employee"_s),
                                              lbl(hubspot, 2, u"Primary"_s), lbl(hubspot, 280)};
        const auto map = LabelPairing::infer(forward, reverse);
        QCOMPARE(map.value(key(user, 144)), key(user, 145));
        QCOMPARE(LabelPairing::infer(reverse, forward).value(key(user, 145)), key(user, 144));
        QCOMPARE(map.size(), 3);
    }

    void higherIdMayBeForward() {
        const auto map =
            LabelPairing::infer({lbl(user, 145, u"Employee"_s)}, {lbl(user, 144, u"Manager"_s)});
        QCOMPARE(map.value(key(user, 145)), key(user, 144));
    }

    void severalLabelsInterleaved() {
        // Three labels created one after another; the lower id of each fell on either side.
        // 100f/101r, 102r/103f, 104f/105r, then a single label 110f/111r.
        const QList<AssociationLabel> forward{lbl(user, 104, u"C"_s), lbl(user, 100, u"A"_s),
                                              lbl(user, 110, u"Single"_s), lbl(user, 103, u"B"_s)};
        const QList<AssociationLabel> reverse{lbl(user, 111, u"Single"_s), lbl(user, 105, u"C'"_s),
                                              lbl(user, 101, u"A'"_s), lbl(user, 102, u"B'"_s)};
        const auto map = LabelPairing::infer(forward, reverse);
        QVERIFY2(map.size() == 4, dump(map));
        QCOMPARE(map.value(key(user, 100)), key(user, 101));
        QCOMPARE(map.value(key(user, 103)), key(user, 102));
        QCOMPARE(map.value(key(user, 104)), key(user, 105));
        QCOMPARE(map.value(key(user, 110)), key(user, 111));
        // Only forward keys are mapped for a cross-object pair.
        QVERIFY(!map.contains(key(user, 101)));
    }

    void unmatchedLabelsStayUnpaired() {
        // 200 has lost its partner (deleted elsewhere); 300 and 301 sit on the same side.
        const auto map = LabelPairing::infer(
            {lbl(user, 200, u"Orphan"_s), lbl(user, 300, u"X"_s), lbl(user, 301, u"Y"_s)},
            {lbl(user, 210, u"Other"_s)});
        QVERIFY2(map.isEmpty(), dump(map));
    }

    void sameObjectPairedAndSymmetric() {
        // company->company: 13 parent->child / 14 child->parent; 450 is symmetric.
        // A user paired label 500/501 and a user single label 600 (one id).
        const QList<AssociationLabel> labels{lbl(hubspot, 450),
                                             lbl(hubspot, 14, u"Child Company"_s),
                                             lbl(hubspot, 13, u"Parent Company"_s),
                                             lbl(user, 501, u"Mentee"_s),
                                             lbl(user, 500, u"Mentor"_s),
                                             lbl(user, 600, u"Sibling"_s)};
        const auto map = LabelPairing::infer(labels, labels);
        QVERIFY2(map.size() == 6, dump(map));
        QCOMPARE(map.value(key(hubspot, 13)), key(hubspot, 14));
        QCOMPARE(map.value(key(hubspot, 14)), key(hubspot, 13));
        QCOMPARE(map.value(key(hubspot, 450)), key(hubspot, 450));
        QCOMPARE(map.value(key(user, 500)), key(user, 501));
        QCOMPARE(map.value(key(user, 501)), key(user, 500));
        QCOMPARE(map.value(key(user, 600)), key(user, 600));
    }

    void sameObjectFromTwoCopies() {
        // The same-object list as fetched twice (separate lists, even in another order).
        const QList<AssociationLabel> first{lbl(hubspot, 449), lbl(user, 500, u"Mentor"_s),
                                            lbl(user, 501, u"Mentee"_s)};
        const QList<AssociationLabel> copy = first;
        const auto map = LabelPairing::infer(first, copy);
        QVERIFY2(map.size() == 3, dump(map));
        QCOMPARE(map.value(key(hubspot, 449)), key(hubspot, 449));
        QCOMPARE(map.value(key(user, 501)), key(user, 500));

        const QList<AssociationLabel> reordered{first[2], first[0], first[1]};
        const auto map2 = LabelPairing::infer(first, reordered);
        QVERIFY2(map2 == map, dump(map2));
    }

    void categoriesKeptApart() {
        // USER_DEFINED 1 and HUBSPOT_DEFINED 2 are adjacent numbers but unrelated types.
        const auto map =
            LabelPairing::infer({lbl(user, 1, u"Mine"_s)}, {lbl(hubspot, 2, u"Primary"_s)});
        QVERIFY2(map.isEmpty(), dump(map));

        // The same typeId in two categories on one side: each pairs only within its category.
        const auto both =
            LabelPairing::infer({lbl(user, 1, u"Mine"_s), lbl(hubspot, 1, u"Primary"_s)},
                                {lbl(user, 2, u"Mine back"_s), lbl(hubspot, 2, u"Primary"_s)});
        QVERIFY2(both.size() == 2, dump(both));
        QCOMPARE(both.value(key(user, 1)), key(user, 2));
        QCOMPARE(both.value(key(hubspot, 1)), key(hubspot, 2));

        // A user-defined 13 is not HubSpot's parent company type.
        const auto notParent =
            LabelPairing::infer({lbl(user, 13, u"X"_s)}, {lbl(hubspot, 14, u"Child"_s)});
        QVERIFY2(notParent.isEmpty(), dump(notParent));
    }

    void emptyInputs() {
        QVERIFY(LabelPairing::infer({}, {}).isEmpty());
        QVERIFY(LabelPairing::infer({lbl(user, 7, u"X"_s)}, {}).isEmpty());
        QVERIFY(LabelPairing::infer({}, {lbl(user, 8, u"Y"_s)}).isEmpty());
        const QList<AssociationLabel> none;
        QVERIFY(LabelPairing::infer(none, none).isEmpty());
    }

    void inverseOfCrossObject() {
        PortalSchema schema;
        schema.pairs.insert(contactCompany, {contactCompany,
                                             {lbl(hubspot, 1, u"Primary"_s), lbl(hubspot, 279),
                                              lbl(user, 144, u"Manager"_s)},
                                             {}});
        schema.pairs.insert(
            contactCompany.reversed(),
            {contactCompany.reversed(),
             {lbl(hubspot, 2, u"Primary"_s), lbl(hubspot, 280), lbl(user, 145, u"Employee"_s)},
             {}});
        QCOMPARE(schema.inverseOf(contactCompany, key(hubspot, 1)),
                 std::optional<LabelKey>(key(hubspot, 2)));
        QCOMPARE(schema.inverseOf(contactCompany, key(hubspot, 279)),
                 std::optional<LabelKey>(key(hubspot, 280)));
        QCOMPARE(schema.inverseOf(contactCompany, key(user, 144)),
                 std::optional<LabelKey>(key(user, 145)));
        QCOMPARE(schema.inverseOf(contactCompany.reversed(), key(user, 145)),
                 std::optional<LabelKey>(key(user, 144)));
        QCOMPARE(schema.inverseOf(contactCompany.reversed(), key(hubspot, 280)),
                 std::optional<LabelKey>(key(hubspot, 279)));
        // Unknown key, wrong category, unknown pair.
        QVERIFY(!schema.inverseOf(contactCompany, key(user, 999)));
        QVERIFY(!schema.inverseOf(contactCompany, key(hubspot, 144)));
        QVERIFY(!schema.inverseOf({u"0-1"_s, u"0-3"_s}, key(user, 144)));
    }

    void inverseOfNeedsBothDirections() {
        PortalSchema schema;
        schema.pairs.insert(contactCompany, {contactCompany, {lbl(user, 144, u"Manager"_s)}, {}});
        QVERIFY(!schema.inverseOf(contactCompany, key(user, 144)));
    }

    void inverseOfSameObject() {
        PortalSchema schema;
        schema.pairs.insert(contactContact, {contactContact,
                                             {lbl(hubspot, 449), lbl(user, 144, u"Manager"_s),
                                              lbl(user, 145, u"Employee"_s)},
                                             {}});
        QCOMPARE(schema.inverseOf(contactContact, key(user, 144)),
                 std::optional<LabelKey>(key(user, 145)));
        QCOMPARE(schema.inverseOf(contactContact, key(user, 145)),
                 std::optional<LabelKey>(key(user, 144)));
        QCOMPARE(schema.inverseOf(contactContact, key(hubspot, 449)),
                 std::optional<LabelKey>(key(hubspot, 449)));
    }
};

QTEST_GUILESS_MAIN(TestCorePairing)
#include "test_core_pairing.moc"
