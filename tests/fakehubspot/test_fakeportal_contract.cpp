// SPDX-License-Identifier: MIT
// Contract test: every route of every API version, success and error path,
// validated against shapes written by hand from reading HubSpot's OpenAPI files.
#include "FakeHubSpotServer.h"
#include "HttpTestClient.h"
#include "JsonShape.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace assoc::fake;
using namespace shape;

namespace {

QStringList categories(bool withWork) {
    QStringList c{u"HUBSPOT_DEFINED"_s, u"USER_DEFINED"_s, u"INTEGRATOR_DEFINED"_s};
    if (withWork)
        c.append(u"WORK"_s);
    return c;
}

const QStringList kBatchStatus{u"PENDING"_s, u"PROCESSING"_s, u"CANCELED"_s, u"COMPLETE"_s};

ShapePtr errorDetail() {
    return make({req(u"message"_s, K::String), opt(u"code"_s, K::String), opt(u"in"_s, K::String),
                 opt(u"subCategory"_s, K::String), opt(u"context"_s, K::StringListMap)});
}

// HubSpot's Error plus the `status: "error"` real bodies carry.
ShapePtr errorShape() {
    return make({req(u"message"_s, K::String), req(u"correlationId"_s, K::String),
                 req(u"category"_s, K::String), oneOf(opt(u"status"_s, K::String), {u"error"_s}),
                 opt(u"subCategory"_s, K::String), opt(u"context"_s, K::StringListMap),
                 opt(u"links"_s, K::AnyObject), arrayOf(opt(u"errors"_s, K::Array), errorDetail())},
                true);
}

ShapePtr standardError() {
    return make({req(u"status"_s, K::String), req(u"category"_s, K::String),
                 req(u"message"_s, K::String), arrayOf(req(u"errors"_s, K::Array), errorDetail()),
                 req(u"context"_s, K::StringListMap), req(u"links"_s, K::AnyObject),
                 opt(u"id"_s, K::String), opt(u"subCategory"_s, K::AnyObject)},
                true);
}

ShapePtr batchShape(ShapePtr result, bool withErrors) {
    QList<JsonField> f{oneOf(req(u"status"_s, K::String), kBatchStatus),
                       arrayOf(req(u"results"_s, K::Array), std::move(result)),
                       req(u"startedAt"_s, K::DateTime),
                       req(u"completedAt"_s, K::DateTime),
                       opt(u"requestedAt"_s, K::DateTime),
                       opt(u"links"_s, K::AnyObject)};
    if (withErrors) {
        f.append(arrayOf(opt(u"errors"_s, K::Array), standardError()));
        f.append(opt(u"numErrors"_s, K::Integer));
    }
    return make(f, true);
}

ShapePtr objectTypeDefinition() {
    return make({req(u"objectTypeId"_s, K::String), req(u"singularLabel"_s, K::String),
                 req(u"pluralLabel"_s, K::String)});
}

void expectJson(const HttpResult &r, int status, const ShapePtr &s) {
    QVERIFY2(r.status == status,
             qPrintable(u"status %1, expected %2: %3"_s.arg(r.status).arg(status).arg(
                 QString::fromUtf8(r.body))));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.hasHeader("X-HubSpot-Correlation-Id"));
    QVERIFY(r.isJson());
    const QStringList errors = s->check(r.json());
    QVERIFY2(errors.isEmpty(),
             qPrintable(errors.join(u"; "_s) + u" in "_s + QString::fromUtf8(r.body)));
}

void expectError(const HttpResult &r, int status) {
    expectJson(r, status, errorShape());
    QCOMPARE(r.json()[u"correlationId"_s].toString().toLatin1(),
             r.header("X-HubSpot-Correlation-Id"));
}

void expectNoContent(const HttpResult &r) {
    QCOMPARE(r.status, 204);
    QVERIFY(!r.hasHeader("Content-Type"));
    QVERIFY(r.body.isEmpty());
}

} // namespace

class TestFakePortalContract : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeHubSpotServer> server;
    std::unique_ptr<HttpTestClient> client;

private Q_SLOTS:
    void init() {
        server = std::make_unique<FakeHubSpotServer>();
        seed(server->state(), Seed::Demo);
        QVERIFY(server->listen());
        client = std::make_unique<HttpTestClient>(server->baseUrl(), server->privateAppToken());
    }
    void cleanup() {
        client.reset();
        server.reset();
    }

    void validatorCatchesDeviations() {
        // The shapes are only worth something if they reject wrong bodies.
        const ShapePtr s =
            make({oneOf(req(u"category"_s, K::String), categories(false)),
                  req(u"typeId"_s, K::Integer), nullable(opt(u"label"_s, K::String))},
                 true);
        QVERIFY(
            s->check(
                 {{u"category"_s, u"USER_DEFINED"_s}, {u"typeId"_s, 3}, {u"label"_s, QJsonValue()}})
                .isEmpty());
        QCOMPARE(s->check({{u"category"_s, u"WORK"_s}, {u"typeId"_s, 3}}).size(), 1);
        QCOMPARE(s->check({{u"category"_s, u"USER_DEFINED"_s}, {u"typeId"_s, 1.5}}).size(), 1);
        QCOMPARE(s->check({{u"category"_s, u"USER_DEFINED"_s}}).size(), 1);
        QCOMPARE(s->check({{u"category"_s, u"USER_DEFINED"_s}, {u"typeId"_s, 3}, {u"extra"_s, 1}})
                     .size(),
                 1);
    }

    void associationRoutes_data() {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("dated");        // WORK category in the enum
        QTest::addColumn<bool>("labelTypeIds"); // from/toObjectTypeId on labels
        QTest::addColumn<int>("createCode");
        QTest::addColumn<int>("createErrorCode");
        QTest::addColumn<int>("updateErrorCode");
        QTest::addColumn<int>("purgeCode");
        QTest::newRow("v4") << u"/crm/v4/associations"_s << false << false << 201 << 207 << 207
                            << 204;
        QTest::newRow("v4-new") << u"/crm/associations/v4"_s << true << true << 201 << 207 << 207
                                << 204;
        QTest::newRow("2026-03") << u"/crm/associations/2026-03"_s << true << true << 201 << 207
                                 << 207 << 200;
        QTest::newRow("2026-09") << u"/crm/associations/2026-09"_s << true << false << 200 << 200
                                 << 200 << 200;
    }
    void associationRoutes() {
        QFETCH(QString, prefix);
        QFETCH(bool, dated);
        QFETCH(bool, labelTypeIds);
        QFETCH(int, createCode);
        QFETCH(int, createErrorCode);
        QFETCH(int, updateErrorCode);
        QFETCH(int, purgeCode);

        QList<JsonField> labelFields{oneOf(req(u"category"_s, K::String), categories(dated)),
                                     req(u"typeId"_s, K::Integer),
                                     nullable(opt(u"label"_s, K::String))};
        if (labelTypeIds) {
            labelFields.append(req(u"fromObjectTypeId"_s, K::String));
            labelFields.append(req(u"toObjectTypeId"_s, K::String));
        }
        const ShapePtr labels =
            make({arrayOf(req(u"results"_s, K::Array), make(labelFields, true))}, true);
        const ShapePtr configItem =
            make({oneOf(req(u"category"_s, K::String), categories(dated)),
                  req(u"typeId"_s, K::Integer), nullable(opt(u"label"_s, K::String)),
                  nullable(opt(u"userEnforcedMaxToObjectIds"_s, K::Integer))},
                 true);
        const ShapePtr configs = make({arrayOf(req(u"results"_s, K::Array), configItem)}, true);
        const ShapePtr updateItem =
            make({oneOf(req(u"category"_s, K::String), categories(dated)),
                  req(u"typeId"_s, K::Integer), opt(u"userEnforcedMaxToObjectIds"_s, K::Integer)},
                 true);
        const bool errorsInline = createCode == 200; // 2026-09 reports errors in the 200 body

        // Labels: list, create, rename, delete.
        const QString labelsPath = prefix + u"/contacts/0-3/labels"_s;
        expectJson(client->get(labelsPath), 200, labels);
        expectError(client->get(prefix + u"/nothing/0-3/labels"_s), 400);
        const HttpResult created =
            client->post(labelsPath, {{u"name"_s, u"champion"_s},
                                      {u"label"_s, u"Champion"_s},
                                      {u"inverseLabel"_s, u"Championed deal"_s}});
        expectJson(created, 200, labels);
        expectError(client->post(labelsPath, {{u"name"_s, u"9bad"_s}, {u"label"_s, u"x"_s}}), 400);
        expectError(client->send("POST", labelsPath, "not json"), 400);
        const int forward = created.json()[u"results"_s][1][u"typeId"_s].toInt();
        expectNoContent(
            client->put(labelsPath, {{u"associationTypeId"_s, forward}, {u"label"_s, u"Champ"_s}}));
        expectError(
            client->put(labelsPath, {{u"associationTypeId"_s, 987654}, {u"label"_s, u"x"_s}}), 404);

        // Limits: pair and all, create, update, purge.
        const QString configPath = prefix + u"/definitions/configurations/0-1/0-3"_s;
        expectJson(client->get(configPath), 200, configs);
        expectError(client->get(prefix + u"/definitions/configurations/0-1/gadgets"_s), 400);
        expectJson(client->get(prefix + u"/definitions/configurations/all"_s), 200, configs);
        expectError(
            HttpTestClient(server->baseUrl()).get(prefix + u"/definitions/configurations/all"_s),
            401);

        auto input = [&](int typeId, int max) {
            return QJsonObject{{u"category"_s, u"USER_DEFINED"_s},
                               {u"typeId"_s, typeId},
                               {u"maxToObjectIds"_s, max}};
        };
        const HttpResult create = client->post(configPath + u"/batch/create"_s,
                                               {{u"inputs"_s, QJsonArray{input(forward, 4)}}});
        expectJson(create, createCode, batchShape(configItem, errorsInline));
        const HttpResult createErr =
            client->post(configPath + u"/batch/create"_s,
                         {{u"inputs"_s, QJsonArray{input(forward, 4), input(-1, 4)}}});
        expectJson(createErr, createErrorCode, batchShape(configItem, true));
        QCOMPARE(createErr.json()[u"status"_s].toString(), u"CANCELED"_s);
        QCOMPARE(createErr.json()[u"numErrors"_s].toInt(), 2);
        expectError(client->post(configPath + u"/batch/create"_s,
                                 {{u"inputs"_s, QJsonArray{QJsonObject{{u"typeId"_s, 1}}}}}),
                    400);

        expectJson(client->post(configPath + u"/batch/update"_s,
                                {{u"inputs"_s, QJsonArray{input(forward, 6)}}}),
                   200, batchShape(updateItem, errorsInline));
        const HttpResult updateErr =
            client->post(configPath + u"/batch/update"_s,
                         {{u"inputs"_s, QJsonArray{input(forward, 7), input(forward, 20000)}}});
        expectJson(updateErr, updateErrorCode, batchShape(updateItem, true));
        QCOMPARE(updateErr.json()[u"numErrors"_s].toInt(), 1);
        expectError(client->post(configPath + u"/batch/update"_s, {{u"nope"_s, 1}}), 400);

        const QJsonObject purge{
            {u"inputs"_s,
             QJsonArray{QJsonObject{{u"category"_s, u"USER_DEFINED"_s}, {u"typeId"_s, forward}}}}};
        const HttpResult purged = client->post(configPath + u"/batch/purge"_s, purge);
        if (purgeCode == 204)
            expectNoContent(purged);
        else
            expectJson(purged, 200, batchShape(make({}, false), true));
        expectError(client->post(configPath + u"/batch/purge"_s, purge), 400);

        expectNoContent(client->del(labelsPath + u"/%1"_s.arg(forward)));
        expectError(client->del(labelsPath + u"/4"_s), 400); // HubSpot-defined contact->deal
        expectError(client->del(labelsPath + u"/%1"_s.arg(forward)), 404);
    }

    // The demo portal has no listings (0-420) and its token may not read users (0-115).
    void unavailableObjectTypes_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QString prefixes[] = {u"/crm/v4/associations"_s, u"/crm/associations/v4"_s,
                                    u"/crm/associations/2026-03"_s, u"/crm/associations/2026-09"_s};
        for (const QString &prefix : prefixes) {
            const QByteArray p = prefix.toLatin1();
            QTest::newRow(p + " labels absent") << prefix + u"/0-1/listings/labels"_s << 400;
            QTest::newRow(p + " labels denied") << prefix + u"/users/0-1/labels"_s << 403;
            QTest::newRow(p + " limits absent")
                << prefix + u"/definitions/configurations/0-420/0-1"_s << 400;
            QTest::newRow(p + " limits denied")
                << prefix + u"/definitions/configurations/0-1/0-115"_s << 403;
        }
        QTest::newRow("label usage absent")
            << u"/crm/v3/limits/associations/labels?fromObjectTypeId=0-420"_s << 400;
        QTest::newRow("label usage denied")
            << u"/crm/v3/limits/associations/labels?toObjectTypeId=0-115"_s << 403;
        QTest::newRow("records denied") << u"/crm/v3/limits/associations/records/0-115/to"_s << 403;
    }
    void unavailableObjectTypes() {
        QFETCH(QString, path);
        QFETCH(int, status);
        const HttpResult r = client->get(path);
        expectError(r, status);
        const QJsonObject body = r.json();
        QCOMPARE(body[u"status"_s].toString(), u"error"_s);
        if (status == 400) {
            QCOMPARE(body[u"category"_s].toString(), u"VALIDATION_ERROR"_s);
            QVERIFY(
                body[u"message"_s].toString().startsWith(u"Unable to infer object type from: "_s));
            return;
        }
        QCOMPARE(body[u"category"_s].toString(), u"MISSING_SCOPES"_s);
        const ShapePtr detail = make(
            {req(u"message"_s, K::String),
             object(req(u"context"_s, K::Object),
                    make({arrayOf(req(u"requiredGranularScopes"_s, K::Array), K::String)}, true))},
            true);
        const QJsonArray errors = body[u"errors"_s].toArray();
        QCOMPARE(errors.size(), 1);
        const QStringList deviations = detail->check(errors.first().toObject());
        QVERIFY2(deviations.isEmpty(), qPrintable(deviations.join(u"; "_s)));
        QCOMPARE(errors.first()[u"context"_s][u"requiredGranularScopes"_s].toArray(),
                 QJsonArray{u"crm.objects.users.read"_s});
    }

    void twoHundredSwitchForV4() {
        server->config().v4TwoHundredCodes = true;
        const QString configPath =
            u"/crm/v4/associations/definitions/configurations/0-1/0-2/batch/"_s;
        const QJsonObject in{
            {u"category"_s, u"USER_DEFINED"_s}, {u"typeId"_s, 110}, {u"maxToObjectIds"_s, 1}};
        QCOMPARE(client->post(configPath + u"update"_s, {{u"inputs"_s, QJsonArray{in}}}).status,
                 200);
        const HttpResult purged = client->post(
            configPath + u"purge"_s,
            {{u"inputs"_s,
              QJsonArray{QJsonObject{{u"category"_s, u"USER_DEFINED"_s}, {u"typeId"_s, 110}}}}});
        QCOMPARE(purged.status, 200);
        QVERIFY(purged.header("Content-Type").startsWith("application/json"));
        QCOMPARE(client->post(configPath + u"create"_s, {{u"inputs"_s, QJsonArray{in}}}).status,
                 200);
    }

    void schemas_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("new") << u"/crm-object-schemas/v3/schemas"_s;
        QTest::newRow("old") << u"/crm/v3/schemas"_s;
    }
    void schemas() {
        QFETCH(QString, path);
        const ShapePtr property =
            make({req(u"description"_s, K::String), req(u"fieldType"_s, K::String),
                  req(u"groupName"_s, K::String), req(u"label"_s, K::String),
                  req(u"name"_s, K::String), arrayOf(req(u"options"_s, K::Array), make({})),
                  req(u"type"_s, K::String), opt(u"displayOrder"_s, K::Integer),
                  opt(u"hidden"_s, K::Boolean), opt(u"createdAt"_s, K::DateTime)});
        const ShapePtr association =
            make({req(u"fromObjectTypeId"_s, K::String), req(u"id"_s, K::String),
                  req(u"toObjectTypeId"_s, K::String), opt(u"name"_s, K::String),
                  opt(u"createdAt"_s, K::DateTime), opt(u"updatedAt"_s, K::DateTime)},
                 true);
        const ShapePtr schema =
            make({arrayOf(req(u"associations"_s, K::Array), association), req(u"id"_s, K::String),
                  object(req(u"labels"_s, K::Object),
                         make({opt(u"singular"_s, K::String), opt(u"plural"_s, K::String)}, true)),
                  req(u"name"_s, K::String), arrayOf(req(u"properties"_s, K::Array), property),
                  arrayOf(req(u"requiredProperties"_s, K::Array), K::String),
                  opt(u"objectTypeId"_s, K::String), opt(u"fullyQualifiedName"_s, K::String),
                  opt(u"createdAt"_s, K::DateTime), opt(u"updatedAt"_s, K::DateTime),
                  opt(u"archived"_s, K::Boolean), opt(u"primaryDisplayProperty"_s, K::String),
                  arrayOf(opt(u"searchableProperties"_s, K::Array), K::String),
                  arrayOf(opt(u"secondaryDisplayProperties"_s, K::Array), K::String)},
                 true);
        expectJson(client->get(path), 200,
                   make({arrayOf(req(u"results"_s, K::Array), schema)}, true));
        expectJson(client->get(path + u"/2-7300101"_s), 200, schema);
        expectError(client->get(path + u"/2-1"_s), 404);
        expectError(HttpTestClient(server->baseUrl()).get(path), 401);
    }

    void accountDetails() {
        expectJson(
            client->get(u"/account-info/v3/details"_s), 200,
            make({req(u"portalId"_s, K::Integer), req(u"accountType"_s, K::String),
                  req(u"timeZone"_s, K::String), req(u"companyCurrency"_s, K::String),
                  arrayOf(req(u"additionalCurrencies"_s, K::Array), K::String),
                  req(u"utcOffset"_s, K::String), req(u"utcOffsetMilliseconds"_s, K::Integer),
                  oneOf(req(u"uiDomain"_s, K::String), {u"app.hubspot.com"_s}),
                  req(u"dataHostingLocation"_s, K::String)},
                 true));
        expectError(
            HttpTestClient(server->baseUrl(), u"wrong"_s).get(u"/account-info/v3/details"_s), 401);
    }

    void limitsTracking() {
        const ShapePtr labelLimit =
            make({object(req(u"fromObjectType"_s, K::Object), objectTypeDefinition()),
                  object(req(u"toObjectType"_s, K::Object), objectTypeDefinition()),
                  arrayOf(req(u"allLabels"_s, K::Array), K::String), req(u"limit"_s, K::Integer),
                  req(u"usage"_s, K::Integer), req(u"percentage"_s, K::Number)},
                 true);
        expectJson(client->get(u"/crm/v3/limits/associations/labels"_s), 200,
                   make({arrayOf(req(u"results"_s, K::Array), labelLimit)}, true));
        expectJson(
            client->get(
                u"/crm/v3/limits/associations/labels?fromObjectTypeId=0-1&toObjectTypeId=0-2"_s),
            200, make({arrayOf(req(u"results"_s, K::Array), labelLimit)}, true));
        expectError(client->get(u"/crm/v3/limits/associations/labels?fromObjectTypeId=bogus"_s),
                    400);

        const ShapePtr records =
            make({req(u"limit"_s, K::Integer), req(u"totalRecordsAtLimit"_s, K::Integer),
                  req(u"totalRecordsNearLimit"_s, K::Integer),
                  arrayOf(req(u"atLimitFromRecordSamples"_s, K::Array),
                          make({req(u"objectId"_s, K::Integer), req(u"label"_s, K::String)}, true)),
                  arrayOf(req(u"nearLimitFromRecordSamples"_s, K::Array),
                          make({req(u"objectId"_s, K::Integer), req(u"label"_s, K::String),
                                req(u"usage"_s, K::Integer), req(u"percentage"_s, K::Number)},
                               true))},
                 true);
        expectJson(client->get(u"/crm/v3/limits/associations/records/0-3/0-1"_s), 200, records);
        expectError(client->get(u"/crm/v3/limits/associations/records/0-3/bogus"_s), 400);
        const ShapePtr nearOrAt = make(
            {arrayOf(
                req(u"results"_s, K::Array),
                make({req(u"objectTypeId"_s, K::String), req(u"singularLabel"_s, K::String),
                      req(u"pluralLabel"_s, K::String), req(u"hasRecordsAtLimit"_s, K::Boolean),
                      req(u"hasRecordsNearLimit"_s, K::Boolean)},
                     true))},
            true);
        expectJson(client->get(u"/crm/v3/limits/associations/records/from"_s), 200, nearOrAt);
        expectJson(client->get(u"/crm/v3/limits/associations/records/0-1/to"_s), 200, nearOrAt);
    }

    void oauthToken() {
        HttpTestClient anonymous(server->baseUrl());
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"client_id"_s, server->oauthClientId());
        form.addQueryItem(u"client_secret"_s, server->oauthClientSecret());
        form.addQueryItem(u"refresh_token"_s, server->issueRefreshToken());
        expectJson(
            anonymous.postForm(u"/oauth/v1/token"_s, form.toString(QUrl::FullyEncoded).toLatin1()),
            200,
            make({req(u"access_token"_s, K::String), req(u"expires_in"_s, K::Integer),
                  req(u"refresh_token"_s, K::String), req(u"token_type"_s, K::String),
                  oneOf(req(u"token_use"_s, K::String), {u"access_token"_s}),
                  opt(u"hub_id"_s, K::Integer), opt(u"user_id"_s, K::Integer),
                  arrayOf(opt(u"scopes"_s, K::Array), K::String), opt(u"id_token"_s, K::String)},
                 true));
        const ShapePtr tokenError = make({req(u"status"_s, K::String), req(u"message"_s, K::String),
                                          opt(u"correlationId"_s, K::String)},
                                         true);
        expectJson(anonymous.postForm(u"/oauth/v1/token"_s, "grant_type=refresh_token&client_id=x"),
                   400, tokenError);
        expectNoContent(anonymous.del(u"/oauth/v1/refresh-tokens/whatever"_s));
    }

    void rateLimitBody() {
        server->config().burstMax = 1;
        QCOMPARE(client->get(u"/account-info/v3/details"_s).status, 200);
        expectJson(
            client->get(u"/account-info/v3/details"_s), 429,
            make({oneOf(req(u"status"_s, K::String), {u"error"_s}), req(u"message"_s, K::String),
                  oneOf(req(u"errorType"_s, K::String), {u"RATE_LIMIT"_s}),
                  req(u"correlationId"_s, K::String),
                  oneOf(req(u"policyName"_s, K::String), {u"TEN_SECONDLY_ROLLING"_s, u"DAILY"_s})},
                 true));
    }

    void unknownRoute() {
        expectError(client->get(u"/crm/v4/associations/0-1/0-2/nothing"_s), 404);
        expectError(client->send("PATCH", u"/crm/v4/associations/0-1/0-2/labels"_s, "{}"), 405);
    }
};

QTEST_GUILESS_MAIN(TestFakePortalContract)
#include "test_fakeportal_contract.moc"
