// SPDX-License-Identifier: MIT
// ObjectTypeResolver: what the user typed for an object type, to an object type, asking the
// (fake) portal for its custom objects only when a name is not a standard one.

#include "TestSupport.h"
#include "cli/ObjectTypeResolver.h"

#include <QTest>

using namespace assoc;
using namespace assoc::cli;

namespace {
// Resolves and waits for the one answer.
std::optional<ObjectTypeResolver::Outcome> resolve(HubSpotClient *client,
                                                   const QStringList &inputs) {
    ObjectTypeResolver resolver(client);
    std::optional<ObjectTypeResolver::Outcome> out;
    int answers = 0;
    resolver.resolve(inputs, [&](const ObjectTypeResolver::Outcome &o) {
        ++answers;
        out = o;
    });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000) || answers != 1)
        return std::nullopt;
    return out;
}

QStringList idsOf(const ObjectTypeResolver::Outcome &outcome) {
    QStringList out;
    for (const ObjectType &t : outcome.types)
        out.append(t.id);
    return out;
}
} // namespace

class TestCliObjectTypeResolver : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void idsLookLikeIds();
    void standardNamesAndIdsResolveLocally();
    void customNamesAreFound();
    void standardInputsAskNothing();
    void customNamesAskThePortal();
    void anUnknownNameListsTheKnownOnes();
    void aFailedListingIsReported();

private:
    std::unique_ptr<test::PortalFixture> m_portal;
};

void TestCliObjectTypeResolver::init() {
    m_portal = std::make_unique<test::PortalFixture>();
    QVERIFY(m_portal->start(fake::Seed::Demo));
}

void TestCliObjectTypeResolver::cleanup() {
    m_portal.reset();
}

void TestCliObjectTypeResolver::idsLookLikeIds() {
    QVERIFY(ObjectTypeResolver::looksLikeId(QStringLiteral("0-1")));
    QVERIFY(ObjectTypeResolver::looksLikeId(QStringLiteral("2-7300101")));
    QVERIFY(!ObjectTypeResolver::looksLikeId(QStringLiteral("contacts")));
    QVERIFY(!ObjectTypeResolver::looksLikeId(QStringLiteral("0-")));
    QVERIFY(!ObjectTypeResolver::looksLikeId(QStringLiteral("0-1x")));
}

void TestCliObjectTypeResolver::standardNamesAndIdsResolveLocally() {
    for (const QString &input : {QStringLiteral("contacts"), QStringLiteral(" Contacts "),
                                 QStringLiteral("contact"), QStringLiteral("0-1")}) {
        const auto type = ObjectTypeResolver::resolveLocally(input);
        QVERIFY2(type, qPrintable(input));
        QCOMPARE(type->id, QStringLiteral("0-1"));
    }
    const auto custom = ObjectTypeResolver::resolveLocally(QStringLiteral("2-7300101"));
    QVERIFY(custom);
    QVERIFY(custom->custom);
    QVERIFY(!ObjectTypeResolver::resolveLocally(QStringLiteral("vehicles")));
}

void TestCliObjectTypeResolver::customNamesAreFound() {
    const QList<ObjectType> custom{ObjectType{
        QStringLiteral("2-7300101"), QStringLiteral("vehicles"), QStringLiteral("Vehicle"),
        QStringLiteral("Vehicles"), QStringLiteral("p7001234_vehicles"), true}};
    for (const QString &input : {QStringLiteral("vehicles"), QStringLiteral("VEHICLES"),
                                 QStringLiteral("p7001234_vehicles"), QStringLiteral("2-7300101")})
        QVERIFY2(ObjectTypeResolver::findCustom(input, custom), qPrintable(input));
    QVERIFY(!ObjectTypeResolver::findCustom(QStringLiteral("boats"), custom));
}

void TestCliObjectTypeResolver::standardInputsAskNothing() {
    HubSpotClient *client = m_portal->connect();
    const auto outcome = resolve(client, {QStringLiteral("contacts"), QStringLiteral("0-2")});
    QVERIFY(outcome);
    QVERIFY(outcome->ok());
    QCOMPARE(idsOf(*outcome), (QStringList{QStringLiteral("0-1"), QStringLiteral("0-2")}));
    QCOMPARE(m_portal->server->log().count(), 0);
}

void TestCliObjectTypeResolver::customNamesAskThePortal() {
    HubSpotClient *client = m_portal->connect();
    const auto outcome = resolve(client, {QStringLiteral("vehicles"), QStringLiteral("contacts"),
                                          QStringLiteral("p7001234_projects")});
    QVERIFY(outcome);
    QVERIFY(outcome->ok());
    QCOMPARE(idsOf(*outcome), (QStringList{QStringLiteral("2-7300101"), QStringLiteral("0-1"),
                                           QStringLiteral("2-7300103")}));
    QVERIFY(m_portal->server->log().count() >= 1);
}

void TestCliObjectTypeResolver::anUnknownNameListsTheKnownOnes() {
    HubSpotClient *client = m_portal->connect();
    const auto outcome = resolve(client, {QStringLiteral("contacts"), QStringLiteral("boats")});
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->unknown, QStringLiteral("boats"));
    QVERIFY(outcome->types.isEmpty());
    QVERIFY2(outcome->known.contains(QStringLiteral("vehicles")),
             qPrintable(outcome->known.join(u',')));
    QVERIFY(!outcome->apiError);
}

void TestCliObjectTypeResolver::aFailedListingIsReported() {
    ClientConfig config = m_portal->config();
    config.connection.maxRetries = 0;
    HubSpotClient *client = m_portal->connect(config);
    m_portal->server->faults().script({fake::FaultInjector::Kind::ServerError, 500}, 1000,
                                      QStringLiteral("/schemas"));
    const auto outcome = resolve(client, {QStringLiteral("vehicles")});
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QVERIFY(outcome->apiError);
    QCOMPARE(outcome->apiError->httpStatus, 500);
}

QTEST_GUILESS_MAIN(TestCliObjectTypeResolver)
#include "test_cli_object_type_resolver.moc"
