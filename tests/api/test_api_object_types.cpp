// SPDX-License-Identifier: MIT
// Which object types a whole-portal read covers (ObjectTypeChoice), against the fake portal over
// real HTTP: Auto reads exactly the core four, the custom objects and the standard types the
// portal-wide listings mention; types the portal lacks (400) or the token may not read (403) are
// named once and never fail a load; limits of pairs outside the chosen types stay out.

#include "TestSupport.h"
#include "api/PortalLoader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;

namespace {
QStringList idsOf(const QList<ObjectType> &types) {
    QStringList out;
    for (const ObjectType &t : types)
        out.append(t.id);
    return out;
}

// Every object type id a labels or limits request of the log names in its path.
QSet<QString> typesRequested(const fake::RequestLog &log) {
    static const QRegularExpression pair(
        u"/crm/v4/associations/([0-9]+-[0-9]+)/([0-9]+-[0-9]+)/"_s);
    QSet<QString> out;
    for (const fake::RequestLogEntry &e : log.entries()) {
        const QRegularExpressionMatch m = pair.match(e.path);
        if (m.hasMatch())
            out << m.captured(1) << m.captured(2);
    }
    return out;
}

const QStringList demoCustom{u"2-7300101"_s, u"2-7300102"_s, u"2-7300103"_s};
} // namespace

class TestApiObjectTypes : public QObject {
    Q_OBJECT

private slots:
    void autoReadsCoreCustomAndMentionedTypes() {
        PortalFixture f;
        QVERIFY(f.start(fake::Seed::Demo));
        ClientConfig config = f.config();
        config.objectTypes = ObjectTypeChoice::automatic();
        PortalLoader loader(f.connect(config));
        const auto schema = await(loader.load(), 60000);
        QVERIFY2(succeeded(schema), why(schema).constData());

        // The demo's labels beyond the core four: deals↔line items, leads↔contacts,
        // appointments↔contacts, services↔courses; nothing else is mentioned.
        const QStringList expected =
            QStringList{u"0-1"_s,   u"0-2"_s,   u"0-3"_s,   u"0-5"_s,  u"0-8"_s,
                        u"0-136"_s, u"0-162"_s, u"0-410"_s, u"0-421"_s} +
            demoCustom;
        QCOMPARE(idsOf(schema->value().objectTypes), expected);
        QVERIFY(schema->value().unavailableTypes.isEmpty());
        QCOMPARE(typesRequested(f.server->log()), QSet<QString>(expected.begin(), expected.end()));
        // The portal-wide listings were read once each, before choosing.
        QCOMPARE(f.server->log().count(u"GET"_s, u"/crm/v3/limits/associations/labels"_s), 1);
        QCOMPARE(f.server->log().count(u"GET"_s, u"/definitions/configurations/all"_s), 1);

        // The limits of a non-core pair land on it, the HubSpot-defined one included.
        const PairSchema *dealLineItem = schema->value().pair({u"0-3"_s, u"0-8"_s});
        QVERIFY(dealLineItem);
        QCOMPARE(dealLineItem->limitCount(), 2);
        QCOMPARE(dealLineItem->limitFor({AssociationCategory::HubSpotDefined, 19}),
                 std::optional<int>(100));
    }

    void coreLeavesLimitsOfOtherPairsOut() {
        PortalFixture f;
        QVERIFY(f.start(fake::Seed::Demo));
        ClientConfig config = f.config();
        config.objectTypes = ObjectTypeChoice::core();
        PortalLoader loader(f.connect(config));
        const auto schema = await(loader.load(), 60000);
        // Before the choice, a limit of a pair outside the loaded types failed the load
        // ("matches 0 pairs"); the demo has such limits on deals → line items now.
        QVERIFY2(succeeded(schema), why(schema).constData());
        QCOMPARE(idsOf(schema->value().objectTypes),
                 QStringList({u"0-1"_s, u"0-2"_s, u"0-3"_s, u"0-5"_s}) + demoCustom);
        QVERIFY(!schema->value().pair({u"0-3"_s, u"0-8"_s}));
        QVERIFY(!typesRequested(f.server->log()).contains(u"0-8"_s));
        const PairSchema *contactCompany = schema->value().pair({u"0-1"_s, u"0-2"_s});
        QVERIFY(contactCompany);
        QCOMPARE(contactCompany->limitFor({AssociationCategory::HubSpotDefined, 279}),
                 std::optional<int>(25));
    }

    void unavailableTypesAreNamedOnceAndSkipped() {
        PortalFixture f;
        QVERIFY(f.start(fake::Seed::Demo)); // listings absent, users denied
        ClientConfig config = f.config();
        config.objectTypes = ObjectTypeChoice::all();
        PortalLoader loader(f.connect(config));
        const auto schema = await(loader.load(), 120000);
        QVERIFY2(succeeded(schema), why(schema).constData());

        const QStringList ids = idsOf(schema->value().objectTypes);
        QCOMPARE(ids.size(), int(StandardObjectTypes::all().size()) - 2 + 3);
        QVERIFY(!ids.contains(u"0-420"_s));
        QVERIFY(!ids.contains(u"0-115"_s));
        const QList<UnavailableObjectType> &out = schema->value().unavailableTypes;
        QCOMPARE(out.size(), 2);
        const auto find = [&out](const QString &id) {
            return *std::find_if(out.begin(), out.end(),
                                 [&id](const UnavailableObjectType &u) { return u.type.id == id; });
        };
        const UnavailableObjectType listings = find(u"0-420"_s);
        QCOMPARE(listings.reason, UnavailableObjectType::Reason::NotInPortal);
        QVERIFY2(listings.hubSpotMessage.contains(u"Unable to infer object type from: 0-420"_s),
                 qPrintable(listings.hubSpotMessage));
        QVERIFY(!listings.correlationId.isEmpty());
        QVERIFY(listings.describe().startsWith(u"Listings — not available: "_s));
        const UnavailableObjectType users = find(u"0-115"_s);
        QCOMPARE(users.reason, UnavailableObjectType::Reason::NotPermitted);
        QVERIFY2(users.describe().contains(u"crm.objects.users.read"_s),
                 qPrintable(users.describe()));

        // One request each found them out; no pair of theirs was asked for after that.
        QCOMPARE(f.server->log().count(u"GET"_s, u"/0-420/"_s), 1);
        QCOMPARE(f.server->log().count(u"GET"_s, u"/0-115/"_s), 1);
    }

    void listChoosesExactlyTheTypesNamed() {
        PortalFixture f;
        QVERIFY(f.start(fake::Seed::Demo));
        ClientConfig config = f.config();
        config.objectTypes =
            ObjectTypeChoice::parse(u"line_items,deals,p7001234_vehicles,listings,gadgets"_s)
                .value();
        auto selection = await(f.connect(config)->selectObjectTypes());
        QVERIFY2(succeeded(selection), why(selection).constData());
        QCOMPARE(idsOf(selection->value().types),
                 (QStringList{u"0-3"_s, u"0-8"_s, u"2-7300101"_s}));
        QCOMPARE(selection->value().unavailable.size(), 2);
        QCOMPARE(selection->value().unavailable.at(0).reason,
                 UnavailableObjectType::Reason::UnknownName);
        QCOMPARE(selection->value().unavailable.at(0).type.id, u"gadgets"_s);
        QCOMPARE(selection->value().unavailable.at(1).type.id, u"0-420"_s);
        // Only Auto reads the portal-wide listings to choose.
        QCOMPARE(f.server->log().count(u"GET"_s, u"/crm/v3/limits/associations/labels"_s), 0);
    }

    void otherFailuresKeepTheType() {
        PortalFixture f;
        QVERIFY(f.start(fake::Seed::Demo));
        ClientConfig config = f.config();
        config.objectTypes = ObjectTypeChoice::parse(u"line_items,listings"_s).value();
        config.connection.maxRetries = 0;
        f.server->faults().script({fake::FaultInjector::Kind::ServerError, 500}, 1, u"/0-8/0-8/"_s);
        auto selection = await(f.connect(config)->selectObjectTypes());
        QVERIFY2(succeeded(selection), why(selection).constData());
        // A server error says nothing about the type: it stays, its pairs tell later.
        QCOMPARE(idsOf(selection->value().types), QStringList{u"0-8"_s});
        QCOMPARE(selection->value().unavailable.size(), 1);
        QCOMPARE(f.server->log().entries(u"GET"_s, u"/0-8/0-8/"_s).constFirst().status, 500);
    }
};

QTEST_GUILESS_MAIN(TestApiObjectTypes)
#include "test_api_object_types.moc"
