// SPDX-License-Identifier: MIT
// ObjectTypeChoice: parse/format round trips, and which types each choice selects;
// MentionedObjectTypes: which types the portal-wide listings name.

#include "core/MentionedObjectTypes.h"
#include "core/ObjectTypeChoice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace assoc;
using namespace Qt::StringLiterals;

namespace {
ObjectType customType(const QString &id, const QString &name, const QString &fqn) {
    ObjectType t;
    t.id = id;
    t.name = name;
    t.fullyQualifiedName = fqn;
    t.pluralLabel = name;
    t.custom = true;
    return t;
}

QStringList ids(const QList<ObjectType> &types) {
    QStringList out;
    for (const ObjectType &t : types)
        out.append(t.id);
    return out;
}

const QList<ObjectType> customs{customType(u"2-11"_s, u"cars"_s, u"p77_cars"_s),
                                customType(u"2-12"_s, u"boats"_s, u"p77_boats"_s)};
} // namespace

class TestCoreObjectTypeChoice : public QObject {
    Q_OBJECT

private slots:
    void defaultIsAuto() {
        QCOMPARE(ObjectTypeChoice().mode(), ObjectTypeChoice::Mode::Auto);
        QCOMPARE(ObjectTypeChoice().toString(), u"auto"_s);
    }

    void parseAndFormat_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("formatted");
        using M = ObjectTypeChoice::Mode;
        QTest::newRow("core") << u"core"_s << int(M::Core) << u"core"_s;
        QTest::newRow("all, any case") << u" ALL "_s << int(M::All) << u"all"_s;
        QTest::newRow("auto") << u"auto"_s << int(M::Auto) << u"auto"_s;
        QTest::newRow("ids") << u"0-1,0-3,p_custom"_s << int(M::List)
                             << u"contacts,deals,p_custom"_s;
        QTest::newRow("names, singular, spaces, duplicates")
            << u"deals, line_item ,LINE_ITEMS,2-123"_s << int(M::List)
            << u"deals,line_items,2-123"_s;
    }
    void parseAndFormat() {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(QString, formatted);
        const auto choice = ObjectTypeChoice::parse(text);
        QVERIFY2(choice, qPrintable(choice ? QString() : choice.error()));
        QCOMPARE(int(choice.value().mode()), mode);
        QCOMPARE(choice.value().toString(), formatted);
        const auto again = ObjectTypeChoice::parse(formatted);
        QVERIFY(again);
        QCOMPARE(again.value(), choice.value());
        const auto viaJson = ObjectTypeChoice::fromJson(choice.value().toJson());
        QVERIFY(viaJson);
        QCOMPARE(viaJson.value(), choice.value());
    }

    void parseRefuses_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("only commas") << u" , ,"_s;
        QTest::newRow("path-like") << u"deals,../x"_s;
        QTest::newRow("standard-like id") << u"0-1,3-4"_s;
    }
    void parseRefuses() {
        QFETCH(QString, text);
        const auto choice = ObjectTypeChoice::parse(text);
        QVERIFY(!choice);
        QVERIFY(!choice.error().isEmpty());
    }

    void fromJsonRefusesNonText() {
        QVERIFY(!ObjectTypeChoice::fromJson(QJsonValue(3)));
        QVERIFY(!ObjectTypeChoice::fromJson(QJsonValue(QJsonObject())));
    }

    void selectCore() {
        QCOMPARE(ids(ObjectTypeChoice::core().select(customs, {u"0-8"_s})),
                 (QStringList{u"0-1"_s, u"0-2"_s, u"0-3"_s, u"0-5"_s, u"2-11"_s, u"2-12"_s}));
    }

    void selectAll() {
        const QStringList all = ids(ObjectTypeChoice::all().select(customs));
        QCOMPARE(all.size(), StandardObjectTypes::all().size() + 2);
        QVERIFY(all.contains(u"0-420"_s));
        QCOMPARE(all.last(), u"2-12"_s);
    }

    void selectAutoAddsMentionedStandardTypesOnly() {
        const auto chosen = ObjectTypeChoice::automatic().select(
            customs, {u"0-136"_s, u"0-8"_s, u"2-99"_s, u"0-1"_s});
        QCOMPARE(ids(chosen), (QStringList{u"0-1"_s, u"0-2"_s, u"0-3"_s, u"0-5"_s, u"0-8"_s,
                                           u"0-136"_s, u"2-11"_s, u"2-12"_s}));
    }

    void selectListMatchesCustomByIdNameOrQualifiedName() {
        const auto choice = ObjectTypeChoice::parse(u"line_items,boats,p77_cars,nothing"_s);
        QVERIFY(choice);
        QCOMPARE(ids(choice.value().select(customs)),
                 (QStringList{u"0-8"_s, u"2-11"_s, u"2-12"_s}));
        QCOMPARE(choice.value().unmatchedEntries(customs), QStringList{u"nothing"_s});
        QCOMPARE(ids(ObjectTypeChoice::parse(u"2-12"_s).value().select(customs)),
                 QStringList{u"2-12"_s});
    }

    void mentionedFromUsageAndHubSpotDefinedLimits() {
        LabelUsage usage;
        usage.from.objectTypeId = u"0-136"_s;
        usage.to.objectTypeId = u"0-1"_s;
        AssociationLimit dealLineItem;
        dealLineItem.category = AssociationCategory::HubSpotDefined;
        dealLineItem.typeId = 20;
        dealLineItem.maxToObjectIds = 5;
        AssociationLimit userLimit;
        userLimit.category = AssociationCategory::UserDefined;
        userLimit.typeId = 20; // the same number means nothing in another category
        userLimit.maxToObjectIds = 2;
        AssociationLimit noLimit;
        noLimit.category = AssociationCategory::HubSpotDefined;
        noLimit.typeId = 454; // postal mail, but without a user limit
        QCOMPARE(MentionedObjectTypes::from({usage}, {dealLineItem, userLimit, noLimit}),
                 (QSet<QString>{u"0-136"_s, u"0-1"_s, u"0-8"_s}));
        QCOMPARE(MentionedObjectTypes::ofHubSpotDefinedType(68),
                 (QSet<QString>{u"0-14"_s, u"0-8"_s}));
        QVERIFY(MentionedObjectTypes::ofHubSpotDefinedType(279).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoreObjectTypeChoice)
#include "test_core_object_type_choice.moc"
