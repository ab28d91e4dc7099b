// SPDX-License-Identifier: MIT
// SchemaComparer: what a plan holds for each kind of difference between two schemas, matched by
// object-type names and label texts across portals and by typeId within one; deletions only on
// request; safe order. PlanDocument: the plan file round-trips and bad files are rejected with
// the path of the problem.

#include "CoreBuilders.h"
#include "core/ObjectType.h"
#include "core/PlanDocument.h"
#include "core/SchemaComparer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;
using Kind = PlanChange::Kind;

namespace {

ObjectType custom(const QString &id, const QString &name, qint64 portalId) {
    return ObjectType{id, name, name, name, u"p%1_%2"_s.arg(portalId).arg(name), true};
}

const QString contacts = u"0-1"_s;
const QString companies = u"0-2"_s;

// A portal with contacts and companies and HubSpot's own types between them; tests add more.
struct Portal {
    PortalSchema schema;

    explicit Portal(qint64 portalId) {
        schema.portal.portalId = portalId;
        schema.objectTypes = {standard("contacts"), standard("companies")};
        labels(contacts, companies, {lbl(hubspot, 1, u"Primary"_s), lbl(hubspot, 279)});
        labels(companies, contacts, {lbl(hubspot, 2, u"Primary"_s), lbl(hubspot, 280)});
    }
    Portal &type(const ObjectType &t) {
        schema.objectTypes.append(t);
        return *this;
    }
    Portal &labels(const QString &from, const QString &to, const QList<AssociationLabel> &add) {
        PairSchema &p = schema.pairs[{from, to}];
        p.pair = {from, to};
        p.labels += add;
        return *this;
    }
    Portal &limit(const QString &from, const QString &to, AssociationCategory category, int typeId,
                  int max) {
        PairSchema &p = schema.pairs[{from, to}];
        p.pair = {from, to};
        p.limits.append({category, typeId, std::nullopt, max});
        return *this;
    }
    // A paired label: `text` from→to with typeId `id`, `inverse` to→from with id + 1.
    Portal &paired(const QString &from, const QString &to, int id, const QString &text,
                   const QString &inverse) {
        labels(from, to, {lbl(user, id, text)});
        return labels(to, from, {lbl(user, id + 1, inverse)});
    }
};

QList<Kind> kinds(const SchemaPlan &plan) {
    QList<Kind> out;
    for (const PlanChange &c : plan.changes)
        out.append(c.kind);
    return out;
}

QByteArray describe(const SchemaPlan &plan) {
    QStringList lines;
    for (const PlanChange &c : plan.changes)
        lines.append(c.summary() + u"  [typeId "_s + QString::number(c.targetKey.typeId) + u"]"_s);
    for (const QString &n : plan.notes)
        lines.append(u"note: "_s + n);
    return lines.join(u'\n').toUtf8();
}

} // namespace

class TestCoreCompare : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identicalSchemasGiveAnEmptyPlan() {
        Portal a(1001);
        a.paired(contacts, companies, 100, u"Manager"_s, u"Employee"_s)
            .limit(contacts, companies, user, 100, 3);
        const SchemaPlan plan = SchemaComparer::plan(a.schema, a.schema, {true});
        QVERIFY2(plan.isEmpty(), describe(plan).constData());
        QVERIFY(plan.notes.isEmpty());
        QCOMPARE(plan.targetPortalId, 1001);
        QVERIFY(plan.allowDeletes);
    }

    void pairedLabelIsCreatedOnceWithItsInverse() {
        Portal source(1001);
        source.paired(contacts, companies, 100, u"Manager"_s, u"Employee"_s);
        const Portal target(2002);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema);
        QCOMPARE(plan.changes.size(), 1);
        const PlanChange &c = plan.changes.first();
        QCOMPARE(c.kind, Kind::CreateLabel);
        QCOMPARE(c.fromType, u"contacts"_s);
        QCOMPARE(c.toType, u"companies"_s);
        QCOMPARE(c.labelText, u"Manager"_s);
        QCOMPARE(c.inverseLabel, std::optional<QString>(u"Employee"_s));
        QCOMPARE(c.name, u"manager_employee"_s);
        QCOMPARE(c.targetKey.typeId, 0);
        QCOMPARE(plan.targetPortalId, 2002);
    }

    // The direction with the lower typeId in the source leads.
    void createdFromTheDirectionWithTheLowerTypeId() {
        Portal source(1001);
        source.paired(companies, contacts, 100, u"Employer"_s, u"Staff"_s);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, Portal(2002).schema);
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(plan.changes.first().fromType, u"companies"_s);
        QCOMPARE(plan.changes.first().toType, u"contacts"_s);
        QCOMPARE(plan.changes.first().labelText, u"Employer"_s);
        QCOMPARE(plan.changes.first().inverseLabel, std::optional<QString>(u"Staff"_s));
    }

    void singleLabelIsCreatedWithoutInverse() {
        Portal source(1001);
        source.paired(contacts, companies, 100, u"Colleague"_s, u"Colleague"_s);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, Portal(2002).schema);
        QCOMPARE(kinds(plan), QList<Kind>{Kind::CreateLabel});
        QCOMPARE(plan.changes.first().labelText, u"Colleague"_s);
        QVERIFY(!plan.changes.first().inverseLabel);
        QCOMPARE(plan.changes.first().name, u"colleague"_s);
    }

    void sameObjectLabels() {
        Portal source(1001);
        source.labels(contacts, contacts,
                      {lbl(hubspot, 449), lbl(user, 120, u"Sibling"_s), lbl(user, 130, u"Parent"_s),
                       lbl(user, 131, u"Child"_s)});
        const SchemaPlan plan = SchemaComparer::plan(source.schema, Portal(2002).schema);
        QCOMPARE(kinds(plan), (QList<Kind>{Kind::CreateLabel, Kind::CreateLabel}));
        const PlanChange &parent = plan.changes.at(0);
        QCOMPARE(parent.labelText, u"Parent"_s);
        QCOMPARE(parent.inverseLabel, std::optional<QString>(u"Child"_s));
        const PlanChange &sibling = plan.changes.at(1);
        QCOMPARE(sibling.labelText, u"Sibling"_s);
        QVERIFY(!sibling.inverseLabel);
        QCOMPARE(sibling.fromType, u"contacts"_s);
        QCOMPARE(sibling.toType, u"contacts"_s);

        // The same labels with other typeIds in the target: nothing to do.
        Portal target(2002);
        target.labels(contacts, contacts,
                      {lbl(hubspot, 449), lbl(user, 300, u"Child"_s), lbl(user, 301, u"Parent"_s),
                       lbl(user, 310, u"Sibling"_s)});
        const SchemaPlan none = SchemaComparer::plan(source.schema, target.schema, {true});
        QVERIFY2(none.isEmpty(), describe(none).constData());
    }

    void limitsOfCreatedLabelsFollowTheirCreation() {
        Portal source(1001);
        source.paired(contacts, companies, 100, u"Manager"_s, u"Employee"_s)
            .limit(contacts, companies, user, 100, 2)
            .limit(companies, contacts, user, 101, 5);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, Portal(2002).schema);
        QCOMPARE(kinds(plan), (QList<Kind>{Kind::CreateLabel, Kind::SetLimit, Kind::SetLimit}));
        const PlanChange &employee = plan.changes.at(1); // companies → contacts sorts first
        QCOMPARE(employee.fromType, u"companies"_s);
        QCOMPARE(employee.labelText, u"Employee"_s);
        QCOMPARE(employee.targetKey.typeId, 0);
        QCOMPARE(employee.targetKey.category, user);
        QCOMPARE(employee.limitAfter, std::optional<int>(5));
        QVERIFY(!employee.limitBefore);
        const PlanChange &manager = plan.changes.at(2);
        QCOMPARE(manager.fromType, u"contacts"_s);
        QCOMPARE(manager.labelText, u"Manager"_s);
        QCOMPARE(manager.limitAfter, std::optional<int>(2));
    }

    // Matched by text, the target's own typeIds are used.
    void changedLimitUsesTheTargetsTypeId() {
        Portal source(1001);
        source.paired(contacts, companies, 100, u"Manager"_s, u"Employee"_s)
            .limit(contacts, companies, user, 100, 2);
        Portal target(2002);
        target.paired(contacts, companies, 500, u"Manager"_s, u"Employee"_s)
            .limit(contacts, companies, user, 500, 7);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema);
        QCOMPARE(kinds(plan), QList<Kind>{Kind::SetLimit});
        const PlanChange &c = plan.changes.first();
        QCOMPARE(c.targetKey, (LabelKey{user, 500}));
        QCOMPARE(c.limitBefore, std::optional<int>(7));
        QCOMPARE(c.limitAfter, std::optional<int>(2));
        QCOMPARE(c.labelText, u"Manager"_s);
    }

    void hubSpotDefinedLimitsAreMatchedByTypeId() {
        Portal source(1001);
        source.limit(contacts, companies, hubspot, 1, 1);
        Portal target(2002);
        target.limit(companies, contacts, hubspot, 280, 40);

        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema);
        QCOMPARE(kinds(plan), QList<Kind>{Kind::SetLimit});
        QCOMPARE(plan.changes.first().targetKey, (LabelKey{hubspot, 1}));
        QCOMPARE(plan.changes.first().labelText, u"Primary"_s);
        QCOMPARE(plan.changes.first().limitAfter, std::optional<int>(1));

        // Removing the target's limit on unlabeled 280 loosens it: a deletion.
        const SchemaPlan withDeletes = SchemaComparer::plan(source.schema, target.schema, {true});
        QCOMPARE(kinds(withDeletes), (QList<Kind>{Kind::SetLimit, Kind::RemoveLimit}));
        const PlanChange &remove = withDeletes.changes.at(1);
        QCOMPARE(remove.fromType, u"companies"_s);
        QCOMPARE(remove.targetKey, (LabelKey{hubspot, 280}));
        QCOMPARE(remove.limitBefore, std::optional<int>(40));
        QVERIFY(remove.labelText.isEmpty());
    }

    void hubSpotDefinedTypesAreNeverCreatedOrDeleted() {
        Portal source(1001);
        source.labels(contacts, companies, {lbl(hubspot, 77, u"Only here"_s)})
            .limit(contacts, companies, hubspot, 77, 4);
        Portal target(2002);
        target.labels(companies, contacts, {lbl(hubspot, 88, u"Only there"_s)});
        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema, {true});
        QVERIFY2(plan.isEmpty(), describe(plan).constData());
        // The limit that could not be carried over is reported.
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY2(plan.notes.first().contains(u"77"_s), qPrintable(plan.notes.first()));
    }

    void deletionsOnlyWhenAllowed() {
        Portal source(1001);
        Portal target(2002);
        target.paired(contacts, companies, 100, u"Old"_s, u"Older"_s)
            .limit(contacts, companies, user, 100, 3)
            .limit(companies, contacts, user, 101, 4);
        QVERIFY(SchemaComparer::plan(source.schema, target.schema).isEmpty());
        QVERIFY(!SchemaComparer::plan(source.schema, target.schema).allowDeletes);

        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema, {true});
        QCOMPARE(kinds(plan), QList<Kind>{Kind::DeleteLabel});
        const PlanChange &c = plan.changes.first();
        QVERIFY(c.isDeletion());
        QCOMPARE(c.fromType, u"contacts"_s);
        QCOMPARE(c.targetKey, (LabelKey{user, 100}));
        QCOMPARE(c.labelText, u"Old"_s);
        QCOMPARE(c.labelBefore, u"Old"_s);
        QCOMPARE(c.inverseLabelBefore, std::optional<QString>(u"Older"_s));
        QCOMPARE(c.limitBefore, std::optional<int>(3));
        QCOMPARE(c.inverseLimitBefore, std::optional<int>(4));
    }

    void typesOnOneSideAreLeftOutAndNoted() {
        const QString vehicles = u"2-111"_s;
        Portal source(1001);
        source.type(custom(vehicles, u"vehicles"_s, 1001))
            .paired(contacts, vehicles, 100, u"Driver"_s, u"Car"_s);
        const QString boats = u"2-222"_s;
        Portal target(2002);
        target.type(custom(boats, u"boats"_s, 2002))
            .paired(contacts, boats, 100, u"Skipper"_s, u"Boat"_s);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema, {true});
        QVERIFY2(plan.isEmpty(), describe(plan).constData());
        QCOMPARE(plan.notes.size(), 2);
        QVERIFY(plan.notes.at(0).contains(u"vehicles"_s));
        QVERIFY(plan.notes.at(0).contains(u"only in the source"_s));
        QVERIFY(plan.notes.at(1).contains(u"boats"_s));
        QVERIFY(plan.notes.at(1).contains(u"only in the target"_s));
    }

    // The same custom object has another id in each portal, and the source's id belongs to a
    // different object in the target: matching goes by name, so nothing is confused.
    void conflictingCustomIdsAcrossPortals() {
        Portal source(1001);
        source.type(custom(u"2-111"_s, u"vehicles"_s, 1001))
            .paired(contacts, u"2-111"_s, 100, u"Driver"_s, u"Car"_s)
            .limit(contacts, u"2-111"_s, user, 100, 2);
        Portal target(2002);
        target.type(custom(u"2-999"_s, u"vehicles"_s, 2002))
            .type(custom(u"2-111"_s, u"boats"_s, 2002))
            .paired(contacts, u"2-999"_s, 640, u"Driver"_s, u"Car"_s)
            .limit(contacts, u"2-999"_s, user, 640, 2)
            .paired(contacts, u"2-111"_s, 100, u"Skipper"_s, u"Boat"_s);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema);
        QVERIFY2(plan.isEmpty(), describe(plan).constData());

        // A limit that differs is set on the target's type, named portably.
        target.schema.pairs[{contacts, u"2-999"_s}].limits.first().maxToObjectIds = 9;
        const SchemaPlan limit = SchemaComparer::plan(source.schema, target.schema);
        QCOMPARE(kinds(limit), QList<Kind>{Kind::SetLimit});
        QCOMPARE(limit.changes.first().toType, u"vehicles"_s);
        QCOMPARE(limit.changes.first().targetKey.typeId, 640);
    }

    // A custom object's default association is USER_DEFINED without a label: it comes with the
    // object, so it is never created or deleted, but its limit is matched (by being unlabeled).
    void unlabeledCustomDefaultsOnlyCarryLimits() {
        Portal source(1001);
        source.type(custom(u"2-111"_s, u"vehicles"_s, 1001))
            .labels(u"2-111"_s, contacts, {lbl(user, 100)})
            .labels(contacts, u"2-111"_s, {lbl(user, 101)})
            .limit(u"2-111"_s, contacts, user, 100, 6);
        Portal target(2002);
        target.type(custom(u"2-999"_s, u"vehicles"_s, 2002))
            .labels(u"2-999"_s, contacts, {lbl(user, 900)})
            .labels(contacts, u"2-999"_s, {lbl(user, 901)})
            .limit(contacts, u"2-999"_s, user, 901, 2);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema, {true});
        QCOMPARE(kinds(plan), (QList<Kind>{Kind::SetLimit, Kind::RemoveLimit}));
        QCOMPARE(plan.changes.at(0).fromType, u"vehicles"_s);
        QCOMPARE(plan.changes.at(0).targetKey, (LabelKey{user, 900}));
        QCOMPARE(plan.changes.at(0).limitAfter, std::optional<int>(6));
        QCOMPARE(plan.changes.at(1).fromType, u"contacts"_s);
        QCOMPARE(plan.changes.at(1).targetKey, (LabelKey{user, 901}));

        // Without its default in the target, nothing is created for it.
        Portal bare(2002);
        bare.type(custom(u"2-999"_s, u"vehicles"_s, 2002));
        const SchemaPlan none = SchemaComparer::plan(source.schema, bare.schema, {true});
        QVERIFY2(none.isEmpty(), describe(none).constData());
        QCOMPARE(none.notes.size(), 1);
    }

    void renameWithinOnePortal() {
        Portal before(1001);
        before.paired(contacts, companies, 100, u"Boss"_s, u"Employee"_s);
        Portal after(1001);
        after.paired(contacts, companies, 100, u"Manager"_s, u"Employee"_s);
        const SchemaPlan plan = SchemaComparer::plan(after.schema, before.schema, {true});
        QCOMPARE(kinds(plan), QList<Kind>{Kind::RenameLabel});
        const PlanChange &c = plan.changes.first();
        QCOMPARE(c.targetKey, (LabelKey{user, 100}));
        QCOMPARE(c.labelBefore, u"Boss"_s);
        QCOMPARE(c.labelText, u"Manager"_s);
        QCOMPARE(c.inverseLabelBefore, std::optional<QString>(u"Employee"_s));
        QCOMPARE(c.id(), u"rename-label contacts→companies Boss"_s);

        // Across portals the same texts are another label: create, and delete on request.
        after.schema.portal.portalId = 3003;
        const SchemaPlan across = SchemaComparer::plan(after.schema, before.schema, {true});
        QCOMPARE(kinds(across), (QList<Kind>{Kind::CreateLabel, Kind::DeleteLabel}));
        QCOMPARE(across.changes.at(0).labelText, u"Manager"_s);
        QCOMPARE(across.changes.at(1).labelText, u"Boss"_s);
    }

    void changesComeInSafeOrder() {
        Portal source(1001);
        const QString deals = u"0-3"_s;
        source.type(standard("deals"))
            .paired(deals, contacts, 200, u"Buyer"_s, u"Bought"_s)
            .limit(deals, contacts, user, 200, 1)
            .paired(contacts, companies, 100, u"Manager"_s, u"Employee"_s)
            .limit(contacts, companies, hubspot, 1, 1);
        Portal target(2002);
        target.type(standard("deals"))
            .paired(contacts, companies, 300, u"Obsolete"_s, u"Obsolete"_s)
            .limit(companies, contacts, hubspot, 2, 5);
        const SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema, {true});
        QCOMPARE(kinds(plan), (QList<Kind>{Kind::CreateLabel, Kind::CreateLabel, Kind::SetLimit,
                                           Kind::SetLimit, Kind::RemoveLimit, Kind::DeleteLabel}));
        QCOMPARE(plan.changes.at(0).fromType, u"contacts"_s);
        QCOMPARE(plan.changes.at(1).fromType, u"deals"_s);
        QCOMPARE(plan.changes.at(2).fromType, u"contacts"_s); // Primary limit
        QCOMPARE(plan.changes.at(3).fromType, u"deals"_s);    // Buyer limit
        QCOMPARE(plan.changes.at(4).fromType, u"companies"_s);
        QCOMPARE(plan.changes.at(5).labelText, u"Obsolete"_s);
        QSet<QString> ids;
        for (const PlanChange &c : plan.changes)
            ids.insert(c.id());
        QCOMPARE(ids.size(), plan.changes.size());
    }

    void planDocumentRoundTrip() {
        Portal source(1001);
        source.paired(contacts, companies, 100, u"Manager"_s, u"Employee"_s)
            .limit(contacts, companies, user, 100, 2)
            .limit(contacts, companies, hubspot, 1, 1)
            .type(custom(u"2-5"_s, u"vehicles"_s, 1001));
        Portal target(2002);
        target.paired(contacts, companies, 300, u"Old"_s, u"Old"_s)
            .limit(companies, contacts, hubspot, 2, 5);
        SchemaPlan plan = SchemaComparer::plan(source.schema, target.schema, {true});
        plan.source = u"Production (portal 1001)"_s;
        plan.target = u"sandbox.json"_s;
        PlanChange rename;
        rename.kind = Kind::RenameLabel;
        rename.fromType = u"contacts"_s;
        rename.toType = u"companies"_s;
        rename.targetKey = {user, 42};
        rename.labelText = u"Ünïcödé “quoted”"_s;
        rename.labelBefore = u"Before"_s;
        rename.inverseLabel = u"Inverse"_s;
        rename.inverseLabelBefore = u"Inverse before"_s;
        plan.changes.prepend(rename);
        QCOMPARE(kinds(plan), (QList<Kind>{Kind::RenameLabel, Kind::CreateLabel, Kind::SetLimit,
                                           Kind::SetLimit, Kind::RemoveLimit, Kind::DeleteLabel}));
        QVERIFY(!plan.notes.isEmpty());

        const QByteArray bytes = PlanDocument::write(plan);
        const auto read = PlanDocument::read(bytes);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read->source, plan.source);
        QCOMPARE(read->target, plan.target);
        QCOMPARE(read->targetPortalId, 2002);
        QCOMPARE(read->allowDeletes, true);
        QCOMPARE(read->notes, plan.notes);
        QCOMPARE(read->changes.size(), plan.changes.size());
        for (qsizetype i = 0; i < plan.changes.size(); ++i)
            QVERIFY2(read->changes.at(i) == plan.changes.at(i),
                     qPrintable(plan.changes.at(i).id()));
        QCOMPARE(PlanDocument::write(read.value()), bytes);

        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"association-studio.plan"_s);
        QCOMPARE(root.value(u"formatVersion"_s).toInt(), 1);
        const QJsonObject first = root.value(u"changes"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"id"_s).toString(), rename.id());
        QCOMPARE(first.value(u"kind"_s).toString(), u"rename-label"_s);
        QVERIFY(bytes.contains("\n    \"changes\": ["));
    }

    void planDocumentRejectsBadInput_data() {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format":"association-studio.plan","formatVersion":1,)";
        const QByteArray change =
            R"({"kind":"set-limit","fromType":"contacts","toType":"companies",)"
            R"("category":"USER_DEFINED","typeId":5,"label":"Manager","limitAfter":2})";
        QTest::newRow("not json") << QByteArray("{") << QString() << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << QString() << u"JSON object"_s;
        QTest::newRow("schema document")
            << QByteArray(
                   R"({"format":"association-studio.schema","formatVersion":1,"changes":[]})")
            << u"format"_s << u"not an Association Studio plan"_s;
        QTest::newRow("newer version")
            << QByteArray(R"({"format":"association-studio.plan","formatVersion":2,"changes":[]})")
            << u"formatVersion"_s << u"is 2"_s;
        QTest::newRow("no changes") << head + R"("source":"x"})" << u"changes"_s << u"required"_s;
        QTest::newRow("unknown kind")
            << head + R"("changes":[)" + change + "," +
                   QByteArray(change).replace("set-limit", "merge-label") + "]}"
            << u"changes[1].kind"_s << u"merge-label"_s;
        QTest::newRow("limit not a number")
            << head + R"("changes":[)" +
                   QByteArray(change).replace("\"limitAfter\":2", "\"limitAfter\":\"2\"") + "]}"
            << u"changes[0].limitAfter"_s << u"integer"_s;
        QTest::newRow("limit zero")
            << head + R"("changes":[)" +
                   QByteArray(change).replace("\"limitAfter\":2", "\"limitAfter\":0") + "]}"
            << u"changes[0].limitAfter"_s << u"from 1 to 1000000"_s;
        QTest::newRow("set-limit without limit")
            << head + R"("changes":[)" + QByteArray(change).replace(",\"limitAfter\":2", "") + "]}"
            << u"changes[0].limitAfter"_s << u"required"_s;
        QTest::newRow("missing fromType")
            << head + R"("changes":[)" +
                   QByteArray(change).replace("\"fromType\":\"contacts\",", "") + "]}"
            << u"changes[0].fromType"_s << u"required"_s;
        QTest::newRow("create without name")
            << head + R"("changes":[)" + QByteArray(change).replace("set-limit", "create-label") +
                   "]}"
            << u"changes[0].name"_s << u"must not be empty"_s;
        QTest::newRow("deletion not allowed")
            << head + R"("allowDeletes":false,"changes":[)" +
                   QByteArray(change).replace("set-limit", "delete-label") + "]}"
            << u"changes[0].kind"_s << u"does not allow deletions"_s;
        QTest::newRow("note not a string")
            << head + R"("notes":["a",3],"changes":[]})" << u"notes[1]"_s << u"string"_s;
    }

    void planDocumentRejectsBadInput() {
        QFETCH(QByteArray, document);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto read = PlanDocument::read(document);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().path, path);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().toString()));
    }

    void deletionInAPlanThatAllowsThemIsRead() {
        const QByteArray doc =
            R"({"format":"association-studio.plan","formatVersion":1,"allowDeletes":true,)"
            R"("changes":[{"kind":"delete-label","fromType":"contacts","toType":"companies",)"
            R"("category":"USER_DEFINED","typeId":5,"label":"Old"}]})";
        const auto read = PlanDocument::read(doc);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read->changes.size(), 1);
        QCOMPARE(read->changes.first().kind, Kind::DeleteLabel);
        QCOMPARE(read->changes.first().targetKey, (LabelKey{user, 5}));
    }
};

QTEST_GUILESS_MAIN(TestCoreCompare)
#include "test_core_compare.moc"
