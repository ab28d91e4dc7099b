// SPDX-License-Identifier: MIT
// Every client operation against the fake portal over loopback HTTP, in every API version.

#include "TestSupport.h"
#include "api/PortalLoader.h"
#include "core/LabelPairing.h"

#include <QTest>
#include <QUrlQuery>

using namespace assoc;
using namespace assoc::test;

namespace {
const ObjectTypePair contactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};

const AssociationLabel *findLabel(const QList<AssociationLabel> &labels, int typeId) {
    for (const AssociationLabel &l : labels) {
        if (l.typeId == typeId)
            return &l;
    }
    return nullptr;
}

const AssociationLabel *findText(const QList<AssociationLabel> &labels, const QString &text) {
    for (const AssociationLabel &l : labels) {
        if (l.label == text)
            return &l;
    }
    return nullptr;
}
} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
private slots:
    void listsHubSpotDefinedLabels();
    void createsPairedLabelVisibleBothWays();
    void createsSingleLabel();
    void renamesAndDeletes();
    void setsUpdatesAndRemovesLimits();
    void reportsBatchItemErrors();
    void everyVersionServesEveryOperation_data();
    void everyVersionServesEveryOperation();
    void reportsHubSpotErrors();
    void rejectsWrongToken();
    void sendsApiKeyHeader();
    void listsObjectTypesWithFallback();
    void readsAccountAndLimitsTracking();
    void loadsWholeLargePortal();
};

void TestApiClient::listsHubSpotDefinedLabels() {
    PortalFixture f;
    QVERIFY(f.start());
    auto result = await(f.connect()->listLabels(contactsCompanies));
    QVERIFY(result && result->ok());
    const AssociationLabel *primary = findLabel(result->value(), 1);
    const AssociationLabel *unlabeled = findLabel(result->value(), 279);
    QVERIFY(primary && unlabeled);
    QCOMPARE(primary->category.kind(), AssociationCategory::HubSpotDefined);
    QVERIFY(primary->label.has_value());
    QVERIFY(unlabeled->isUnlabeled());
    QCOMPARE(f.server->log().count(QStringLiteral("GET"),
                                   QStringLiteral("/crm/v4/associations/0-1/0-2/labels")),
             1);
}

void TestApiClient::createsPairedLabelVisibleBothWays() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    auto created = await(client->createLabel(
        contactsCompanies, {QStringLiteral("referrer_referred"), QStringLiteral("Referrer"),
                            QStringLiteral("Referred company")}));
    QVERIFY(created && created->ok());
    QCOMPARE(created->value().size(), 2);

    auto forward = await(client->listLabels(contactsCompanies));
    auto reverse = await(client->listLabels(contactsCompanies.reversed()));
    QVERIFY(forward && forward->ok() && reverse && reverse->ok());
    const AssociationLabel *fwd = findText(forward->value(), QStringLiteral("Referrer"));
    const AssociationLabel *rev = findText(reverse->value(), QStringLiteral("Referred company"));
    QVERIFY(fwd && rev);
    QVERIFY(fwd->typeId != rev->typeId);
    const auto pairing = LabelPairing::infer(forward->value(), reverse->value());
    QCOMPARE(pairing.value(fwd->key()), rev->key());
    // The fake holds exactly one new type per direction.
    QCOMPARE(f.server->state().labels(QStringLiteral("0-1"), QStringLiteral("0-2")).size(),
             forward->value().size());
}

void TestApiClient::createsSingleLabel() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    auto created = await(client->createLabel(
        contactsCompanies, {QStringLiteral("partner"), QStringLiteral("Partner"), std::nullopt}));
    QVERIFY(created && created->ok());
    auto reverse = await(client->listLabels(contactsCompanies.reversed()));
    QVERIFY(reverse && reverse->ok());
    QVERIFY(findText(reverse->value(), QStringLiteral("Partner")));
    const auto entries = f.server->log().entries(QStringLiteral("POST"), QStringLiteral("/labels"));
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries.first().body.contains("inverseLabel"));
}

void TestApiClient::renamesAndDeletes() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    auto created = await(client->createLabel(
        contactsCompanies,
        {QStringLiteral("mentor_mentee"), QStringLiteral("Mentor"), QStringLiteral("Mentee")}));
    QVERIFY(created && created->ok());
    auto forward = await(client->listLabels(contactsCompanies));
    const AssociationLabel *mentor = findText(forward->value(), QStringLiteral("Mentor"));
    QVERIFY(mentor);
    const int typeId = mentor->typeId;

    auto renamed = await(client->updateLabel(
        contactsCompanies, {typeId, QStringLiteral("Coach"), QStringLiteral("Coachee")}));
    QVERIFY(renamed && renamed->ok());
    auto after = await(client->listLabels(contactsCompanies));
    QVERIFY(findText(after->value(), QStringLiteral("Coach")));
    auto reverse = await(client->listLabels(contactsCompanies.reversed()));
    QVERIFY(findText(reverse->value(), QStringLiteral("Coachee")));

    auto limit = await(client->changeLimit(
        contactsCompanies, {AssociationCategory::UserDefined, typeId}, std::nullopt, 3));
    QVERIFY(limit && limit->ok());
    auto deleted = await(client->deleteLabel(contactsCompanies, typeId));
    QVERIFY(deleted && deleted->ok());
    auto gone = await(client->listLabels(contactsCompanies));
    QVERIFY(!findText(gone->value(), QStringLiteral("Coach")));
    auto goneReverse = await(client->listLabels(contactsCompanies.reversed()));
    QVERIFY(!findText(goneReverse->value(), QStringLiteral("Coachee")));
    QVERIFY(!f.server->state().limit(QStringLiteral("0-1"), QStringLiteral("0-2"),
                                     QStringLiteral("USER_DEFINED"), typeId));
}

void TestApiClient::setsUpdatesAndRemovesLimits() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    const LabelKey primary{AssociationCategory::HubSpotDefined, 1};
    auto created = await(client->changeLimit(contactsCompanies, primary, std::nullopt, 5));
    QVERIFY(created && created->ok());
    QCOMPARE(created->value().after, std::optional<int>(5));
    QCOMPARE(f.server->log().count(QStringLiteral("POST"), QStringLiteral("/batch/create")), 1);

    auto updated = await(client->changeLimit(contactsCompanies, primary, 5, 2));
    QVERIFY(updated && updated->ok());
    QCOMPARE(updated->value().before, std::optional<int>(5));
    QCOMPARE(f.server->log().count(QStringLiteral("POST"), QStringLiteral("/batch/update")), 1);

    auto limits = await(client->listLimits(contactsCompanies));
    QVERIFY(limits && limits->ok());
    bool seen = false;
    for (const AssociationLimit &l : limits->value())
        seen |= l.key() == primary && l.maxToObjectIds == 2;
    QVERIFY(seen);
    auto all = await(client->listAllLimits());
    QVERIFY(all && all->ok() && !all->value().isEmpty());

    auto removed = await(client->changeLimit(contactsCompanies, primary, 2, std::nullopt));
    QVERIFY(removed && removed->ok());
    QCOMPARE(removed->value().after, std::optional<int>());
    QVERIFY(!f.server->state().limit(QStringLiteral("0-1"), QStringLiteral("0-2"),
                                     QStringLiteral("HUBSPOT_DEFINED"), 1));

    // Removing what is not there sends no purge at all.
    const int purges =
        f.server->log().count(QStringLiteral("POST"), QStringLiteral("/batch/purge"));
    auto again = await(client->changeLimit(contactsCompanies, primary, std::nullopt, std::nullopt));
    QVERIFY(again && again->ok());
    QCOMPARE(f.server->log().count(QStringLiteral("POST"), QStringLiteral("/batch/purge")), purges);
}

void TestApiClient::reportsBatchItemErrors() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    // One valid and one invalid input: HubSpot applies the valid one and lists the other.
    auto batch =
        await(client->createLimits(contactsCompanies, {{AssociationCategory::HubSpotDefined, 1, 4},
                                                       {AssociationCategory::UserDefined, -1, 4}}));
    QVERIFY(batch && batch->ok());
    QCOMPARE(batch->value().results.size(), 1);
    QCOMPARE(batch->value().errors.size(), 1);
    QVERIFY(!batch->value().errors.first().message.isEmpty());

    // Nothing valid: CANCELED, and changeLimit turns that into an error with HubSpot's message.
    auto failed = await(client->changeLimit(
        contactsCompanies, {AssociationCategory::UserDefined, 999999}, std::nullopt, 4));
    QVERIFY(failed && !failed->ok());
    QVERIFY(!failed->error().message.isEmpty());
    QVERIFY(failed->error().userMessage().contains(failed->error().message));
}

void TestApiClient::everyVersionServesEveryOperation_data() {
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("v4") << QStringLiteral("v4") << QStringLiteral("/crm/v4/associations/");
    QTest::newRow("v4-dated") << QStringLiteral("v4-dated")
                              << QStringLiteral("/crm/associations/v4/");
    QTest::newRow("2026-03") << QStringLiteral("2026-03")
                             << QStringLiteral("/crm/associations/2026-03/");
    QTest::newRow("2026-09") << QStringLiteral("2026-09")
                             << QStringLiteral("/crm/associations/2026-09/");
}

void TestApiClient::everyVersionServesEveryOperation() {
    QFETCH(QString, version);
    QFETCH(QString, prefix);
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.version = *ApiVersions::fromId(version);
    HubSpotClient *client = f.connect(config);

    auto created = await(client->createLabel(
        contactsCompanies,
        {QStringLiteral("advisor"), QStringLiteral("Advisor"), QStringLiteral("Advised")}));
    QVERIFY2(succeeded(created), why(created).constData());
    auto labels = await(client->listLabels(contactsCompanies));
    QVERIFY(labels && labels->ok());
    const AssociationLabel *found = findText(labels->value(), QStringLiteral("Advisor"));
    QVERIFY(found);
    const AssociationLabel advisor = *found;
    auto check = [](const auto &result) { return QString::fromUtf8(why(result)); };
    QString problem = check(await(client->updateLabel(
        contactsCompanies, {advisor.typeId, QStringLiteral("Adviser"), std::nullopt})));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = check(await(client->changeLimit(contactsCompanies, advisor.key(), std::nullopt, 7)));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = check(await(client->changeLimit(contactsCompanies, advisor.key(), 7, 6)));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(f.server->state().limit(QStringLiteral("0-1"), QStringLiteral("0-2"),
                                     QStringLiteral("USER_DEFINED"), advisor.typeId),
             std::optional<int>(6));
    problem = check(await(client->changeLimit(contactsCompanies, advisor.key(), 6, std::nullopt)));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = check(await(client->listAllLimits()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = check(await(client->deleteLabel(contactsCompanies, advisor.typeId)));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Every association request went to this version's paths.
    for (const auto &entry : f.server->log().entries()) {
        if (entry.path.contains(QStringLiteral("associations")) &&
            !entry.path.startsWith(QStringLiteral("/crm/v3/limits")))
            QVERIFY2(entry.path.startsWith(prefix), qPrintable(entry.path));
    }
}

void TestApiClient::reportsHubSpotErrors() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    auto missing = await(client->deleteLabel(contactsCompanies, 987654));
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().kind, ApiError::Kind::Http);
    QCOMPARE(missing->error().httpStatus, 404);
    QVERIFY(!missing->error().correlationId.isEmpty());
    QVERIFY(!missing->error().message.isEmpty());
    QVERIFY(missing->error().userMessage().contains(missing->error().correlationId));

    auto invalid = await(client->createLabel(
        contactsCompanies, {QStringLiteral("Bad Name!"), QStringLiteral("x"), std::nullopt}));
    QVERIFY(invalid && !invalid->ok());
    QCOMPARE(invalid->error().httpStatus, 400);
    QCOMPARE(invalid->error().category, QStringLiteral("VALIDATION_ERROR"));

    auto hubspotDefined = await(client->deleteLabel(contactsCompanies, 279));
    QVERIFY(hubspotDefined && !hubspotDefined->ok());
    QCOMPARE(hubspotDefined->error().httpStatus, 400);

    auto unknownType = await(client->listLabels({QStringLiteral("0-1"), QStringLiteral("2-404")}));
    QVERIFY(unknownType && !unknownType->ok());
    QCOMPARE(unknownType->error().httpStatus, 400);
}

void TestApiClient::rejectsWrongToken() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.credentials = Credentials::privateApp(QStringLiteral("pat-fake-wrong"));
    auto result = await(f.connect(config)->listLabels(contactsCompanies));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::SignInRequired);
    QCOMPARE(result->error().httpStatus, 401);
    QCOMPARE(result->error().category, QStringLiteral("INVALID_AUTHENTICATION"));
    QVERIFY(!result->error().correlationId.isEmpty());
    QVERIFY(!result->error().userMessage().contains(QStringLiteral("pat-fake-wrong")));
    QVERIFY(!result->error().details().contains(QStringLiteral("pat-fake-wrong")));
    // One attempt only: retrying bad credentials cannot help.
    QCOMPARE(f.server->log().count(), 1);
}

void TestApiClient::sendsApiKeyHeader() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.credentials =
        Credentials::apiKey(f.server->privateAppToken(), QStringLiteral("private-app-legacy"));
    auto result = await(f.connect(config)->listLabels(contactsCompanies));
    QVERIFY(result && result->ok());
    const auto entry = f.server->log().entries().last();
    QCOMPARE(entry.header("private-app-legacy"), f.server->privateAppToken().toUtf8());
    QVERIFY(entry.header("Authorization").isEmpty());
}

void TestApiClient::listsObjectTypesWithFallback() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    auto types = await(client->listObjectTypes());
    QVERIFY(types && types->ok());
    bool vehicles = false;
    for (const ObjectType &t : types->value())
        vehicles |=
            t.custom && t.name == QLatin1String("vehicles") && t.id.startsWith(QLatin1String("2-"));
    QVERIFY(vehicles);
    QVERIFY(StandardObjectTypes::find(QStringLiteral("contacts")).has_value());
    // Only the types: their properties, associations and audit fields grow with the portal and
    // the app reads none of them.
    const auto listings =
        f.server->log().entries(QStringLiteral("GET"), QStringLiteral("/crm-object-schemas/"));
    QCOMPARE(listings.size(), 1);
    const QUrlQuery asked(listings.first().query);
    for (const char *part :
         {"includePropertyDefinitions", "includeAssociationDefinitions", "includeAuditMetadata"})
        QCOMPARE(asked.queryItemValue(QLatin1String(part)), QStringLiteral("false"));

    f.server->config().schemasNewPathAvailable = false;
    auto fallback = await(client->listCustomObjectTypes());
    QVERIFY(fallback && fallback->ok());
    QCOMPARE(fallback->value().size(), types->value().size() - 4);
    QCOMPARE(f.server->log().count(QStringLiteral("GET"), QStringLiteral("/crm/v3/schemas")), 1);
}

void TestApiClient::readsAccountAndLimitsTracking() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    auto account = await(client->accountInfo());
    QVERIFY(account && account->ok());
    QCOMPARE(account->value().portalId, f.server->state().portalId());
    QVERIFY(!account->value().uiDomain.isEmpty());

    auto usage = await(client->labelUsage(contactsCompanies));
    QVERIFY(usage && usage->ok());
    QVERIFY(!usage->value().isEmpty());
    QCOMPARE(usage->value().first().from.objectTypeId, QStringLiteral("0-1"));
    QVERIFY(usage->value().first().limit > 0);

    auto records = await(client->recordLimitReport(contactsCompanies));
    QVERIFY(records && records->ok());
    QVERIFY(records->value().limit > 0);
}

void TestApiClient::loadsWholeLargePortal() {
    PortalFixture f;
    QVERIFY(f.start(fake::Seed::Large, 20));
    ClientConfig config = f.config();
    config.connection.maxInFlight = 16;
    HubSpotClient *client = f.connect(config);
    PortalLoader loader(client);
    auto *call = loader.load();
    int lastProgress = 0;
    QObject::connect(call, &ApiCall::progress, call,
                     [&lastProgress](int done, int) { lastProgress = done; });
    auto schema = await(call, 60000);
    QVERIFY(schema && schema->ok());
    QCOMPARE(schema->value().objectTypes.size(), 20);
    // Every ordered pair, same-object ones included, carries labels in the large seed.
    QCOMPARE(schema->value().pairs.size(), 400);
    int limits = 0;
    for (const PairSchema &p : schema->value().pairs)
        limits += p.limitCount();
    QCOMPARE(limits, int(f.server->state().limits().size()));
    QVERIFY(lastProgress >= 400);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "test_api_client.moc"
