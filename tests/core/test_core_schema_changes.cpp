// SPDX-License-Identifier: MIT
// SchemaChanges: what changed in one portal between an older snapshot and a fresh reading.

#include "core/SchemaChanges.h"

#include <QTest>

using namespace assoc;

namespace {
const ObjectTypePair kContactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};
const ObjectTypePair kContactsDeals{QStringLiteral("0-1"), QStringLiteral("0-3")};

AssociationLabel userLabel(int typeId, const QString &text) {
    AssociationLabel l;
    l.category = AssociationCategory::UserDefined;
    l.typeId = typeId;
    l.label = text;
    return l;
}

AssociationLimit limit(int typeId, int max) {
    AssociationLimit l;
    l.category = AssociationCategory::UserDefined;
    l.typeId = typeId;
    l.maxToObjectIds = max;
    return l;
}

PortalSchema schemaWith(const ObjectTypePair &pair, QList<AssociationLabel> labels,
                        QList<AssociationLimit> limits = {}) {
    PortalSchema schema;
    for (const char *name : {"contacts", "companies", "deals"})
        schema.objectTypes.append(*StandardObjectTypes::find(QString::fromLatin1(name)));
    schema.pairs.insert(pair, PairSchema{pair, std::move(labels), std::move(limits)});
    return schema;
}

QList<SchemaChange::Kind> kindsOf(const QList<SchemaChange> &changes) {
    QList<SchemaChange::Kind> out;
    for (const SchemaChange &c : changes)
        out.append(c.kind);
    return out;
}
} // namespace

class TestCoreSchemaChanges : public QObject {
    Q_OBJECT
private slots:
    void sameSchemaHasNoChanges();
    void labelAddedRemovedAndRenamed();
    void limitSetChangedAndRemoved();
    void objectTypesAddedAndRemoved();
    void aPairOnlyOneSideHasIsCompared();
    void changedPairsLeaveTypeChangesOut();
};

void TestCoreSchemaChanges::sameSchemaHasNoChanges() {
    const PortalSchema schema = schemaWith(
        kContactsCompanies, {userLabel(110, QStringLiteral("Billing"))}, {limit(110, 2)});
    QVERIFY(SchemaChanges::between(schema, schema).isEmpty());
}

void TestCoreSchemaChanges::labelAddedRemovedAndRenamed() {
    const PortalSchema before =
        schemaWith(kContactsCompanies, {userLabel(110, QStringLiteral("Billing")),
                                        userLabel(112, QStringLiteral("Old"))});
    const PortalSchema after =
        schemaWith(kContactsCompanies, {userLabel(110, QStringLiteral("Invoice")),
                                        userLabel(114, QStringLiteral("New"))});
    const auto changes = SchemaChanges::between(before, after);
    QCOMPARE(kindsOf(changes),
             (QList<SchemaChange::Kind>{SchemaChange::LabelRenamed, SchemaChange::LabelAdded,
                                        SchemaChange::LabelRemoved}));
    QCOMPARE(changes[0].key.typeId, 110);
    QCOMPARE(changes[0].before, QStringLiteral("Billing"));
    QCOMPARE(changes[0].after, QStringLiteral("Invoice"));
    QCOMPARE(changes[0].pair, kContactsCompanies);
    QCOMPARE(changes[1].key.typeId, 114);
    QCOMPARE(changes[1].after, QStringLiteral("New"));
    QCOMPARE(changes[2].key.typeId, 112);
    QCOMPARE(changes[2].before, QStringLiteral("Old"));
    QVERIFY(changes[2].after.isEmpty());
}

void TestCoreSchemaChanges::limitSetChangedAndRemoved() {
    const QList<AssociationLabel> labels{userLabel(1, QStringLiteral("A")),
                                         userLabel(2, QStringLiteral("B")),
                                         userLabel(3, QStringLiteral("C"))};
    const PortalSchema before = schemaWith(kContactsCompanies, labels, {limit(2, 5), limit(3, 1)});
    const PortalSchema after = schemaWith(kContactsCompanies, labels, {limit(1, 4), limit(2, 3)});
    const auto changes = SchemaChanges::between(before, after);
    QCOMPARE(kindsOf(changes),
             (QList<SchemaChange::Kind>{SchemaChange::LimitSet, SchemaChange::LimitChanged,
                                        SchemaChange::LimitRemoved}));
    QCOMPARE(changes[0].before, QString());
    QCOMPARE(changes[0].after, QStringLiteral("4"));
    QCOMPARE(changes[1].before, QStringLiteral("5"));
    QCOMPARE(changes[1].after, QStringLiteral("3"));
    QCOMPARE(changes[2].before, QStringLiteral("1"));
    QCOMPARE(changes[2].after, QString());
}

void TestCoreSchemaChanges::objectTypesAddedAndRemoved() {
    PortalSchema before = schemaWith(kContactsCompanies, {});
    PortalSchema after = before;
    before.objectTypes.append(ObjectType{QStringLiteral("2-100"), QStringLiteral("vehicles"),
                                         QStringLiteral("Vehicle"), QStringLiteral("Vehicles"),
                                         QStringLiteral("p1_vehicles"), true});
    after.objectTypes.append(ObjectType{QStringLiteral("2-200"), QStringLiteral("boats"),
                                        QStringLiteral("Boat"), QStringLiteral("Boats"),
                                        QStringLiteral("p1_boats"), true});
    const auto changes = SchemaChanges::between(before, after);
    QCOMPARE(kindsOf(changes),
             (QList<SchemaChange::Kind>{SchemaChange::TypeAdded, SchemaChange::TypeRemoved}));
    QCOMPARE(changes[0].objectTypeId, QStringLiteral("2-200"));
    QCOMPARE(changes[0].after, QStringLiteral("Boats"));
    QCOMPARE(changes[1].objectTypeId, QStringLiteral("2-100"));
    QCOMPARE(changes[1].before, QStringLiteral("Vehicles"));
    QVERIFY(changes[0].pair.fromId.isEmpty());
}

void TestCoreSchemaChanges::aPairOnlyOneSideHasIsCompared() {
    const PortalSchema before = schemaWith(kContactsCompanies, {});
    PortalSchema after = before;
    after.pairs.insert(kContactsDeals,
                       PairSchema{kContactsDeals, {userLabel(7, QStringLiteral("Owner"))}, {}});
    const auto changes = SchemaChanges::between(before, after);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].kind, SchemaChange::LabelAdded);
    QCOMPARE(changes[0].pair, kContactsDeals);
    // And the other way round: the pair's labels are gone.
    const auto back = SchemaChanges::between(after, before);
    QCOMPARE(kindsOf(back), QList<SchemaChange::Kind>{SchemaChange::LabelRemoved});
}

void TestCoreSchemaChanges::changedPairsLeaveTypeChangesOut() {
    QList<SchemaChange> changes;
    changes.append({SchemaChange::TypeAdded, {}, QStringLiteral("2-1"), {}, {}, {}});
    changes.append({SchemaChange::LabelAdded, kContactsDeals, {}, {}, {}, {}});
    changes.append({SchemaChange::LimitSet, kContactsDeals, {}, {}, {}, {}});
    changes.append({SchemaChange::LabelRemoved, kContactsCompanies, {}, {}, {}, {}});
    QCOMPARE(SchemaChanges::changedPairs(changes),
             (QSet<ObjectTypePair>{kContactsDeals, kContactsCompanies}));
    QVERIFY(SchemaChanges::changedPairs({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCoreSchemaChanges)
#include "test_core_schema_changes.moc"
