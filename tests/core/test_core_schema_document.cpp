// SPDX-License-Identifier: MIT
// SchemaDocument: the export format is deterministic, sorted and pretty; read(write(x)) gives x
// back; malformed documents are rejected with a ParseError naming the path. Also the table of
// standard object types.

#include "CoreBuilders.h"
#include "core/ObjectType.h"
#include "core/SchemaDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;

namespace {

ObjectType vehicles() {
    return ObjectType{u"2-123456"_s, u"vehicles"_s,          u"Vehicle"_s,
                      u"Vehicles"_s, u"p7001234_vehicles"_s, true};
}

const QString contacts = u"0-1"_s;
const QString companies = u"0-2"_s;
const QString deals = u"0-3"_s;
const QString vehicleId = u"2-123456"_s;

PairSchema makePair(const QString &from, const QString &to, QList<AssociationLabel> labels,
                    QList<AssociationLimit> limits = {}) {
    return PairSchema{{from, to}, std::move(labels), std::move(limits)};
}

// A small portal: standard and custom types, cross-object and same-object pairs, paired,
// single and HubSpot-defined labels, limits on some of them.
PortalSchema sampleSchema(bool reversedOrder) {
    QList<ObjectType> types{standard("contacts"), standard("companies"), standard("deals"),
                            vehicles()};
    QList<PairSchema> pairs{
        makePair(contacts, companies,
                 {lbl(hubspot, 1, u"Primary"_s), lbl(hubspot, 279), lbl(user, 144, u"Manager"_s),
                  lbl(user, 146, u"Billing contact"_s)},
                 {{hubspot, 279, std::nullopt, 5}, {user, 144, u"Manager"_s, 1}}),
        makePair(companies, contacts,
                 {lbl(hubspot, 2, u"Primary"_s), lbl(hubspot, 280), lbl(user, 145, u"Employee"_s),
                  lbl(user, 147, u"Billing contact"_s)},
                 {{user, 147, u"Billing contact"_s, 10000}}),
        makePair(contacts, contacts,
                 {lbl(hubspot, 449), lbl(user, 500, u"Mentor"_s), lbl(user, 501, u"Mentee"_s)},
                 {{user, 501, u"Mentee"_s, 3}}),
        makePair(vehicleId, contacts, {lbl(user, 30, u"Driver"_s), lbl(user, 1, u"Owner"_s)}),
        makePair(contacts, vehicleId, {lbl(user, 31, u"Drives"_s), lbl(user, 2, u"Owns"_s)},
                 {{user, 2, u"Owns"_s, 2}}),
        // A pair with labels and another without: only the first appears in the document.
        makePair(deals, companies, {lbl(hubspot, 5, u"Primary"_s), lbl(hubspot, 341)}),
        makePair(companies, deals, {}),
    };
    if (reversedOrder) {
        std::reverse(types.begin(), types.end());
        std::reverse(pairs.begin(), pairs.end());
        for (PairSchema &p : pairs) {
            std::reverse(p.labels.begin(), p.labels.end());
            std::reverse(p.limits.begin(), p.limits.end());
        }
    }
    PortalSchema schema;
    schema.portal.portalId = 7001234;
    schema.portal.uiDomain = u"app-eu1.hubspot.com"_s;
    schema.portal.timeZone = u"Europe/Berlin"_s; // not exported
    schema.objectTypes = types;
    for (const PairSchema &p : pairs)
        schema.pairs.insert(p.pair, p);
    schema.takenAt = QDateTime::currentDateTimeUtc(); // not exported
    return schema;
}

QList<AssociationLabel> sortedLabels(QList<AssociationLabel> labels) {
    std::sort(
        labels.begin(), labels.end(),
        [](const AssociationLabel &a, const AssociationLabel &b) { return a.key() < b.key(); });
    return labels;
}

QList<AssociationLimit> sortedLimits(QList<AssociationLimit> limits) {
    std::sort(
        limits.begin(), limits.end(),
        [](const AssociationLimit &a, const AssociationLimit &b) { return a.key() < b.key(); });
    return limits;
}

QJsonObject documentObject(const QByteArray &bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray withChange(const std::function<void(QJsonObject &)> &change) {
    QJsonObject root = documentObject(SchemaDocument::write(sampleSchema(false)));
    change(root);
    return QJsonDocument(root).toJson();
}

// The document with one more object type: a copy of objectTypes[typeIndex] whose `key` is
// `value`, so it shares everything else with the original.
QByteArray withSecondTypeLike(int typeIndex, const QString &key, const QString &value) {
    return withChange([&](QJsonObject &root) {
        QJsonArray types = root.value(u"objectTypes"_s).toArray();
        QJsonObject copy = types.at(typeIndex).toObject();
        copy.insert(key, value);
        types.append(copy);
        root.insert(u"objectTypes"_s, types);
    });
}

// root["pairs"][pairIndex]["labels"][labelIndex][key] = value
void setLabelField(QJsonObject &root, int pairIndex, int labelIndex, const QString &key,
                   const QJsonValue &value) {
    QJsonArray pairs = root.value(u"pairs"_s).toArray();
    QJsonObject pair = pairs.at(pairIndex).toObject();
    QJsonArray labels = pair.value(u"labels"_s).toArray();
    QJsonObject label = labels.at(labelIndex).toObject();
    if (value.isUndefined())
        label.remove(key);
    else
        label.insert(key, value);
    labels.replace(labelIndex, label);
    pair.insert(u"labels"_s, labels);
    pairs.replace(pairIndex, pair);
    root.insert(u"pairs"_s, pairs);
}

} // namespace

class TestCoreSchemaDocument : public QObject {
    Q_OBJECT

private slots:
    void deterministic() {
        const QByteArray a = SchemaDocument::write(sampleSchema(false));
        const QByteArray b = SchemaDocument::write(sampleSchema(true));
        QCOMPARE(a, b);
        QCOMPARE(SchemaDocument::write(sampleSchema(false)), a);
    }

    void prettyAndSorted() {
        const QByteArray bytes = SchemaDocument::write(sampleSchema(false));
        QVERIFY(bytes.contains("\n    \"")); // indented
        QVERIFY(bytes.endsWith('\n'));
        QVERIFY(!bytes.contains("Europe/Berlin"));
        const QJsonObject root = documentObject(bytes);
        QCOMPARE(root.value(u"format"_s).toString(), u"association-studio.schema"_s);
        QCOMPARE(root.value(u"formatVersion"_s).toInt(), SchemaDocument::FormatVersion);
        QCOMPARE(root.value(u"portal"_s).toObject().value(u"portalId"_s).toDouble(), 7001234.0);

        QStringList typeNames;
        for (const QJsonValue &t : root.value(u"objectTypes"_s).toArray())
            typeNames << t.toObject().value(u"name"_s).toString();
        QCOMPARE(typeNames,
                 (QStringList{u"companies"_s, u"contacts"_s, u"deals"_s, u"vehicles"_s}));

        QStringList pairNames;
        for (const QJsonValue &p : root.value(u"pairs"_s).toArray()) {
            const QJsonObject o = p.toObject();
            pairNames << o.value(u"from"_s).toString() + u"->"_s + o.value(u"to"_s).toString();
            QList<int> ids;
            for (const QJsonValue &l : o.value(u"labels"_s).toArray())
                ids << l.toObject().value(u"typeId"_s).toInt();
            QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        }
        QCOMPARE(pairNames, (QStringList{u"companies->contacts"_s, u"contacts->companies"_s,
                                         u"contacts->contacts"_s, u"contacts->vehicles"_s,
                                         u"deals->companies"_s, u"vehicles->contacts"_s}));

        // Keys of every object appear in sorted order in the bytes.
        const QJsonObject firstLabel = root.value(u"pairs"_s)
                                           .toArray()
                                           .at(1)
                                           .toObject()
                                           .value(u"labels"_s)
                                           .toArray()
                                           .at(0)
                                           .toObject();
        QCOMPARE(firstLabel.value(u"typeId"_s).toInt(), 1);
        QCOMPARE(firstLabel.value(u"hubspotDefined"_s).toBool(), true);
        QCOMPARE(firstLabel.value(u"inverseTypeId"_s).toInt(), 2);
        QCOMPARE(firstLabel.value(u"inverseLabel"_s).toString(), u"Primary"_s);
        QVERIFY(firstLabel.value(u"limit"_s).isNull());
        const qsizetype c = bytes.indexOf("\"category\"");
        const qsizetype h = bytes.indexOf("\"hubspotDefined\"");
        const qsizetype t = bytes.indexOf("\"typeId\"");
        QVERIFY(c < h && h < t);
    }

    void inverseInformation() {
        const QJsonObject root = documentObject(SchemaDocument::write(sampleSchema(false)));
        QHash<QString, QJsonArray> labelsOf;
        for (const QJsonValue &p : root.value(u"pairs"_s).toArray()) {
            const QJsonObject o = p.toObject();
            labelsOf.insert(o.value(u"from"_s).toString() + u"->"_s + o.value(u"to"_s).toString(),
                            o.value(u"labels"_s).toArray());
        }
        auto find = [&](const QString &pair, int typeId) {
            for (const QJsonValue &v : labelsOf.value(pair)) {
                if (v.toObject().value(u"typeId"_s).toInt() == typeId)
                    return v.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject manager = find(u"contacts->companies"_s, 144);
        QCOMPARE(manager.value(u"label"_s).toString(), u"Manager"_s);
        QCOMPARE(manager.value(u"inverseTypeId"_s).toInt(), 145);
        QCOMPARE(manager.value(u"inverseLabel"_s).toString(), u"Employee"_s);
        QCOMPARE(manager.value(u"limit"_s).toInt(), 1);
        const QJsonObject unlabeled = find(u"contacts->companies"_s, 279);
        QVERIFY(unlabeled.value(u"label"_s).isNull());
        QCOMPARE(unlabeled.value(u"inverseTypeId"_s).toInt(), 280);
        QVERIFY(unlabeled.value(u"inverseLabel"_s).isNull());
        QCOMPARE(unlabeled.value(u"limit"_s).toInt(), 5);
        const QJsonObject mentor = find(u"contacts->contacts"_s, 500);
        QCOMPARE(mentor.value(u"inverseTypeId"_s).toInt(), 501);
        QCOMPARE(mentor.value(u"inverseLabel"_s).toString(), u"Mentee"_s);
        const QJsonObject symmetric = find(u"contacts->contacts"_s, 449);
        QCOMPARE(symmetric.value(u"inverseTypeId"_s).toInt(), 449);
        // deals->companies has no reverse direction in the schema: no inverse to state.
        QVERIFY(!find(u"deals->companies"_s, 5).contains(u"inverseTypeId"_s));
    }

    void roundTrip() {
        const PortalSchema original = sampleSchema(false);
        const QByteArray bytes = SchemaDocument::write(original);
        const auto read = SchemaDocument::read(bytes);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        const PortalSchema &back = read.value();

        QCOMPARE(back.portal.portalId, original.portal.portalId);
        QCOMPARE(back.portal.uiDomain, original.portal.uiDomain);
        QCOMPARE(back.objectTypes.size(), original.objectTypes.size());
        for (const ObjectType &t : original.objectTypes) {
            const ObjectType *b = back.objectType(t.id);
            QVERIFY2(b, qPrintable(t.id));
            QCOMPARE(*b, t);
        }
        int withLabels = 0;
        for (const PairSchema &p : original.pairs) {
            if (p.labels.isEmpty()) {
                QVERIFY(!back.pair(p.pair));
                continue;
            }
            ++withLabels;
            const PairSchema *b = back.pair(p.pair);
            QVERIFY2(b, qPrintable(p.pair.key()));
            QCOMPARE(b->pair, p.pair);
            QCOMPARE(sortedLabels(b->labels), sortedLabels(p.labels));
            QCOMPARE(sortedLimits(b->limits), sortedLimits(p.limits));
        }
        QCOMPARE(back.pairs.size(), withLabels);
        // The reading side infers the same pairing.
        QCOMPARE(back.inverseOf({contacts, companies}, {user, 144}),
                 std::optional<LabelKey>(LabelKey{user, 145}));
        // And writing what was read gives the same bytes.
        QCOMPARE(SchemaDocument::write(back), bytes);
        // The QJsonObject entry points are the same format.
        QCOMPARE(QJsonDocument(SchemaDocument::toJson(original)).toJson(), bytes);
        const auto viaJson = SchemaDocument::fromJson(SchemaDocument::toJson(original));
        QVERIFY(viaJson);
        QCOMPARE(SchemaDocument::write(viaJson.value()), bytes);
    }

    void roundTripEmptyAndUnknownCategory() {
        PortalSchema empty;
        const QByteArray bytes = SchemaDocument::write(empty);
        const auto read = SchemaDocument::read(bytes);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QVERIFY(read->objectTypes.isEmpty());
        QVERIFY(read->pairs.isEmpty());
        QCOMPARE(read->portal.portalId, 0);
        QVERIFY(!documentObject(bytes).contains(u"portal"_s));

        PortalSchema odd;
        odd.objectTypes = {standard("tickets")};
        odd.pairs.insert(
            {u"0-5"_s, u"0-5"_s},
            makePair(u"0-5"_s, u"0-5"_s,
                     {lbl(AssociationCategory::fromApi(u"WORK"_s), 7, u"Escalation"_s),
                      lbl(AssociationCategory::fromApi(u"NEW_KIND"_s), 7, u"Other"_s)},
                     {{AssociationCategory::fromApi(u"NEW_KIND"_s), 7, u"Other"_s, 9}}));
        const auto back = SchemaDocument::read(SchemaDocument::write(odd));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        const PairSchema *p = back->pair({u"0-5"_s, u"0-5"_s});
        QVERIFY(p);
        QCOMPARE(sortedLabels(p->labels), sortedLabels(odd.pairs.first().labels));
        QCOMPARE(p->limits, odd.pairs.first().limits);
        QCOMPARE(p->labels.size(), 2);
        QCOMPARE(p->label({AssociationCategory::fromApi(u"NEW_KIND"_s), 7})->category.kind(),
                 AssociationCategory::Other);
    }

    void readRejects_data() {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("path");

        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("not JSON") << QByteArray("format: yaml") << QString();
        QTest::newRow("truncated")
            << SchemaDocument::write(sampleSchema(false)).left(200) << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("deep") << QByteArray(100000, '[') << QString();
        QTest::newRow("other format")
            << withChange([](QJsonObject &r) { r.insert(u"format"_s, u"something.else"_s); })
            << u"format"_s;
        QTest::newRow("no format")
            << withChange([](QJsonObject &r) { r.remove(u"format"_s); }) << u"format"_s;
        QTest::newRow("format not a string")
            << withChange([](QJsonObject &r) { r.insert(u"format"_s, 1); }) << u"format"_s;
        QTest::newRow("version 2")
            << withChange([](QJsonObject &r) { r.insert(u"formatVersion"_s, 2); })
            << u"formatVersion"_s;
        QTest::newRow("version 0")
            << withChange([](QJsonObject &r) { r.insert(u"formatVersion"_s, 0); })
            << u"formatVersion"_s;
        QTest::newRow("version as string")
            << withChange([](QJsonObject &r) { r.insert(u"formatVersion"_s, u"1"_s); })
            << u"formatVersion"_s;
        QTest::newRow("no version")
            << withChange([](QJsonObject &r) { r.remove(u"formatVersion"_s); })
            << u"formatVersion"_s;
        QTest::newRow("no objectTypes")
            << withChange([](QJsonObject &r) { r.remove(u"objectTypes"_s); }) << u"objectTypes"_s;
        QTest::newRow("type without id") << withChange([](QJsonObject &r) {
            QJsonArray types = r.value(u"objectTypes"_s).toArray();
            QJsonObject t = types.at(1).toObject();
            t.remove(u"objectTypeId"_s);
            types.replace(1, t);
            r.insert(u"objectTypes"_s, types);
        }) << u"objectTypes[1].objectTypeId"_s;
        QTest::newRow("type custom not a bool") << withChange([](QJsonObject &r) {
            QJsonArray types = r.value(u"objectTypes"_s).toArray();
            QJsonObject t = types.at(3).toObject();
            t.insert(u"custom"_s, u"yes"_s);
            types.replace(3, t);
            r.insert(u"objectTypes"_s, types);
        }) << u"objectTypes[3].custom"_s;
        QTest::newRow("no pairs") << withChange([](QJsonObject &r) { r.remove(u"pairs"_s); })
                                  << u"pairs"_s;
        QTest::newRow("pair from unknown type") << withChange([](QJsonObject &r) {
            QJsonArray pairs = r.value(u"pairs"_s).toArray();
            QJsonObject p = pairs.at(2).toObject();
            p.insert(u"from"_s, u"unicorns"_s);
            pairs.replace(2, p);
            r.insert(u"pairs"_s, pairs);
        }) << u"pairs[2].from"_s;
        QTest::newRow("pair to unknown type") << withChange([](QJsonObject &r) {
            QJsonArray pairs = r.value(u"pairs"_s).toArray();
            QJsonObject p = pairs.at(0).toObject();
            p.insert(u"to"_s, u"0-1"_s); // an id, not a portable name
            pairs.replace(0, p);
            r.insert(u"pairs"_s, pairs);
        }) << u"pairs[0].to"_s;
        QTest::newRow("limit 0") << withChange([](QJsonObject &r) {
            setLabelField(r, 1, 1, u"limit"_s, 0);
        }) << u"pairs[1].labels[1].limit"_s;
        QTest::newRow("limit -1") << withChange([](QJsonObject &r) {
            setLabelField(r, 1, 1, u"limit"_s, -1);
        }) << u"pairs[1].labels[1].limit"_s;
        QTest::newRow("limit fractional")
            << withChange([](QJsonObject &r) { setLabelField(r, 1, 1, u"limit"_s, 2.5); })
            << u"pairs[1].labels[1].limit"_s;
        QTest::newRow("limit as string")
            << withChange([](QJsonObject &r) { setLabelField(r, 1, 1, u"limit"_s, u"5"_s); })
            << u"pairs[1].labels[1].limit"_s;
        QTest::newRow("limit huge")
            << withChange([](QJsonObject &r) { setLabelField(r, 1, 1, u"limit"_s, 1e12); })
            << u"pairs[1].labels[1].limit"_s;
        QTest::newRow("label without typeId") << withChange([](QJsonObject &r) {
            setLabelField(r, 0, 2, u"typeId"_s, QJsonValue::Undefined);
        }) << u"pairs[0].labels[2].typeId"_s;
        QTest::newRow("label without category") << withChange([](QJsonObject &r) {
            setLabelField(r, 0, 0, u"category"_s, QJsonValue::Undefined);
        }) << u"pairs[0].labels[0].category"_s;
        QTest::newRow("label text a number")
            << withChange([](QJsonObject &r) { setLabelField(r, 0, 0, u"label"_s, 5); })
            << u"pairs[0].labels[0].label"_s;
        // Pairs name their types: a name or id listed twice would make them ambiguous.
        QTest::newRow("two types of one name")
            << withSecondTypeLike(1, u"objectTypeId"_s, u"0-116"_s) << u"objectTypes[4].name"_s;
        QTest::newRow("two types of one id") << withSecondTypeLike(1, u"name"_s, u"postal_mail"_s)
                                             << u"objectTypes[4].objectTypeId"_s;
        QTest::newRow("direction listed twice") << withChange([](QJsonObject &r) {
            QJsonArray pairs = r.value(u"pairs"_s).toArray();
            pairs.append(pairs.at(2));
            r.insert(u"pairs"_s, pairs);
        }) << u"pairs[6]"_s;
        QTest::newRow("label listed twice in a direction") << withChange([](QJsonObject &r) {
            QJsonArray pairs = r.value(u"pairs"_s).toArray();
            QJsonObject p = pairs.at(0).toObject();
            QJsonArray labels = p.value(u"labels"_s).toArray();
            QJsonObject copy = labels.at(2).toObject();
            copy.insert(u"label"_s, u"Another text"_s);
            labels.append(copy);
            p.insert(u"labels"_s, labels);
            pairs.replace(0, p);
            r.insert(u"pairs"_s, pairs);
        }) << u"pairs[0].labels[4].typeId"_s;
        QTest::newRow("portalId a string") << withChange([](QJsonObject &r) {
            r.insert(u"portal"_s, QJsonObject{{u"portalId"_s, u"7001234"_s}});
        }) << u"portal.portalId"_s;
        QTest::newRow("portal not an object")
            << withChange([](QJsonObject &r) { r.insert(u"portal"_s, 7001234); }) << u"portal"_s;
    }

    void readRejects() {
        QFETCH(QByteArray, document);
        QFETCH(QString, path);
        const auto read = SchemaDocument::read(document);
        QVERIFY(!read);
        QCOMPARE(read.error().path, path);
        QVERIFY(!read.error().message.isEmpty());
    }

    void readIgnoresDerivedAndUnknownFields() {
        // inverseTypeId, inverseLabel and hubspotDefined are derived: what is in the file does
        // not change what is read. Unknown fields are ignored.
        const QByteArray doc = withChange([](QJsonObject &r) {
            setLabelField(r, 0, 0, u"inverseTypeId"_s, 999);
            setLabelField(r, 0, 0, u"hubspotDefined"_s, true);
            setLabelField(r, 0, 0, u"comment"_s, u"hand-edited"_s);
            r.insert(u"exportedBy"_s, u"someone"_s);
        });
        const auto read = SchemaDocument::read(doc);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(SchemaDocument::write(read.value()), SchemaDocument::write(sampleSchema(false)));
    }

    void standardObjectTypes_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("id");

        QTest::newRow("id contact") << u"0-1"_s << u"0-1"_s;
        QTest::newRow("plural") << u"contacts"_s << u"0-1"_s;
        QTest::newRow("singular") << u"contact"_s << u"0-1"_s;
        QTest::newRow("capitalised") << u"Contacts"_s << u"0-1"_s;
        QTest::newRow("padded") << u" companies "_s << u"0-2"_s;
        QTest::newRow("company -ies") << u"company"_s << u"0-2"_s;
        QTest::newRow("deal") << u"deal"_s << u"0-3"_s;
        QTest::newRow("ticket id") << u"0-5"_s << u"0-5"_s;
        QTest::newRow("tickets") << u"TICKETS"_s << u"0-5"_s;
        QTest::newRow("line item") << u"line_item"_s << u"0-8"_s;
        QTest::newRow("line items") << u"line_items"_s << u"0-8"_s;
        QTest::newRow("notes") << u"notes"_s << u"0-46"_s;
        QTest::newRow("note") << u"note"_s << u"0-46"_s;
        QTest::newRow("postal mail") << u"postal_mail"_s << u"0-116"_s;
        QTest::newRow("lead") << u"lead"_s << u"0-136"_s;
        QTest::newRow("appointments") << u"0-421"_s << u"0-421"_s;
        QTest::newRow("unknown id") << u"0-999"_s << QString();
        QTest::newRow("custom id") << u"2-123456"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("typo") << u"contactss"_s << QString();
        QTest::newRow("prefix") << u"0-"_s << QString();
    }

    void standardObjectTypes() {
        QFETCH(QString, query);
        QFETCH(QString, id);
        const auto found = StandardObjectTypes::find(query);
        QCOMPARE(found.has_value(), !id.isEmpty());
        if (found) {
            QCOMPARE(found->id, id);
            QVERIFY(!found->custom);
            QVERIFY(!found->singularLabel.isEmpty());
            QVERIFY(!found->pluralLabel.isEmpty());
        }
    }

    void standardObjectTypesTable() {
        const QList<ObjectType> &all = StandardObjectTypes::all();
        QVERIFY(all.size() >= 28);
        QSet<QString> ids, names;
        for (const ObjectType &t : all) {
            QVERIFY2(t.id.startsWith(u"0-"_s), qPrintable(t.id));
            ids.insert(t.id);
            names.insert(t.name);
            // Every type is found by its id and by its name.
            QCOMPARE(StandardObjectTypes::find(t.id)->id, t.id);
            QCOMPARE(StandardObjectTypes::find(t.name)->id, t.id);
        }
        QCOMPARE(ids.size(), all.size());
        QCOMPARE(names.size(), all.size());
        QCOMPARE(StandardObjectTypes::find(u"contacts"_s)->pluralLabel, u"Contacts"_s);
    }
};

QTEST_GUILESS_MAIN(TestCoreSchemaDocument)
#include "test_core_schema_document.moc"
