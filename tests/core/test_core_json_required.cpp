// SPDX-License-Identifier: MIT
// Strict only where it matters (docs/json-mapping.md): a field the app does not use may be
// missing or odd without failing a response; one it uses, missing or mistyped, fails it with
// the field's path; what no reading can trust (a key given twice, a number past every type,
// text that is not UTF-8, an HTML page) fails it with a reason a person can act on.

#include "core/JsonDuplicateKeys.h"
#include "core/JsonMapping.h"
#include "core/SchemaDocument.h"

#include <QTest>
#include <functional>

using namespace assoc;
using namespace Qt::StringLiterals;

class TestCoreJsonRequired : public QObject {
    Q_OBJECT
private slots:
    void unusedOrOptionalFieldMayBeMissingOrOdd_data();
    void unusedOrOptionalFieldMayBeMissingOrOdd();
    void schemaWithoutIdUsesObjectTypeId();
    void schemaWithoutObjectTypeIdFallsBackToId();
    void schemaWithoutLabelsIsNamedByItsName();
    void unknownCategoriesAreKeptVerbatim();
    void batchErrorWithoutMessageIsStillAnError();
    void usagePercentageIsComputedWhenMissing();
    void tokenGrantIgnoresOddInformationalFields();
    void usedFieldNamesItsPath_data();
    void usedFieldNamesItsPath();
    void duplicateKeysAreRefusedWithTheirPath_data();
    void duplicateKeysAreRefusedWithTheirPath();
    void duplicateKeyScanIsNotFooledByStrings();
    void errorBodyWithDuplicateKeysStillYieldsItsMessage();
    void documentFilesRefuseDuplicateKeys();
    void unreadableBodiesSayWhy_data();
    void unreadableBodiesSayWhy();
};

namespace {

using Check = std::function<std::optional<ParseError>(const QByteArray &)>;

template <typename T> std::optional<ParseError> errorOf(const json::Parsed<T> &parsed) {
    if (parsed)
        return std::nullopt;
    return parsed.error();
}

// The parser of one response, by the name the rows use.
Check parserNamed(const QString &name) {
    if (name == u"labels")
        return [](const QByteArray &b) { return errorOf(json::parseLabelCollection(b)); };
    if (name == u"limits")
        return [](const QByteArray &b) { return errorOf(json::parseLimitCollection(b)); };
    if (name == u"batch")
        return [](const QByteArray &b) { return errorOf(json::parseBatchResult(b)); };
    if (name == u"schemas")
        return [](const QByteArray &b) { return errorOf(json::parseObjectSchemas(b)); };
    if (name == u"account")
        return [](const QByteArray &b) { return errorOf(json::parseAccountInfo(b)); };
    if (name == u"labelUsage")
        return [](const QByteArray &b) { return errorOf(json::parseLabelUsage(b)); };
    if (name == u"recordLimits")
        return [](const QByteArray &b) { return errorOf(json::parseRecordLimitReport(b)); };
    if (name == u"token")
        return [](const QByteArray &b) { return errorOf(json::parseTokenGrant(b)); };
    return {};
}

template <typename T> QByteArray why(const json::Parsed<T> &parsed) {
    return parsed ? QByteArray("parsed") : parsed.error().toString().toUtf8();
}

const QByteArray usageRef =
    R"("fromObjectType":{"objectTypeId":"0-1"},"toObjectType":{"objectTypeId":"0-2"})";

} // namespace

void TestCoreJsonRequired::unusedOrOptionalFieldMayBeMissingOrOdd_data() {
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");

    // Labels: category and typeId are all the app needs.
    QTest::newRow("label without label")
        << u"labels"_s
        << QByteArray(R"({"results":[{"category":"HUBSPOT_DEFINED","typeId":280}]})");
    QTest::newRow("label with an unknown category")
        << u"labels"_s << QByteArray(R"({"results":[{"category":"WORK","typeId":500}]})");
    QTest::newRow("label with unknown fields")
        << u"labels"_s
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1,"new":{"a":[1e300]},"labelV2":7}],"paging":null})");
    // Limits.
    QTest::newRow("limit without label or value")
        << u"limits"_s << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":1}]})");
    // Batch answers: only status and the per-input errors are used.
    QTest::newRow("batch without startedAt")
        << u"batch"_s
        << QByteArray(R"({"status":"COMPLETE","results":[],"completedAt":"2025-01-10T09:00:00Z"})");
    QTest::newRow("batch with an unreadable completedAt")
        << u"batch"_s
        << QByteArray(
               R"({"status":"COMPLETE","results":[],"startedAt":"2025-01-10T09:00:00Z","completedAt":"yesterday"})");
    QTest::newRow("batch without results") << u"batch"_s << QByteArray(R"({"status":"COMPLETE"})");
    QTest::newRow("batch results an object")
        << u"batch"_s << QByteArray(R"({"status":"COMPLETE","results":{}})");
    QTest::newRow("batch result with a string typeId")
        << u"batch"_s
        << QByteArray(
               R"({"status":"COMPLETE","results":[{"category":"USER_DEFINED","typeId":"1"}]})");
    QTest::newRow("batch result without category")
        << u"batch"_s << QByteArray(R"({"status":"COMPLETE","results":[{"typeId":1}]})");
    QTest::newRow("batch error without message")
        << u"batch"_s << QByteArray(R"({"status":"COMPLETE","errors":[{"status":"400"}]})");
    QTest::newRow("batch error without status or category")
        << u"batch"_s << QByteArray(R"({"status":"COMPLETE","errors":[{"message":"m"}]})");
    QTest::newRow("batch error context of numbers")
        << u"batch"_s
        << QByteArray(R"({"status":"COMPLETE","errors":[{"message":"m","context":{"a":[1]}}]})");
    // Object schemas: the id (objectTypeId, or id on older servers) and the name.
    QTest::newRow("schema without id")
        << u"schemas"_s
        << QByteArray(
               R"({"results":[{"objectTypeId":"2-1","name":"cars","labels":{"singular":"Car","plural":"Cars"}}]})");
    QTest::newRow("schema with a numeric id")
        << u"schemas"_s
        << QByteArray(R"({"results":[{"id":1,"objectTypeId":"2-1","name":"cars"}]})");
    QTest::newRow("schema without objectTypeId")
        << u"schemas"_s << QByteArray(R"({"results":[{"id":"2-1","name":"cars"}]})");
    QTest::newRow("schema without labels")
        << u"schemas"_s << QByteArray(R"({"results":[{"objectTypeId":"2-1","name":"cars"}]})");
    QTest::newRow("schema with null labels")
        << u"schemas"_s
        << QByteArray(R"({"results":[{"objectTypeId":"2-1","name":"cars","labels":null}]})");
    QTest::newRow("schema with half its labels")
        << u"schemas"_s
        << QByteArray(
               R"({"results":[{"objectTypeId":"2-1","name":"cars","labels":{"plural":"Cars"}}]})");
    QTest::newRow("schema with odd properties and associations")
        << u"schemas"_s
        << QByteArray(
               R"({"results":[{"objectTypeId":"2-1","name":"cars","properties":"x","associations":7,"requiredProperties":null,"archived":"no"}]})");
    // Account details: the portal id.
    QTest::newRow("account with only its id") << u"account"_s << QByteArray(R"({"portalId":1})");
    QTest::newRow("account with a numeric currency")
        << u"account"_s << QByteArray(R"({"portalId":1,"companyCurrency":978})");
    // Label usage: the pair's ids and the usage.
    QTest::newRow("usage without allLabels, limit and percentage")
        << u"labelUsage"_s << "{\"results\":[{" + usageRef + ",\"usage\":3}]}";
    QTest::newRow("usage without type labels")
        << u"labelUsage"_s
        << "{\"results\":[{" + usageRef + ",\"allLabels\":[],\"limit\":50,\"usage\":3}]}";
    // Records near their limit: the totals, and per sample its id (and usage when near).
    QTest::newRow("record report without limit or samples")
        << u"recordLimits"_s
        << QByteArray(R"({"totalRecordsAtLimit":0,"totalRecordsNearLimit":0})");
    QTest::newRow("sample without label")
        << u"recordLimits"_s
        << QByteArray(
               R"({"totalRecordsAtLimit":1,"totalRecordsNearLimit":0,"atLimitFromRecordSamples":[{"objectId":5}]})");
    QTest::newRow("near sample with an odd percentage")
        << u"recordLimits"_s
        << QByteArray(
               R"({"totalRecordsAtLimit":0,"totalRecordsNearLimit":1,"nearLimitFromRecordSamples":[{"objectId":5,"usage":9,"percentage":"90%"}]})");
    // Token grant: the access token and its lifetime.
    QTest::newRow("grant without refresh token")
        << u"token"_s << QByteArray(R"({"access_token":"a","expires_in":60})");
    QTest::newRow("grant with odd informational fields")
        << u"token"_s
        << QByteArray(
               R"({"access_token":"a","expires_in":60,"token_type":1,"hub_id":"7","scopes":"crm"})");
}

void TestCoreJsonRequired::unusedOrOptionalFieldMayBeMissingOrOdd() {
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    const Check parse = parserNamed(parser);
    QVERIFY(parse);
    const auto error = parse(body);
    QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
}

void TestCoreJsonRequired::schemaWithoutIdUsesObjectTypeId() {
    const auto parsed = json::parseObjectSchemas(
        R"({"results":[{"objectTypeId":"2-123","name":"cars","fullyQualifiedName":"p1_cars","labels":{"singular":"Car","plural":"Cars"}}]})");
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->at(0).id, u"2-123"_s);
    QCOMPARE(parsed->at(0).name, u"cars"_s);
    QCOMPARE(parsed->at(0).displayName(), u"Cars"_s);
    QVERIFY(parsed->at(0).custom);
}

void TestCoreJsonRequired::schemaWithoutObjectTypeIdFallsBackToId() {
    const auto parsed = json::parseObjectSchemas(R"({"results":[{"id":"2-9","name":"boats"}]})");
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->at(0).id, u"2-9"_s);
}

void TestCoreJsonRequired::schemaWithoutLabelsIsNamedByItsName() {
    const auto parsed =
        json::parseObjectSchemas(R"({"results":[{"objectTypeId":"2-9","name":"boats"}]})");
    QVERIFY2(parsed, why(parsed));
    QVERIFY(parsed->at(0).pluralLabel.isEmpty());
    QCOMPARE(parsed->at(0).displayName(), u"boats"_s);
}

void TestCoreJsonRequired::unknownCategoriesAreKeptVerbatim() {
    const auto parsed = json::parseLabelCollection(
        R"({"results":[{"category":"WORK","typeId":5},{"category":"PARTNER_DEFINED","typeId":6}]})");
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->at(0).category.kind(), AssociationCategory::Work);
    QCOMPARE(parsed->at(1).category.kind(), AssociationCategory::Other);
    // Kept as sent, so that a write sends it back unchanged.
    QCOMPARE(parsed->at(1).category.apiName(), u"PARTNER_DEFINED"_s);
    QVERIFY(!parsed->at(1).category.isUserEditable());
}

void TestCoreJsonRequired::batchErrorWithoutMessageIsStillAnError() {
    const auto parsed = json::parseBatchResult(R"({"status":"COMPLETE","errors":[{}]})");
    QVERIFY2(parsed, why(parsed));
    QVERIFY(parsed->hasErrors());
    QCOMPARE(parsed->errors.size(), 1);
    QVERIFY(parsed->errors[0].message.isEmpty());
}

void TestCoreJsonRequired::usagePercentageIsComputedWhenMissing() {
    const auto parsed =
        json::parseLabelUsage("{\"results\":[{" + usageRef + ",\"limit\":50,\"usage\":5}]}");
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->at(0).percentage, 10.0);
    QCOMPARE(parsed->at(0).from.objectTypeId, u"0-1"_s);
    QVERIFY(parsed->at(0).from.pluralLabel.isEmpty());
    const auto noLimit = json::parseLabelUsage("{\"results\":[{" + usageRef + ",\"usage\":5}]}");
    QVERIFY2(noLimit, why(noLimit));
    QCOMPARE(noLimit->at(0).limit, 0); // unknown: the app then shows no maximum
    QCOMPARE(noLimit->at(0).percentage, 0.0);
}

void TestCoreJsonRequired::tokenGrantIgnoresOddInformationalFields() {
    const auto parsed = json::parseTokenGrant(
        R"({"access_token":"a","expires_in":60,"token_type":1,"hub_id":"7","scopes":["x",2]})");
    QVERIFY2(parsed, why(parsed));
    QCOMPARE(parsed->accessToken, u"a"_s);
    QCOMPARE(parsed->expiresInSeconds, 60);
    QVERIFY(parsed->tokenType.isEmpty());
    QCOMPARE(parsed->hubId, 0);
    QCOMPARE(parsed->scopes, QStringList{u"x"_s});
}

void TestCoreJsonRequired::usedFieldNamesItsPath_data() {
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("word"); // must occur in the message

    QTest::newRow("label typeId missing")
        << u"labels"_s
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1},{"category":"USER_DEFINED"}]})")
        << u"results[1].typeId"_s << u"missing"_s;
    QTest::newRow("label category missing")
        << u"labels"_s << QByteArray(R"({"results":[{"typeId":1}]})") << u"results[0].category"_s
        << u"missing"_s;
    QTest::newRow("label text a number")
        << u"labels"_s
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":1,"label":7}]})")
        << u"results[0].label"_s << u"string"_s;
    QTest::newRow("limit value a string")
        << u"limits"_s
        << QByteArray(
               R"({"results":[{"category":"USER_DEFINED","typeId":1,"userEnforcedMaxToObjectIds":"3"}]})")
        << u"results[0].userEnforcedMaxToObjectIds"_s << u"integer"_s;
    QTest::newRow("batch status missing")
        << u"batch"_s << QByteArray(R"({"results":[]})") << u"status"_s << u"missing"_s;
    QTest::newRow("batch errors an object")
        << u"batch"_s << QByteArray(R"({"status":"COMPLETE","errors":{}})") << u"errors"_s
        << u"array"_s;
    QTest::newRow("batch error message a number")
        << u"batch"_s << QByteArray(R"({"status":"COMPLETE","errors":[{"message":4}]})")
        << u"errors[0].message"_s << u"string"_s;
    QTest::newRow("schema with neither objectTypeId nor id")
        << u"schemas"_s << QByteArray(R"({"results":[{"name":"cars"}]})")
        << u"results[0].objectTypeId"_s << u"missing"_s;
    QTest::newRow("schema objectTypeId a number")
        << u"schemas"_s << QByteArray(R"({"results":[{"objectTypeId":2,"name":"cars"}]})")
        << u"results[0].objectTypeId"_s << u"string"_s;
    QTest::newRow("second schema without name")
        << u"schemas"_s
        << QByteArray(R"({"results":[{"objectTypeId":"2-1","name":"a"},{"objectTypeId":"2-2"}]})")
        << u"results[1].name"_s << u"missing"_s;
    QTest::newRow("schema labels a string")
        << u"schemas"_s
        << QByteArray(R"({"results":[{"objectTypeId":"2-1","name":"a","labels":"Cars"}]})")
        << u"results[0].labels"_s << u"object"_s;
    QTest::newRow("schema plural label a number")
        << u"schemas"_s
        << QByteArray(R"({"results":[{"objectTypeId":"2-1","name":"a","labels":{"plural":3}}]})")
        << u"results[0].labels.plural"_s << u"string"_s;
    QTest::newRow("account portalId missing")
        << u"account"_s << QByteArray(R"({"uiDomain":"app.hubspot.com"})") << u"portalId"_s
        << u"missing"_s;
    QTest::newRow("account uiDomain a number")
        << u"account"_s << QByteArray(R"({"portalId":1,"uiDomain":5})") << u"uiDomain"_s
        << u"string"_s;
    QTest::newRow("usage count missing")
        << u"labelUsage"_s << "{\"results\":[{" + usageRef + ",\"limit\":50}]}"
        << u"results[0].usage"_s << u"missing"_s;
    QTest::newRow("usage pair id missing")
        << u"labelUsage"_s
        << QByteArray(
               R"({"results":[{"fromObjectType":{"objectTypeId":"0-1"},"toObjectType":{"singularLabel":"Company"},"usage":1}]})")
        << u"results[0].toObjectType.objectTypeId"_s << u"missing"_s;
    QTest::newRow("record total missing")
        << u"recordLimits"_s << QByteArray(R"({"totalRecordsAtLimit":0})")
        << u"totalRecordsNearLimit"_s << u"missing"_s;
    QTest::newRow("near sample usage missing")
        << u"recordLimits"_s
        << QByteArray(
               R"({"totalRecordsAtLimit":0,"totalRecordsNearLimit":1,"nearLimitFromRecordSamples":[{"objectId":5}]})")
        << u"nearLimitFromRecordSamples[0].usage"_s << u"missing"_s;
    QTest::newRow("grant lifetime missing")
        << u"token"_s << QByteArray(R"({"access_token":"a"})") << u"expires_in"_s << u"missing"_s;
    // Numbers past every integer type name the field that holds them.
    QTest::newRow("typeId 2^63")
        << u"labels"_s
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":9223372036854775808}]})")
        << u"results[0].typeId"_s << u"range"_s;
    QTest::newRow("portalId 2^63")
        << u"account"_s << QByteArray(R"({"portalId":9223372036854775808})") << u"portalId"_s
        << u"range"_s;
    QTest::newRow("expires_in -2^63")
        << u"token"_s << QByteArray(R"({"access_token":"a","expires_in":-9223372036854775809})")
        << u"expires_in"_s << u"range"_s;
}

void TestCoreJsonRequired::usedFieldNamesItsPath() {
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, word);
    const Check parse = parserNamed(parser);
    QVERIFY(parse);
    const auto error = parse(body);
    QVERIFY2(error, "a used field that is missing or mistyped must fail the response");
    QCOMPARE(error->path, path);
    QVERIFY2(error->message.contains(word), qPrintable(error->toString()));
    QVERIFY(error->toString().startsWith(path + u": "_s));
}

void TestCoreJsonRequired::duplicateKeysAreRefusedWithTheirPath_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");

    QTest::newRow("typeId twice")
        << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":9,"typeId":1}]})")
        << u"results[0].typeId"_s;
    QTest::newRow("results twice") << QByteArray(R"({"results":[],"results":[]})") << u"results"_s;
    QTest::newRow("same key, once escaped")
        << QByteArray(R"({"results":[{"category":"A","c\u0061tegory":"B","typeId":1}]})")
        << u"results[0].category"_s;
    QTest::newRow("deep inside an unknown field")
        << QByteArray(
               R"({"results":[{"category":"A","typeId":1},{"category":"A","typeId":2,"x":{"y":[0,{"z":1,"z":2}]}}]})")
        << u"results[1].x.y[1].z"_s;
}

void TestCoreJsonRequired::duplicateKeysAreRefusedWithTheirPath() {
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const auto parsed = json::parseLabelCollection(body);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().path, path);
    QVERIFY2(parsed.error().message.contains(u"twice"_s), qPrintable(parsed.error().toString()));
}

void TestCoreJsonRequired::duplicateKeyScanIsNotFooledByStrings() {
    // Braces, quotes and colons inside strings, and the same key in sibling objects.
    QVERIFY(!JsonDuplicateKeys::find(R"({"a":"}{\"a\":1,","b":{"a":1},"c":[{"a":1},{"a":2}]})"));
    QCOMPARE(JsonDuplicateKeys::find(R"({"a\\":1,"a\\":2})"), std::optional<QString>(u"a\\"_s));
    QCOMPARE(JsonDuplicateKeys::find(R"({"k":[[{"\ud83d\ude00":1,"😀":2}]]})"),
             std::optional<QString>(u"k[0][0].😀"_s));
    QCOMPARE(JsonDuplicateKeys::find(R"([{"a":1},{"a":1,"b":{"a":2},"a":3}])"),
             std::optional<QString>(u"[1].a"_s));
    const auto ok = json::parseLabelCollection(
        R"({"results":[{"category":"USER_DEFINED","typeId":1,"label":"x\",\"typeId\":2"}]})");
    QVERIFY2(ok, why(ok));
    QCOMPARE(ok->at(0).label, std::optional<QString>(uR"(x","typeId":2)"_s));
}

void TestCoreJsonRequired::errorBodyWithDuplicateKeysStillYieldsItsMessage() {
    const auto parsed = json::parseErrorBody(
        R"({"status":"error","message":"first","message":"Property values were not valid","category":"VALIDATION_ERROR"})");
    QVERIFY(parsed);
    QCOMPARE(parsed->category, u"VALIDATION_ERROR"_s);
    QVERIFY(!parsed->message.isEmpty());
}

void TestCoreJsonRequired::documentFilesRefuseDuplicateKeys() {
    const auto read = SchemaDocument::read(
        R"({"format":"association-studio-schema","formatVersion":1,"format":"x","objectTypes":[],"pairs":[]})");
    QVERIFY(!read);
    QCOMPARE(read.error().path, u"format"_s);
    QVERIFY(read.error().message.contains(u"twice"_s));
}

void TestCoreJsonRequired::unreadableBodiesSayWhy_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("word");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("HTML page") << QByteArray("\n<!DOCTYPE html><html><body>Sign in</body></html>")
                               << u"HTML"_s;
    QTest::newRow("not UTF-8")
        << QByteArray(
               "{\"results\":[{\"category\":\"USER_DEFINED\",\"typeId\":1,\"label\":\"\xff\"}]}")
        << u"UTF-8"_s;
    QTest::newRow("1e400") << QByteArray(
                                  R"({"results":[{"category":"USER_DEFINED","typeId":1e400}]})")
                           << u"number"_s;
    QTest::newRow("nested past Qt's limit")
        << "{\"results\":" + QByteArray(1100, '[') + QByteArray(1100, ']') + "}" << u"nested"_s;
    QTest::newRow("truncated") << QByteArray(R"({"results":[{"category":"USER_DEF)") << u"JSON"_s;
}

void TestCoreJsonRequired::unreadableBodiesSayWhy() {
    QFETCH(QByteArray, body);
    QFETCH(QString, word);
    for (const QString &name : {u"labels"_s, u"limits"_s, u"batch"_s, u"schemas"_s, u"account"_s,
                                u"labelUsage"_s, u"recordLimits"_s, u"token"_s}) {
        const auto error = parserNamed(name)(body);
        QVERIFY2(error, qPrintable(name));
        QVERIFY2(error->message.contains(word), qPrintable(name + u": "_s + error->toString()));
    }
}

QTEST_GUILESS_MAIN(TestCoreJsonRequired)
#include "test_core_json_required.moc"
