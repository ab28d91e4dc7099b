// SPDX-License-Identifier: MIT
// JSON mapping: every response shape of the API notes (§2, §3, §4, §6, §7) parses to the right
// values; missing or mistyped required fields give a ParseError naming the field's path; hostile
// bodies never crash; request bodies have the shapes HubSpot expects.

#include "core/JsonMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace assoc;
using namespace Qt::StringLiterals;

// Declared before the test data: moc does not understand raw string literals.
class TestCoreJson : public QObject {
    Q_OBJECT

private slots:
    void labelsCollection();
    void labelsDocsExample();
    void labelsNewerFieldsAndCategories();
    void labelsEmptyCollection();
    void labelRoundTripThroughToJson();
    void labelsStrictness_data();
    void labelsStrictness();
    void negativeTypeIdIsAnInt32();
    void limitsCollection();
    void limitRoundTripThroughToJson();
    void limitsStrictness_data();
    void limitsStrictness();
    void batchCreated201();
    void batchMultiStatus207();
    void batchUpdate200WithoutLabel();
    void batch202609WithErrorsInside200();
    void batchPurgeVoid();
    void batchCanceled();
    void batchStrictness_data();
    void batchStrictness();
    void objectSchemas();
    void accountInfo();
    void labelUsage();
    void recordLimitReport();
    void tokenGrant();
    void errorBodies();
    void oddErrorBodiesStillYieldWhatTheyCan();
    void hostileInput_data();
    void hostileInput();
    void hostileInputSpecificOutcomes();
    void createRequestSingle();
    void createRequestPaired();
    void updateRequest();
    void limitInputsBody();
    void purgeBody();
};

namespace {

template <typename T> QByteArray why(const json::Parsed<T> &parsed) {
    return parsed ? QByteArray("parsed") : parsed.error().toString().toUtf8();
}

// Every parser as "body in, ok or error out", for the hostile-input sweep.
struct AnyParser {
    const char *name;
    std::function<std::optional<ParseError>(const QByteArray &)> run;
};

template <typename T> std::optional<ParseError> errorOf(const json::Parsed<T> &parsed) {
    if (parsed)
        return std::nullopt;
    return parsed.error();
}

QList<AnyParser> allParsers() {
    return {
        {"labels", [](const QByteArray &b) { return errorOf(json::parseLabelCollection(b)); }},
        {"limits", [](const QByteArray &b) { return errorOf(json::parseLimitCollection(b)); }},
        {"batch", [](const QByteArray &b) { return errorOf(json::parseBatchResult(b)); }},
        {"schemas", [](const QByteArray &b) { return errorOf(json::parseObjectSchemas(b)); }},
        {"account", [](const QByteArray &b) { return errorOf(json::parseAccountInfo(b)); }},
        {"labelUsage", [](const QByteArray &b) { return errorOf(json::parseLabelUsage(b)); }},
        {"recordLimits",
         [](const QByteArray &b) { return errorOf(json::parseRecordLimitReport(b)); }},
        {"token", [](const QByteArray &b) { return errorOf(json::parseTokenGrant(b)); }},
        {"error", [](const QByteArray &b) { return errorOf(json::parseErrorBody(b)); }},
    };
}

const QByteArray labelsBody = R"({"results":[
  {"category":"HUBSPOT_DEFINED","typeId":1,"label":"Primary"},
  {"category":"HUBSPOT_DEFINED","typeId":279,"label":null},
  {"category":"HUBSPOT_DEFINED","typeId":280},
  {"category":"USER_DEFINED","typeId":26,"label":"Billing contact","somethingNew":{"x":[1,2]}},
  {"category":"USER_DEFINED","typeId":28,"label":""}
]})";

const QByteArray docsExample =
    R"({"results":[{"category":"USER_DEFINED","typeId":145,"label":"Employee"},{"category":"USER_DEFINED","typeId":144,"label":"Manager"}]})";

const QByteArray labels2026 = R"({"results":[
  {"category":"USER_DEFINED","typeId":144,"label":"Manager","fromObjectTypeId":"0-1","toObjectTypeId":"2-123456"},
  {"category":"WORK","typeId":500,"label":"Assigned"},
  {"category":"PARTNER_DEFINED","typeId":7,"label":"From the future"},
  {"category":"INTEGRATOR_DEFINED","typeId":9001,"label":"Synced"}
]})";

const QByteArray limitsBody = R"({"results":[
  {"category":"HUBSPOT_DEFINED","typeId":279,"label":null,"userEnforcedMaxToObjectIds":5},
  {"category":"USER_DEFINED","typeId":144,"label":"Manager","userEnforcedMaxToObjectIds":1},
  {"category":"USER_DEFINED","typeId":145,"label":"Employee"},
  {"category":"USER_DEFINED","typeId":146,"label":"Colleague","userEnforcedMaxToObjectIds":null}
]})";

const QByteArray batch201 = R"({
  "status":"COMPLETE",
  "results":[{"category":"USER_DEFINED","typeId":144,"label":"Manager","userEnforcedMaxToObjectIds":3}],
  "requestedAt":"2025-01-10T09:00:00Z",
  "startedAt":"2025-01-10T09:00:00.120Z",
  "completedAt":"2025-01-10T09:00:00.480Z",
  "links":{"self":"https://api.hubapi.com/x"}
})";

const QByteArray batch207 = R"({
  "status":"COMPLETE",
  "results":[{"category":"USER_DEFINED","typeId":144,"label":"Manager","userEnforcedMaxToObjectIds":3}],
  "numErrors":1,
  "errors":[{
    "status":"400",
    "category":"VALIDATION_ERROR",
    "message":"Limit must be in range 1-9",
    "errors":[{"message":"out of range","in":"maxToObjectIds"}],
    "context":{"typeId":["145"],"validRange":["1","9"]},
    "links":{},
    "id":"abc",
    "subCategory":{"reason":"LIMIT_TOO_HIGH"}
  }],
  "startedAt":"2025-01-10T09:00:00Z",
  "completedAt":"2025-01-10T09:00:01Z"
})";

const QByteArray batchUpdate200 = R"({
  "status":"COMPLETE",
  "results":[
    {"category":"USER_DEFINED","typeId":144,"userEnforcedMaxToObjectIds":2},
    {"category":"HUBSPOT_DEFINED","typeId":1,"userEnforcedMaxToObjectIds":1}
  ],
  "startedAt":"2025-01-10T09:00:00Z",
  "completedAt":"2025-01-10T09:00:01Z"
})";

const QByteArray batch202609 = R"({
  "status":"COMPLETE",
  "results":[{"category":"USER_DEFINED","typeId":144,"label":"Manager","userEnforcedMaxToObjectIds":4}],
  "errors":[{"status":"404","category":"OBJECT_NOT_FOUND","message":"Unknown association type 999",
             "errors":[],"context":{},"links":{}}],
  "numErrors":1,
  "startedAt":"2026-09-01T12:00:00.000Z",
  "completedAt":"2026-09-01T12:00:00.250Z"
})";

const QByteArray purgeVoid = R"({
  "status":"COMPLETE",
  "results":[{}, "ignored", 3],
  "startedAt":"2026-09-01T12:00:00Z",
  "completedAt":"2026-09-01T12:00:00Z"
})";

const QByteArray batchCanceled = R"({
  "status":"CANCELED","results":[],
  "startedAt":"2025-01-10T09:00:00Z","completedAt":"2025-01-10T09:00:00Z"
})";

const QByteArray schemasBody = R"({"results":[{
  "id":"2-123456",
  "objectTypeId":"2-123456",
  "name":"vehicles",
  "fullyQualifiedName":"p7001234_vehicles",
  "labels":{"singular":"Vehicle","plural":"Vehicles"},
  "properties":[],"requiredProperties":["name"],
  "associations":[{"fromObjectTypeId":"2-123456","toObjectTypeId":"0-1","id":"301","name":"vehicles_to_contacts"}],
  "archived":false,
  "createdAt":"2024-05-01T10:00:00Z"
},{
  "id":"2-777",
  "name":"projects",
  "labels":{},
  "properties":[],"requiredProperties":[],"associations":[]
}]})";

const QByteArray accountBody = R"({
  "portalId":7001234,
  "accountType":"STANDARD",
  "timeZone":"Europe/Berlin",
  "companyCurrency":"EUR",
  "additionalCurrencies":["USD"],
  "utcOffset":"+01:00",
  "utcOffsetMilliseconds":3600000,
  "uiDomain":"app-eu1.hubspot.com",
  "dataHostingLocation":"eu1"
})";

const QByteArray labelUsageBody = R"({"results":[{
  "fromObjectType":{"objectTypeId":"0-1","singularLabel":"Contact","pluralLabel":"Contacts"},
  "toObjectType":{"objectTypeId":"0-2","singularLabel":"Company","pluralLabel":"Companies"},
  "allLabels":["Billing contact","Manager","Employee"],
  "limit":50,
  "usage":3,
  "percentage":6.0
}]})";

const QByteArray recordLimitBody = R"({
  "limit":10,
  "totalRecordsAtLimit":2,
  "totalRecordsNearLimit":1,
  "atLimitFromRecordSamples":[{"objectId":101,"label":"Ada Lovelace"},{"objectId":102,"label":"Alan Turing"}],
  "nearLimitFromRecordSamples":[{"objectId":9007199254740991,"label":"Grace Hopper","usage":9,"percentage":90.0}]
})";

const QByteArray tokenBody = R"({
  "token_type":"bearer",
  "refresh_token":"6f18f21e-a743-4509-b7fd-1a5e632fffa1",
  "access_token":"CN2zlYnmLBICAQIYgZXFLyCWp1Yoy_9GMhkAgddk-zDc-H_1P6b2e8g1sRSd",
  "expires_in":1800,
  "token_use":"access",
  "hub_id":7001234,
  "user_id":42,
  "scopes":["oauth","crm.objects.contacts.read"]
})";

const QByteArray error401 =
    R"({"status":"error","message":"Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview","correlationId":"aeb5f871-7f07-4993-9211-075dc63e7cbf","category":"INVALID_AUTHENTICATION"})";
const QByteArray errorExpired =
    R"({"status":"error","message":"The OAuth token used to make this call expired 5 minute(s) ago.","correlationId":"0c3a8d4e-1111-2222-3333-444455556666","category":"EXPIRED_AUTHENTICATION","context":{}})";
const QByteArray error403 =
    R"({"status":"error","message":"This app hasn't been granted all required scopes to make this call.","correlationId":"5b1e6d1a-1111-2222-3333-444455556666","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredGranularScopes":["crm.objects.companies.write"]}}],"category":"MISSING_SCOPES"})";
const QByteArray error403Context =
    R"({"status":"error","message":"missing scopes","correlationId":"x","category":"MISSING_SCOPES","subCategory":"MISSING_SCOPES","context":{"missingScopes":["crm.schemas.custom.read","crm.objects.custom.read"]},"links":{"scopes":"https://developers.hubspot.com/scopes"}})";
const QByteArray error400 =
    R"({"status":"error","message":"Invalid input JSON on line 1, column 2: Cannot build PublicAssociationDefinitionCreateRequest","correlationId":"7e5d8f3c-1111-2222-3333-444455556666","category":"VALIDATION_ERROR","errors":[{"message":"name is required","in":"name","code":"REQUIRED_FIELD","subCategory":"x"}]})";
const QByteArray error429 =
    R"({"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"c033cdaa-2c40-4a64-ae48-b4cec88dad24","policyName":"TEN_SECONDLY_ROLLING","groupName":"publicapi:private_app-api-calls-ten-secondly:123:7001234"})";
const QByteArray errorDaily =
    R"({"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","correlationId":"c033cdaa","policyName":"DAILY"})";
const QByteArray errorBadRefresh =
    R"({"status":"BAD_REFRESH_TOKEN","message":"missing or invalid refresh token"})";

} // namespace

// --- labels ----------------------------------------------------------------------------
void TestCoreJson::labelsCollection() {
    const auto parsed = json::parseLabelCollection(labelsBody);
    QVERIFY2(parsed, why(parsed));
    const QList<AssociationLabel> &l = parsed.value();
    QCOMPARE(l.size(), 5);
    QCOMPARE(l[0].category.kind(), AssociationCategory::HubSpotDefined);
    QCOMPARE(l[0].category.apiName(), u"HUBSPOT_DEFINED"_s);
    QCOMPARE(l[0].typeId, 1);
    QCOMPARE(l[0].label, std::optional<QString>(u"Primary"_s));
    QVERIFY(!l[0].isUnlabeled());
    QCOMPARE(l[1].typeId, 279);
    QVERIFY(!l[1].label.has_value()); // null
    QVERIFY(l[1].isUnlabeled());
    QVERIFY(!l[1].displayText().isEmpty());
    QCOMPARE(l[2].typeId, 280);
    QVERIFY(!l[2].label.has_value()); // absent
    QCOMPARE(l[3].category.kind(), AssociationCategory::UserDefined);
    QCOMPARE(l[3].typeId, 26);
    QCOMPARE(l[3].displayText(), u"Billing contact"_s);
    QVERIFY(l[3].fromObjectTypeId.isEmpty());
    QCOMPARE(l[4].label, std::optional<QString>(QString()));
    QVERIFY(l[4].isUnlabeled());
}

void TestCoreJson::labelsDocsExample() {
    const auto parsed = json::parseLabelCollection(docsExample);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(0).typeId, 145);
    QCOMPARE(parsed->at(0).label, std::optional<QString>(u"Employee"_s));
    QCOMPARE(parsed->at(0).key(), (LabelKey{AssociationCategory::UserDefined, 145}));
    QCOMPARE(parsed->at(1).typeId, 144);
    QCOMPARE(parsed->at(1).label, std::optional<QString>(u"Manager"_s));
}

void TestCoreJson::labelsNewerFieldsAndCategories() {
    const auto parsed = json::parseLabelCollection(labels2026);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->size(), 4);
    QCOMPARE(parsed->at(0).fromObjectTypeId, u"0-1"_s);
    QCOMPARE(parsed->at(0).toObjectTypeId, u"2-123456"_s);
    QCOMPARE(parsed->at(1).category.kind(), AssociationCategory::Work);
    QCOMPARE(parsed->at(1).category.apiName(), u"WORK"_s);
    QCOMPARE(parsed->at(2).category.kind(), AssociationCategory::Other);
    QCOMPARE(parsed->at(2).category.apiName(), u"PARTNER_DEFINED"_s); // kept verbatim
    QCOMPARE(parsed->at(2).category.displayName(), u"PARTNER_DEFINED"_s);
    QVERIFY(!parsed->at(2).category.isUserEditable());
    QCOMPARE(parsed->at(3).category.kind(), AssociationCategory::IntegratorDefined);
    // Unknown categories go back out unchanged.
    QCOMPARE(json::toJson(parsed->at(2)).value(u"category"_s).toString(), u"PARTNER_DEFINED"_s);
}

void TestCoreJson::labelsEmptyCollection() {
    const auto parsed = json::parseLabelCollection(R"({"results":[]})");
    QVERIFY2(parsed, why(parsed));
    QVERIFY(parsed->isEmpty());
}

void TestCoreJson::labelRoundTripThroughToJson() {
    AssociationLabel l;
    l.category = AssociationCategory::HubSpotDefined;
    l.typeId = 279;
    l.fromObjectTypeId = u"0-1"_s;
    l.toObjectTypeId = u"0-2"_s;
    const QJsonObject o = json::toJson(l);
    QVERIFY(o.value(u"label"_s).isNull());
    const auto back = json::parseLabel(o, u"x"_s);
    QVERIFY2(back, why(back));
    QCOMPARE(back.value(), l);

    l.label = u"Primary"_s;
    QCOMPARE(json::parseLabel(json::toJson(l), QString()).value(), l);
}

void TestCoreJson::labelsStrictness_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("words"); // each must occur in the message

    QTest::newRow("missing results")
        << QByteArray(R"({"result":[]})") << u"results"_s << QStringList{u"missing"_s};
    QTest::newRow("results is an object")
        << QByteArray(R"({"results":{}})") << u"results"_s << QStringList{u"array"_s, u"object"_s};
    QTest::newRow("results is null")
        << QByteArray(R"({"results":null})") << u"results"_s << QStringList{u"array"_s, u"null"_s};
    QTest::newRow("second typeId missing")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1},{"category":"USER_DEFINED"}]})")
        << u"results[1].typeId"_s << QStringList{u"missing"_s};
    QTest::newRow("category missing") << QByteArray(R"({"results":[{"typeId":1}]})")
                                      << u"results[0].category"_s << QStringList{u"missing"_s};
    QTest::newRow("typeId is a string")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":"145"}]})")
        << u"results[0].typeId"_s << QStringList{u"integer"_s, u"string"_s};
    QTest::newRow("typeId is null")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":null}]})")
        << u"results[0].typeId"_s << QStringList{u"integer"_s, u"null"_s};
    QTest::newRow("typeId is fractional")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":1.5}]})")
        << u"results[0].typeId"_s << QStringList{u"integer"_s, u"1.5"_s};
    QTest::newRow("typeId 2^40")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":1099511627776}]})")
        << u"results[0].typeId"_s << QStringList{u"range"_s};
    QTest::newRow("typeId 1e400")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":1e400}]})") << QString()
        << QStringList{};
    QTest::newRow("category is a number")
        << QByteArray(R"({"results":[{"category":1,"typeId":1}]})") << u"results[0].category"_s
        << QStringList{u"string"_s, u"number"_s};
    QTest::newRow("label is a number")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":1,"label":7}]})")
        << u"results[0].label"_s << QStringList{u"string"_s, u"number"_s};
    QTest::newRow("label is an object")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":1,"label":{}}]})")
        << u"results[0].label"_s << QStringList{u"string"_s, u"object"_s};
    QTest::newRow("item is a string") << QByteArray(R"({"results":["USER_DEFINED"]})")
                                      << u"results[0]"_s << QStringList{u"object"_s, u"string"_s};
    QTest::newRow("item is null")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":1},null]})")
        << u"results[1]"_s << QStringList{u"object"_s, u"null"_s};
    QTest::newRow("fromObjectTypeId is a number")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1,"fromObjectTypeId":1}]})")
        << u"results[0].fromObjectTypeId"_s << QStringList{u"string"_s};
}

void TestCoreJson::labelsStrictness() {
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QStringList, words);
    const auto parsed = json::parseLabelCollection(body);
    QVERIFY(!parsed);
    if (!path.isNull())
        QCOMPARE(parsed.error().path, path);
    QVERIFY(!parsed.error().message.isEmpty());
    for (const QString &w : words)
        QVERIFY2(parsed.error().message.contains(w), qPrintable(parsed.error().toString()));
    if (!path.isEmpty())
        QVERIFY(parsed.error().toString().startsWith(path));
}

void TestCoreJson::negativeTypeIdIsAnInt32() {
    // typeId is an int32 in the spec; the parser does not invent a narrower rule.
    const auto parsed =
        json::parseLabelCollection(R"({"results":[{"category":"USER_DEFINED","typeId":-1}]})");
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->at(0).typeId, -1);
    const auto max = json::parseLabelCollection(
        R"({"results":[{"category":"USER_DEFINED","typeId":2147483647}]})");
    QVERIFY2(max, why(max));
    QCOMPARE(max->at(0).typeId, 2147483647);
    QVERIFY(!json::parseLabelCollection(
        R"({"results":[{"category":"USER_DEFINED","typeId":2147483648}]})"));
}

// --- limits ----------------------------------------------------------------------------
void TestCoreJson::limitsCollection() {
    const auto parsed = json::parseLimitCollection(limitsBody);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->size(), 4);
    QCOMPARE(parsed->at(0).key(), (LabelKey{AssociationCategory::HubSpotDefined, 279}));
    QVERIFY(!parsed->at(0).label.has_value());
    QCOMPARE(parsed->at(0).maxToObjectIds, std::optional<int>(5));
    QCOMPARE(parsed->at(1).label, std::optional<QString>(u"Manager"_s));
    QCOMPARE(parsed->at(1).maxToObjectIds, std::optional<int>(1));
    QVERIFY(parsed->at(1).hasLimit());
    QVERIFY(!parsed->at(2).hasLimit()); // absent
    QVERIFY(!parsed->at(3).hasLimit()); // null
}

void TestCoreJson::limitRoundTripThroughToJson() {
    AssociationLimit limit{AssociationCategory::UserDefined, 144, u"Manager"_s, 7};
    QCOMPARE(json::parseLimit(json::toJson(limit), QString()).value(), limit);
    limit.maxToObjectIds.reset();
    const QJsonObject o = json::toJson(limit);
    QVERIFY(!o.contains(u"userEnforcedMaxToObjectIds"_s));
    QCOMPARE(json::parseLimit(o, QString()).value(), limit);
}

void TestCoreJson::limitsStrictness_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::newRow("negative limit")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1,"userEnforcedMaxToObjectIds":-1}]})")
        << u"results[0].userEnforcedMaxToObjectIds"_s;
    QTest::newRow("limit 2^40")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1,"userEnforcedMaxToObjectIds":1099511627776}]})")
        << u"results[0].userEnforcedMaxToObjectIds"_s;
    QTest::newRow("limit as string")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1,"userEnforcedMaxToObjectIds":"5"}]})")
        << u"results[0].userEnforcedMaxToObjectIds"_s;
    QTest::newRow("limit 1e400")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1,"userEnforcedMaxToObjectIds":1e400}]})")
        << QString();
    QTest::newRow("typeId missing in third")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1},{"category":"USER_DEFINED","typeId":2},{"category":"USER_DEFINED"}]})")
        << u"results[2].typeId"_s;
}

void TestCoreJson::limitsStrictness() {
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const auto parsed = json::parseLimitCollection(body);
    QVERIFY(!parsed);
    if (!path.isNull())
        QCOMPARE(parsed.error().path, path);
    QVERIFY(!parsed.error().message.isEmpty());
}

// --- batch responses -------------------------------------------------------------------
void TestCoreJson::batchCreated201() {
    const auto parsed = json::parseBatchResult(batch201);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->status, u"COMPLETE"_s);
    QCOMPARE(parsed->results.size(), 1);
    QCOMPARE(parsed->results[0],
             (AssociationLimit{AssociationCategory::UserDefined, 144, u"Manager"_s, 3}));
    QVERIFY(parsed->errors.isEmpty());
    QVERIFY(!parsed->hasErrors());
    QCOMPARE(parsed->startedAt, QDateTime(QDate(2025, 1, 10), QTime(9, 0, 0, 120), Qt::UTC));
    QCOMPARE(parsed->completedAt, QDateTime(QDate(2025, 1, 10), QTime(9, 0, 0, 480), Qt::UTC));
}

void TestCoreJson::batchMultiStatus207() {
    const auto parsed = json::parseBatchResult(batch207);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->results.size(), 1);
    QCOMPARE(parsed->errors.size(), 1);
    QVERIFY(parsed->hasErrors());
    const BatchItemError &e = parsed->errors[0];
    QCOMPARE(e.status, u"400"_s);
    QCOMPARE(e.category, u"VALIDATION_ERROR"_s);
    QCOMPARE(e.message, u"Limit must be in range 1-9"_s);
    QCOMPARE(e.context.value(u"validRange"_s), (QStringList{u"1"_s, u"9"_s}));
    QCOMPARE(e.context.value(u"typeId"_s), QStringList{u"145"_s});
}

void TestCoreJson::batchUpdate200WithoutLabel() {
    const auto parsed = json::parseBatchResult(batchUpdate200);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->results.size(), 2);
    QCOMPARE(parsed->results[0],
             (AssociationLimit{AssociationCategory::UserDefined, 144, std::nullopt, 2}));
    QCOMPARE(parsed->results[1].key(), (LabelKey{AssociationCategory::HubSpotDefined, 1}));
    QCOMPARE(parsed->results[1].maxToObjectIds, std::optional<int>(1));
    QVERIFY(!parsed->hasErrors());
}

void TestCoreJson::batch202609WithErrorsInside200() {
    const auto parsed = json::parseBatchResult(batch202609);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->results.size(), 1);
    QCOMPARE(parsed->results[0].maxToObjectIds, std::optional<int>(4));
    QCOMPARE(parsed->errors.size(), 1);
    QCOMPARE(parsed->errors[0].status, u"404"_s);
    QCOMPARE(parsed->errors[0].category, u"OBJECT_NOT_FOUND"_s);
    QVERIFY(parsed->errors[0].context.isEmpty());
    QVERIFY(parsed->hasErrors());
}

void TestCoreJson::batchPurgeVoid() {
    const auto parsed = json::parseBatchResult(purgeVoid);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->status, u"COMPLETE"_s);
    QVERIFY(parsed->results.isEmpty());
    QVERIFY(!parsed->hasErrors());

    const auto empty = json::parseBatchResult(
        R"({"status":"COMPLETE","results":[],"startedAt":"2026-09-01T12:00:00Z","completedAt":"2026-09-01T12:00:00Z"})");
    QVERIFY2(empty, why(empty));
    QVERIFY(empty->results.isEmpty());
}

void TestCoreJson::batchCanceled() {
    const auto parsed = json::parseBatchResult(::batchCanceled);
    QVERIFY2(parsed, why(parsed));
    QVERIFY(parsed->isCanceled());
    QVERIFY(parsed->hasErrors());
    QVERIFY(parsed->results.isEmpty());
}

void TestCoreJson::batchStrictness_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::newRow("no status")
        << QByteArray(
               R"({"results":[],"startedAt":"2025-01-10T09:00:00Z","completedAt":"2025-01-10T09:00:00Z"})")
        << u"status"_s;
    QTest::newRow("errors not an array")
        << QByteArray(
               R"({"status":"COMPLETE","results":[],"errors":{},"startedAt":"2025-01-10T09:00:00Z","completedAt":"2025-01-10T09:00:00Z"})")
        << u"errors"_s;
    QTest::newRow("error message not a string")
        << QByteArray(
               R"({"status":"COMPLETE","results":[],"errors":[{"message":7}],"startedAt":"2025-01-10T09:00:00Z","completedAt":"2025-01-10T09:00:00Z"})")
        << u"errors[0].message"_s;
}

void TestCoreJson::batchStrictness() {
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const auto parsed = json::parseBatchResult(body);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().path, path);
    QVERIFY(!parsed.error().message.isEmpty());
}

// --- other endpoints -------------------------------------------------------------------
void TestCoreJson::objectSchemas() {
    const auto parsed = json::parseObjectSchemas(schemasBody);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->size(), 2);
    const ObjectType &v = parsed->at(0);
    QCOMPARE(v.id, u"2-123456"_s);
    QCOMPARE(v.name, u"vehicles"_s);
    QCOMPARE(v.fullyQualifiedName, u"p7001234_vehicles"_s);
    QCOMPARE(v.singularLabel, u"Vehicle"_s);
    QCOMPARE(v.pluralLabel, u"Vehicles"_s);
    QVERIFY(v.custom);
    QCOMPARE(v.displayName(), u"Vehicles"_s);
    QCOMPARE(v.portableName(), u"vehicles"_s);
    // Without objectTypeId the id stands in; without labels the name is displayed.
    QCOMPARE(parsed->at(1).id, u"2-777"_s);
    QCOMPARE(parsed->at(1).displayName(), u"projects"_s);

    const auto noName = json::parseObjectSchemas(R"({"results":[{"id":"2-1","labels":{}}]})");
    QVERIFY(!noName);
    QCOMPARE(noName.error().path, u"results[0].name"_s);
    const auto badLabels =
        json::parseObjectSchemas(R"({"results":[{"id":"2-1","name":"x","labels":{"plural":3}}]})");
    QVERIFY(!badLabels);
    QCOMPARE(badLabels.error().path, u"results[0].labels.plural"_s);
}

void TestCoreJson::accountInfo() {
    const auto parsed = json::parseAccountInfo(accountBody);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->portalId, 7001234);
    QCOMPARE(parsed->accountType, u"STANDARD"_s);
    QCOMPARE(parsed->timeZone, u"Europe/Berlin"_s);
    QCOMPARE(parsed->companyCurrency, u"EUR"_s);
    QCOMPARE(parsed->uiDomain, u"app-eu1.hubspot.com"_s);
    QCOMPARE(parsed->dataHostingLocation, u"eu1"_s);

    const auto missing = json::parseAccountInfo(R"({"accountType":"STANDARD"})");
    QVERIFY(!missing);
    QCOMPARE(missing.error().path, u"portalId"_s);
    const auto asString = json::parseAccountInfo(R"({"portalId":"7001234"})");
    QVERIFY(!asString);
    QCOMPARE(asString.error().path, u"portalId"_s);
    const auto asNull = json::parseAccountInfo(R"({"portalId":null})");
    QVERIFY2(!asNull, "a required integer must not accept null");
    QCOMPARE(asNull.error().path, u"portalId"_s);
}

void TestCoreJson::labelUsage() {
    const auto parsed = json::parseLabelUsage(labelUsageBody);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->size(), 1);
    const LabelUsage &u = parsed->at(0);
    QCOMPARE(u.from, (ObjectTypeRef{u"0-1"_s, u"Contact"_s, u"Contacts"_s}));
    QCOMPARE(u.to, (ObjectTypeRef{u"0-2"_s, u"Company"_s, u"Companies"_s}));
    QCOMPARE(u.allLabels, (QStringList{u"Billing contact"_s, u"Manager"_s, u"Employee"_s}));
    QCOMPARE(u.limit, 50);
    QCOMPARE(u.usage, 3);
    QCOMPARE(u.percentage, 6.0);

    const auto noTo = json::parseLabelUsage(
        R"({"results":[{"fromObjectType":{"objectTypeId":"0-1","singularLabel":"Contact","pluralLabel":"Contacts"},"allLabels":[],"limit":50,"usage":0,"percentage":0}]})");
    QVERIFY(!noTo);
    QCOMPARE(noTo.error().path, u"results[0].toObjectType"_s);
    const auto badLabel = json::parseLabelUsage(
        R"({"results":[{"fromObjectType":{"objectTypeId":"0-1","singularLabel":"C","pluralLabel":"Cs"},"toObjectType":{"objectTypeId":"0-2","singularLabel":"C","pluralLabel":"Cs"},"allLabels":["a",2],"limit":50,"usage":0,"percentage":0}]})");
    QVERIFY(!badLabel);
    QCOMPARE(badLabel.error().path, u"results[0].allLabels[1]"_s);
    // The labels only name the types; the ids stand in (test_core_json_required).
    const auto noPlural = json::parseLabelUsage(
        R"({"results":[{"fromObjectType":{"objectTypeId":"0-1","singularLabel":"C"},"toObjectType":{"objectTypeId":"0-2","singularLabel":"C","pluralLabel":"Cs"},"allLabels":[],"limit":50,"usage":0,"percentage":0}]})");
    QVERIFY2(noPlural, why(noPlural));
    QVERIFY(noPlural->at(0).from.pluralLabel.isEmpty());
}

void TestCoreJson::recordLimitReport() {
    const auto parsed = json::parseRecordLimitReport(recordLimitBody);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->limit, 10);
    QCOMPARE(parsed->totalRecordsAtLimit, 2);
    QCOMPARE(parsed->totalRecordsNearLimit, 1);
    QCOMPARE(parsed->atLimitSamples.size(), 2);
    QCOMPARE(parsed->atLimitSamples[1], (RecordSample{102, u"Alan Turing"_s, 0, 0}));
    QCOMPARE(parsed->nearLimitSamples.size(), 1);
    QCOMPARE(parsed->nearLimitSamples[0],
             (RecordSample{9007199254740991LL, u"Grace Hopper"_s, 9, 90.0}));

    const auto nearWithoutUsage = json::parseRecordLimitReport(
        R"({"limit":10,"totalRecordsAtLimit":0,"totalRecordsNearLimit":1,"atLimitFromRecordSamples":[],"nearLimitFromRecordSamples":[{"objectId":1,"label":"x","percentage":90}]})");
    QVERIFY(!nearWithoutUsage);
    QCOMPARE(nearWithoutUsage.error().path, u"nearLimitFromRecordSamples[0].usage"_s);
    const auto objectIdTooBig = json::parseRecordLimitReport(
        R"({"limit":10,"totalRecordsAtLimit":1,"totalRecordsNearLimit":0,"atLimitFromRecordSamples":[{"objectId":1e300,"label":"x"}],"nearLimitFromRecordSamples":[]})");
    QVERIFY(!objectIdTooBig);
    QCOMPARE(objectIdTooBig.error().path, u"atLimitFromRecordSamples[0].objectId"_s);
}

void TestCoreJson::tokenGrant() {
    const auto parsed = json::parseTokenGrant(tokenBody);
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->accessToken,
             u"CN2zlYnmLBICAQIYgZXFLyCWp1Yoy_9GMhkAgddk-zDc-H_1P6b2e8g1sRSd"_s);
    QCOMPARE(parsed->refreshToken, u"6f18f21e-a743-4509-b7fd-1a5e632fffa1"_s);
    QCOMPARE(parsed->expiresInSeconds, 1800);
    QCOMPARE(parsed->tokenType, u"bearer"_s);
    QCOMPARE(parsed->hubId, 7001234);
    QCOMPARE(parsed->scopes, (QStringList{u"oauth"_s, u"crm.objects.contacts.read"_s}));

    const auto minimal = json::parseTokenGrant(R"({"access_token":"a","expires_in":60})");
    QVERIFY2(minimal, why(minimal));
    QVERIFY(minimal->refreshToken.isEmpty());

    const auto noToken = json::parseTokenGrant(R"({"refresh_token":"r","expires_in":1800})");
    QVERIFY(!noToken);
    QCOMPARE(noToken.error().path, u"access_token"_s);
    const auto emptyToken = json::parseTokenGrant(R"({"access_token":"","expires_in":1800})");
    QVERIFY(!emptyToken);
    QCOMPARE(emptyToken.error().path, u"access_token"_s);
    const auto expiresString = json::parseTokenGrant(R"({"access_token":"a","expires_in":"1800"})");
    QVERIFY(!expiresString);
    QCOMPARE(expiresString.error().path, u"expires_in"_s);
    // An error body is not a grant.
    QVERIFY(!json::parseTokenGrant(errorBadRefresh));
}

// --- error bodies ----------------------------------------------------------------------
void TestCoreJson::errorBodies() {
    const auto e401 = json::parseErrorBody(error401);
    QVERIFY2(e401, why(e401));
    QCOMPARE(e401->status, u"error"_s);
    QCOMPARE(e401->category, u"INVALID_AUTHENTICATION"_s);
    QCOMPARE(e401->correlationId, u"aeb5f871-7f07-4993-9211-075dc63e7cbf"_s);
    QVERIFY(e401->message.startsWith(u"Authentication credentials not found."_s));
    QVERIFY(e401->missingScopes().isEmpty());

    const auto expired = json::parseErrorBody(errorExpired);
    QVERIFY2(expired, why(expired));
    QCOMPARE(expired->category, u"EXPIRED_AUTHENTICATION"_s);
    QCOMPARE(expired->message,
             u"The OAuth token used to make this call expired 5 minute(s) ago."_s);

    const auto e403 = json::parseErrorBody(error403);
    QVERIFY2(e403, why(e403));
    QCOMPARE(e403->category, u"MISSING_SCOPES"_s);
    QCOMPARE(e403->errors.size(), 1);
    QCOMPARE(e403->errors[0].message, u"One or more of the following scopes are required."_s);
    QCOMPARE(e403->missingScopes(), QStringList{u"crm.objects.companies.write"_s});

    const auto e403ctx = json::parseErrorBody(error403Context);
    QVERIFY2(e403ctx, why(e403ctx));
    QCOMPARE(e403ctx->subCategory, u"MISSING_SCOPES"_s);
    QCOMPARE(e403ctx->missingScopes(),
             (QStringList{u"crm.schemas.custom.read"_s, u"crm.objects.custom.read"_s}));

    const auto e400 = json::parseErrorBody(error400);
    QVERIFY2(e400, why(e400));
    QCOMPARE(e400->category, u"VALIDATION_ERROR"_s);
    QCOMPARE(e400->errors.size(), 1);
    QCOMPARE(e400->errors[0].in, u"name"_s);
    QCOMPARE(e400->errors[0].code, u"REQUIRED_FIELD"_s);

    const auto e429 = json::parseErrorBody(error429);
    QVERIFY2(e429, why(e429));
    QCOMPARE(e429->errorType, u"RATE_LIMIT"_s);
    QCOMPARE(e429->policyName, u"TEN_SECONDLY_ROLLING"_s);
    QVERIFY(e429->category.isEmpty());
    QCOMPARE(e429->message, u"You have reached your ten_secondly_rolling limit."_s);

    const auto daily = json::parseErrorBody(errorDaily);
    QVERIFY2(daily, why(daily));
    QCOMPARE(daily->policyName, u"DAILY"_s);

    const auto bad = json::parseErrorBody(errorBadRefresh);
    QVERIFY2(bad, why(bad));
    QCOMPARE(bad->status, u"BAD_REFRESH_TOKEN"_s);
    QCOMPARE(bad->message, u"missing or invalid refresh token"_s);
    QVERIFY(bad->category.isEmpty());
}

void TestCoreJson::oddErrorBodiesStillYieldWhatTheyCan() {
    // An error body is read to explain a failure: a field of an unexpected shape must not
    // hide the rest (the scheduler needs policyName even if context is odd).
    const auto odd = json::parseErrorBody(
        R"({"status":"error","message":"You have reached your daily limit.","policyName":"DAILY","errorType":"RATE_LIMIT","category":7,"context":{"missingScopes":"crm.x","other":[1]},"errors":["text",{"message":3},{"message":"kept"}],"subCategory":{"a":1}})");
    QVERIFY2(odd, why(odd));
    QCOMPARE(odd->policyName, u"DAILY"_s);
    QCOMPARE(odd->message, u"You have reached your daily limit."_s);
    QVERIFY(odd->category.isEmpty());
    QVERIFY(odd->subCategory.isEmpty());
    QCOMPARE(odd->context.value(u"missingScopes"_s), QStringList{u"crm.x"_s}); // a lone string
    QCOMPARE(odd->missingScopes(), QStringList{u"crm.x"_s});
    QVERIFY(odd->context.value(u"other"_s).isEmpty());
    QCOMPARE(odd->errors.size(), 1); // "text" and the detail with nothing readable are skipped
    QCOMPARE(odd->errors[0].message, u"kept"_s);

    const auto empty = json::parseErrorBody("{}");
    QVERIFY2(empty, why(empty));
    QVERIFY(empty->message.isEmpty());
    // Not an object at all: nothing to yield.
    QVERIFY(!json::parseErrorBody("[]"));
    QVERIFY(!json::parseErrorBody("<html>502 Bad Gateway</html>"));
}

// --- hostile input ---------------------------------------------------------------------
void TestCoreJson::hostileInput_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("alwaysError"); // no parser may accept it

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << true;
    QTest::newRow("null") << QByteArray("null") << true;
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("number") << QByteArray("42") << true;
    QTest::newRow("string") << QByteArray("\"results\"") << true;
    QTest::newRow("bare array") << QByteArray("[]") << true;
    QTest::newRow("array of results")
        << QByteArray(R"([{"category":"USER_DEFINED","typeId":1}])") << true;
    QTest::newRow("deep arrays") << QByteArray(100000, '[') << true;
    QTest::newRow("deep arrays closed")
        << QByteArray(100000, '[') + QByteArray(100000, ']') << true;
    QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(50000) + "1" +
                                         QByteArray(50000, '}')
                                  << false;
    QTest::newRow("deep results") << "{\"results\":" + QByteArray(5000, '[') +
                                         QByteArray(5000, ']') + "}"
                                  << false;
    QTest::newRow("1e400 everywhere")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1e400,"label":1e400,"limit":1e400,"usage":1e400,"percentage":1e400,"userEnforcedMaxToObjectIds":1e400}],"portalId":1e400,"expires_in":1e400,"access_token":"x","limit":1e400})")
        << false;
    QTest::newRow("-1e400")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":-1e400}],"portalId":-1e400,"access_token":"x","expires_in":-1e400})")
        << false;
    QTest::newRow("2^40 ids")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1099511627776,"userEnforcedMaxToObjectIds":1099511627776}],"expires_in":1099511627776,"access_token":"x","totalRecordsAtLimit":1099511627776})")
        << false;
    QTest::newRow("strings for numbers")
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":"1","userEnforcedMaxToObjectIds":"2","limit":"3","usage":"4","percentage":"5"}],"portalId":"1","expires_in":"1800","access_token":"x","limit":"1"})")
        << false;
    QTest::newRow("truncated") << labelsBody.left(labelsBody.size() / 2) << true;
    QTest::newRow("truncated string") << QByteArray(R"({"results":[{"category":"USER_DEF)") << true;
    QTest::newRow("non-UTF-8 bytes") << QByteArray("{\"results\":[{\"category\":\"USER_\xff\xfe\","
                                                   "\"typeId\":1,\"label\":\"\xc3\x28\"}]}")
                                     << false;
    QTest::newRow("NUL bytes") << QByteArray("{\"results\":[]}\0\0\0", 17) << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"results":[]} trailing)") << true;
    QTest::newRow("two documents") << QByteArray(R"({"results":[]}{"results":[]})") << true;
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << true;
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{\"results\":[]}") << false;
    QTest::newRow("duplicate keys") << QByteArray(R"({"results":[],"results":{}})") << false;
    QTest::newRow("wrong types everywhere")
        << QByteArray(
               R"({"results":"x","status":1,"startedAt":[],"completedAt":{},"portalId":[],"access_token":7,"expires_in":true,"message":[],"context":"x","errors":"y","limit":{}})")
        << false;

    QRandomGenerator rng(20260901);
    QByteArray garbage(1 << 20, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    QTest::newRow("1 MB random") << garbage << true;
    QByteArray jsonish;
    const char alphabet[] = "{}[]\",:0123456789.eE-+ntrufalse\\ \"typeId\"results";
    while (jsonish.size() < (1 << 20))
        jsonish.append(alphabet[rng.bounded(int(sizeof alphabet - 1))]);
    QTest::newRow("1 MB JSON-ish") << jsonish << false;
    QTest::newRow("1 MB string") << "{\"results\":[{\"category\":\"" + QByteArray(1 << 20, 'A') +
                                        "\",\"typeId\":1}]}"
                                 << false;
    QByteArray many = "{\"results\":[";
    for (int i = 0; i < 20000; ++i)
        many += (i ? "," : "") + QByteArray(R"({"category":"USER_DEFINED","typeId":)") +
                QByteArray::number(i) + "}";
    many += "]}";
    QTest::newRow("20000 items") << many << false;
}

void TestCoreJson::hostileInput() {
    QFETCH(QByteArray, body);
    QFETCH(bool, alwaysError);
    for (const AnyParser &p : allParsers()) {
        const std::optional<ParseError> error = p.run(body);
        if (alwaysError)
            QVERIFY2(error.has_value(), p.name);
        if (error)
            QVERIFY2(!error->message.isEmpty(), p.name);
    }
}

void TestCoreJson::hostileInputSpecificOutcomes() {
    // The collection parsers reject what is not {"results":[...]} with a readable reason.
    const auto bare = json::parseLabelCollection("[]");
    QVERIFY(!bare);
    QVERIFY2(bare.error().message.contains(u"object"_s), qPrintable(bare.error().toString()));
    const auto deep = json::parseLabelCollection(QByteArray(100000, '['));
    QVERIFY(!deep);
    QVERIFY(deep.error().path.isEmpty());
    const auto nul = json::parseLabelCollection("null");
    QVERIFY(!nul);
    const auto many = json::parseLabelCollection(
        R"({"results":[{"category":"USER_DEFINED","typeId":1,"label":"ok"}],"extra":[1,2,{"x":null}],"paging":{"next":{"after":"1"}}})");
    QVERIFY2(many, why(many)); // unknown extra fields are ignored
    QCOMPARE(many->size(), 1);
}

// --- request bodies --------------------------------------------------------------------
void TestCoreJson::createRequestSingle() {
    LabelCreateRequest single{u"colleague"_s, u"Colleague"_s, std::nullopt};
    QVERIFY(!single.isPaired());
    QCOMPARE(json::toJson(single),
             (QJsonObject{{u"name"_s, u"colleague"_s}, {u"label"_s, u"Colleague"_s}}));
    single.inverseLabel = QString();
    QVERIFY(!single.isPaired());
    QVERIFY(!json::toJson(single).contains(u"inverseLabel"_s));
}

void TestCoreJson::createRequestPaired() {
    const LabelCreateRequest paired{u"manager_employee"_s, u"Manager"_s, u"Employee"_s};
    QVERIFY(paired.isPaired());
    QCOMPARE(json::toJson(paired), (QJsonObject{{u"name"_s, u"manager_employee"_s},
                                                {u"label"_s, u"Manager"_s},
                                                {u"inverseLabel"_s, u"Employee"_s}}));
}

void TestCoreJson::updateRequest() {
    LabelUpdateRequest u{145, u"Boss"_s, std::nullopt};
    QCOMPARE(json::toJson(u),
             (QJsonObject{{u"associationTypeId"_s, 145}, {u"label"_s, u"Boss"_s}}));
    QVERIFY(json::toJson(u).value(u"associationTypeId"_s).isDouble());
    u.inverseLabel = u"Report"_s;
    QCOMPARE(json::toJson(u).value(u"inverseLabel"_s).toString(), u"Report"_s);
}

void TestCoreJson::limitInputsBody() {
    const QList<LimitInput> inputs{{AssociationCategory::UserDefined, 144, 3},
                                   {AssociationCategory::HubSpotDefined, 279, 10000},
                                   {AssociationCategory::fromApi(u"WORK"_s), 7, 1}};
    const QJsonObject body = json::limitInputsBody(inputs);
    QCOMPARE(body.keys(), QStringList{u"inputs"_s});
    const QByteArray compact = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QCOMPARE(compact,
             QByteArray(R"({"inputs":[{"category":"USER_DEFINED","maxToObjectIds":3,"typeId":144},)"
                        R"({"category":"HUBSPOT_DEFINED","maxToObjectIds":10000,"typeId":279},)"
                        R"({"category":"WORK","maxToObjectIds":1,"typeId":7}]})"));
    QCOMPARE(QJsonDocument(json::limitInputsBody({})).toJson(QJsonDocument::Compact),
             QByteArray(R"({"inputs":[]})"));
}

void TestCoreJson::purgeBody() {
    const QList<LabelKey> keys{{AssociationCategory::UserDefined, 144},
                               {AssociationCategory::fromApi(u"SOMETHING_NEW"_s), 2}};
    QCOMPARE(
        QJsonDocument(json::purgeBody(keys)).toJson(QJsonDocument::Compact),
        QByteArray(
            R"({"inputs":[{"category":"USER_DEFINED","typeId":144},{"category":"SOMETHING_NEW","typeId":2}]})"));
}

QTEST_GUILESS_MAIN(TestCoreJson)
#include "test_core_json.moc"
