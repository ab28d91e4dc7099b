// SPDX-License-Identifier: MIT
// Behaviour of the fake portal over real HTTP: label pairing, limits, errors,
// auth, OAuth, rate limits, latency, faults and the auxiliary endpoints.
#include "FakeHubSpotServer.h"
#include "HttpTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace assoc::fake;

class TestFakePortalBehaviour : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeHubSpotServer> server;
    std::unique_ptr<HttpTestClient> client;

    QJsonArray labelsOf(const QString &from, const QString &to) {
        return client->get(u"/crm/v4/associations/%1/%2/labels"_s.arg(from, to))
            .json()[u"results"_s]
            .toArray();
    }
    static QJsonObject byId(const QJsonArray &results, int typeId) {
        for (const auto &v : results) {
            if (v[u"typeId"_s].toInt() == typeId && v[u"category"_s] == u"USER_DEFINED"_s)
                return v.toObject();
        }
        return {};
    }
    HttpResult createLabel(const QString &from, const QString &to, const QString &name,
                           const QString &label, const QString &inverse = {},
                           const QString &prefix = u"/crm/v4/associations"_s) {
        QJsonObject body{{u"name"_s, name}, {u"label"_s, label}};
        if (!inverse.isEmpty())
            body.insert(u"inverseLabel"_s, inverse);
        return client->post(u"%1/%2/%3/labels"_s.arg(prefix, from, to), body);
    }
    static void checkError(const HttpResult &r, int status, const QString &category) {
        QCOMPARE(r.status, status);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = r.json();
        QCOMPARE(body[u"status"_s].toString(), u"error"_s);
        QCOMPARE(body[u"category"_s].toString(), category);
        QVERIFY(!body[u"message"_s].toString().isEmpty());
        QCOMPARE(body[u"correlationId"_s].toString().toLatin1(),
                 r.header("X-HubSpot-Correlation-Id"));
    }

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

    // HubSpot's validators are not in the notes: ETags and 304s only with the switch, the tag a
    // hash of the body, so that it changes with the answer.
    void etagsAreASwitch() {
        const QString path = u"/crm/v4/associations/0-1/0-2/labels"_s;
        QVERIFY(client->get(path).header("ETag").isEmpty());
        QCOMPARE(client->send("GET", path, {}, {{"If-None-Match", "*"}}).status, 200);
        server->config().etags = true;
        const HttpResult first = client->get(path);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("ETag");
        QVERIFY2(etag.startsWith('"') && etag.size() == 34, etag.constData());
        const QList<QByteArray> matching = {etag, QByteArray("W/") + etag,
                                            QByteArray("\"other\", ") + etag, QByteArray("*")};
        for (const QByteArray &ifNoneMatch : matching) {
            const HttpResult again =
                client->send("GET", path, {}, {{"If-None-Match", ifNoneMatch}});
            QCOMPARE(again.status, 304);
            QVERIFY(again.body.isEmpty());
            QCOMPARE(again.header("ETag"), etag);
        }
        QCOMPARE(client->send("GET", path, {}, {{"If-None-Match", "\"other\""}}).status, 200);
        QCOMPARE(createLabel(u"0-1"_s, u"0-2"_s, u"etag_check"_s, u"ETag check"_s).status, 200);
        const HttpResult changed = client->send("GET", path, {}, {{"If-None-Match", etag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(!changed.header("ETag").isEmpty() && changed.header("ETag") != etag);
    }

    void pairedLabelVisibleBothWaysWithDifferentIds() {
        const HttpResult r = createLabel(u"contacts"_s, u"companies"_s, u"reseller_contact"_s,
                                         u"Reseller contact"_s, u"Reseller"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json()[u"results"_s].toArray();
        QCOMPARE(results.size(), 2);
        const int high = results[0][u"typeId"_s].toInt();
        const int low = results[1][u"typeId"_s].toInt();
        QCOMPARE(high, low + 1); // higher id first, like the docs' example
        QCOMPARE(byId(labelsOf(u"0-1"_s, u"0-2"_s), low)[u"label"_s].toString(),
                 u"Reseller contact"_s);
        QCOMPARE(byId(labelsOf(u"0-2"_s, u"0-1"_s), high)[u"label"_s].toString(), u"Reseller"_s);
        QVERIFY(byId(labelsOf(u"0-1"_s, u"0-2"_s), high).isEmpty());
        QCOMPARE(server->state().labels(u"0-2"_s, u"0-1"_s).size(), 4); // 2, 280, billing, reseller
    }

    void singleLabelSameTextBothWays() {
        const HttpResult r = createLabel(u"deal"_s, u"company"_s, u"reseller"_s, u"Reseller"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json()[u"results"_s].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0][u"label"_s], results[1][u"label"_s]);
        QVERIFY(results[0][u"typeId"_s] != results[1][u"typeId"_s]);

        // Same-object single: one id, or two with the switch.
        QCOMPARE(createLabel(u"0-3"_s, u"0-3"_s, u"related_deal"_s, u"Related deal"_s)
                     .json()[u"results"_s]
                     .toArray()
                     .size(),
                 1);
        server->config().sameObjectSingleLabelTwoIds = true;
        QCOMPARE(createLabel(u"0-3"_s, u"0-3"_s, u"follow_up"_s, u"Follow-up"_s)
                     .json()[u"results"_s]
                     .toArray()
                     .size(),
                 2);
        // Same-object paired: both ids listed under A->A.
        const QJsonArray paired =
            createLabel(u"0-5"_s, u"0-5"_s, u"parent_ticket"_s, u"Parent"_s, u"Child"_s)
                .json()[u"results"_s]
                .toArray();
        QCOMPARE(paired.size(), 2);
        const QJsonArray listed = labelsOf(u"0-5"_s, u"0-5"_s);
        QVERIFY(!byId(listed, paired[0][u"typeId"_s].toInt()).isEmpty());
        QVERIFY(!byId(listed, paired[1][u"typeId"_s].toInt()).isEmpty());
    }

    void userIdsUniquePortalWide() {
        createLabel(u"0-1"_s, u"0-3"_s, u"a_one"_s, u"A"_s, u"B"_s);
        createLabel(u"0-2"_s, u"0-5"_s, u"b_two"_s, u"C"_s);
        createLabel(u"0-1"_s, u"0-1"_s, u"c_three"_s, u"D"_s);
        QSet<int> ids;
        int count = 0;
        for (const auto &t : server->state().associationTypes()) {
            if (t.category == u"USER_DEFINED") {
                ids.insert(t.typeId);
                ++count;
            }
        }
        QCOMPARE(ids.size(), count);
    }

    void deleteRemovesBothDirectionsAndLimits() {
        const QJsonArray made =
            createLabel(u"0-1"_s, u"0-3"_s, u"sponsor"_s, u"Sponsor"_s, u"Sponsored deal"_s)
                .json()[u"results"_s]
                .toArray();
        const int forward = made[1][u"typeId"_s].toInt();
        const int inverse = made[0][u"typeId"_s].toInt();
        const QJsonObject limitBody{
            {u"inputs"_s, QJsonArray{QJsonObject{{u"category"_s, u"USER_DEFINED"_s},
                                                 {u"typeId"_s, forward},
                                                 {u"maxToObjectIds"_s, 3}}}}};
        QCOMPARE(
            client
                ->post(u"/crm/v4/associations/definitions/configurations/0-1/0-3/batch/create"_s,
                       limitBody)
                .status,
            201);
        QVERIFY(server->state().limit(u"0-1"_s, u"0-3"_s, u"USER_DEFINED"_s, forward));
        const HttpResult del =
            client->del(u"/crm/v4/associations/0-1/0-3/labels/%1"_s.arg(forward));
        QCOMPARE(del.status, 204);
        QVERIFY(!del.hasHeader("Content-Type"));
        QVERIFY(del.body.isEmpty());
        QVERIFY(byId(labelsOf(u"0-1"_s, u"0-3"_s), forward).isEmpty());
        QVERIFY(byId(labelsOf(u"0-3"_s, u"0-1"_s), inverse).isEmpty());
        QVERIFY(!server->state().limit(u"0-1"_s, u"0-3"_s, u"USER_DEFINED"_s, forward));

        server->config().deleteBothDirections = false;
        const QJsonArray two = createLabel(u"0-1"_s, u"0-3"_s, u"sponsor2"_s, u"S2"_s, u"S3"_s)
                                   .json()[u"results"_s]
                                   .toArray();
        QCOMPARE(
            client
                ->del(u"/crm/v4/associations/0-1/0-3/labels/%1"_s.arg(two[1][u"typeId"_s].toInt()))
                .status,
            204);
        QVERIFY(!byId(labelsOf(u"0-3"_s, u"0-1"_s), two[0][u"typeId"_s].toInt()).isEmpty());
    }

    void inverseIdOnPathSwitch() {
        const QJsonArray made =
            createLabel(u"0-1"_s, u"0-3"_s, u"coach"_s, u"Coach"_s, u"Coached"_s)
                .json()[u"results"_s]
                .toArray();
        const int inverse = made[0][u"typeId"_s].toInt();
        QCOMPARE(client
                     ->put(u"/crm/v4/associations/0-1/0-3/labels"_s,
                           {{u"associationTypeId"_s, inverse}, {u"label"_s, u"Coached deal"_s}})
                     .status,
                 204);
        QCOMPARE(byId(labelsOf(u"0-3"_s, u"0-1"_s), inverse)[u"label"_s].toString(),
                 u"Coached deal"_s);
        server->config().acceptInverseIdOnPath = false;
        checkError(client->put(u"/crm/v4/associations/0-1/0-3/labels"_s,
                               {{u"associationTypeId"_s, inverse}, {u"label"_s, u"X"_s}}),
                   404, u"OBJECT_NOT_FOUND"_s);
        // Renaming with inverseLabel renames the other direction.
        QCOMPARE(client
                     ->put(u"/crm/v4/associations/0-1/0-3/labels"_s,
                           {{u"associationTypeId"_s, made[1][u"typeId"_s].toInt()},
                            {u"label"_s, u"Mentor"_s},
                            {u"inverseLabel"_s, u"Mentored deal"_s}})
                     .status,
                 204);
        QCOMPARE(byId(labelsOf(u"0-3"_s, u"0-1"_s), inverse)[u"label"_s].toString(),
                 u"Mentored deal"_s);
    }

    void hubSpotDefinedCannotChange() {
        checkError(client->put(u"/crm/v4/associations/0-1/0-2/labels"_s,
                               {{u"associationTypeId"_s, 1}, {u"label"_s, u"Main"_s}}),
                   400, u"VALIDATION_ERROR"_s);
        checkError(client->del(u"/crm/v4/associations/0-1/0-2/labels/279"_s), 400,
                   u"VALIDATION_ERROR"_s);
        checkError(client->del(u"/crm/v4/associations/0-1/0-2/labels/99999"_s), 404,
                   u"OBJECT_NOT_FOUND"_s);
    }

    void validationErrors() {
        checkError(createLabel(u"0-1"_s, u"0-2"_s, u"Bad Name"_s, u"X"_s), 400,
                   u"VALIDATION_ERROR"_s);
        checkError(createLabel(u"0-1"_s, u"0-2"_s, u"ok_name"_s, QString()), 400,
                   u"VALIDATION_ERROR"_s);
        checkError(createLabel(u"0-1"_s, u"0-2"_s, u"ok_name"_s, QString(101, u'x')), 400,
                   u"VALIDATION_ERROR"_s);
        checkError(createLabel(u"0-2"_s, u"0-1"_s, u"billing_contact"_s, u"Dup"_s), 400,
                   u"VALIDATION_ERROR"_s);
        const HttpResult missing =
            client->post(u"/crm/v4/associations/0-1/0-2/labels"_s, {{u"label"_s, u"x"_s}});
        checkError(missing, 400, u"VALIDATION_ERROR"_s);
        QVERIFY(missing.json()[u"message"_s].toString().contains(u"name"_s));
        const HttpResult bad =
            client->send("POST", u"/crm/v4/associations/0-1/0-2/labels"_s, "{\"name\":");
        checkError(bad, 400, u"VALIDATION_ERROR"_s);
        QVERIFY(bad.json()[u"message"_s].toString().startsWith(u"Invalid input JSON"_s));
        server->config().maxLabelsPerPair = 2;
        QCOMPARE(createLabel(u"0-1"_s, u"0-2"_s, u"second"_s, u"Second"_s).status, 200);
        checkError(createLabel(u"0-1"_s, u"0-2"_s, u"third"_s, u"Third"_s), 400,
                   u"VALIDATION_ERROR"_s);
    }

    void unknownObjectType() {
        const HttpResult r = client->get(u"/crm/v4/associations/widgets/0-1/labels"_s);
        checkError(r, 400, u"VALIDATION_ERROR"_s);
        QCOMPARE(r.json()[u"message"_s].toString(), u"Unable to infer object type from: widgets"_s);
        checkError(client->get(u"/crm/v4/associations/0-1/2-999/labels"_s), 400,
                   u"VALIDATION_ERROR"_s);
        // Custom objects by fully qualified name only behind the switch.
        checkError(client->get(u"/crm/v4/associations/p7001234_vehicles/0-1/labels"_s), 400,
                   u"VALIDATION_ERROR"_s);
        server->config().acceptFullyQualifiedNames = true;
        QCOMPARE(client->get(u"/crm/v4/associations/p7001234_vehicles/0-1/labels"_s).status, 200);
    }

    void limitsStatusCodes_data() {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("twoHundredSwitch");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("createdWithErrors");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("updatedWithErrors");
        QTest::addColumn<int>("purged");
        QTest::newRow("v4") << u"/crm/v4/associations"_s << false << 201 << 207 << 200 << 207
                            << 204;
        QTest::newRow("v4-new") << u"/crm/associations/v4"_s << false << 201 << 207 << 200 << 207
                                << 204;
        QTest::newRow("2026-03") << u"/crm/associations/2026-03"_s << false << 201 << 207 << 200
                                 << 207 << 200;
        QTest::newRow("2026-09") << u"/crm/associations/2026-09"_s << false << 200 << 200 << 200
                                 << 200 << 200;
        QTest::newRow("v4-200") << u"/crm/v4/associations"_s << true << 200 << 200 << 200 << 200
                                << 200;
    }
    void limitsStatusCodes() {
        QFETCH(QString, prefix);
        QFETCH(bool, twoHundredSwitch);
        server->config().v4TwoHundredCodes = twoHundredSwitch;
        const QString base = prefix + u"/definitions/configurations/0-1/0-2/batch/"_s;
        auto input = [](int typeId, int max) {
            return QJsonObject{
                {u"category"_s, typeId == 279 ? u"HUBSPOT_DEFINED"_s : u"USER_DEFINED"_s},
                {u"typeId"_s, typeId},
                {u"maxToObjectIds"_s, max}};
        };
        HttpResult r = client->post(base + u"create"_s, {{u"inputs"_s, QJsonArray{input(1, 4)}}});
        // typeId 1 is HUBSPOT_DEFINED: a category mismatch is an input error.
        QCOMPARE(r.json()[u"status"_s].toString(), u"CANCELED"_s);
        QCOMPARE(r.json()[u"numErrors"_s].toInt(), 1);
        QCOMPARE(r.json()[u"results"_s].toArray().size(), 0);
        QFETCH(int, createdWithErrors);
        QCOMPARE(r.status, createdWithErrors);

        server->state().removeLimit(u"0-1"_s, u"0-2"_s, u"HUBSPOT_DEFINED"_s, 279);
        QFETCH(int, created);
        r = client->post(base + u"create"_s, {{u"inputs"_s, QJsonArray{input(279, 10)}}});
        QCOMPARE(r.status, created);
        QCOMPARE(r.json()[u"status"_s].toString(), u"COMPLETE"_s);
        QVERIFY(!r.json().contains(u"errors"_s));
        QCOMPARE(r.json()[u"results"_s][0][u"userEnforcedMaxToObjectIds"_s].toInt(), 10);

        r = client->post(base + u"create"_s,
                         {{u"inputs"_s, QJsonArray{input(279, 10), input(-1, 2)}}});
        QCOMPARE(r.status, createdWithErrors); // existing limit + unknown type
        QCOMPARE(r.json()[u"numErrors"_s].toInt(), 2);

        QFETCH(int, updated);
        QFETCH(int, updatedWithErrors);
        r = client->post(base + u"update"_s, {{u"inputs"_s, QJsonArray{input(279, 7)}}});
        QCOMPARE(r.status, updated);
        QCOMPARE(server->state().limit(u"0-1"_s, u"0-2"_s, u"HUBSPOT_DEFINED"_s, 279),
                 std::optional<int>(7));
        QVERIFY(!r.json()[u"results"_s][0].toObject().contains(u"label"_s));
        r = client->post(base + u"update"_s,
                         {{u"inputs"_s, QJsonArray{input(279, 8), input(279, 0)}}});
        QCOMPARE(r.status, updatedWithErrors);
        QCOMPARE(r.json()[u"status"_s].toString(), u"COMPLETE"_s);
        QCOMPARE(server->state().limit(u"0-1"_s, u"0-2"_s, u"HUBSPOT_DEFINED"_s, 279),
                 std::optional<int>(8));

        QFETCH(int, purged);
        const QJsonObject purge{
            {u"inputs"_s,
             QJsonArray{QJsonObject{{u"category"_s, u"HUBSPOT_DEFINED"_s}, {u"typeId"_s, 279}}}}};
        r = client->post(base + u"purge"_s, purge);
        QCOMPARE(r.status, purged);
        QCOMPARE(r.body.isEmpty(), purged == 204);
        QVERIFY(!server->state().limit(u"0-1"_s, u"0-2"_s, u"HUBSPOT_DEFINED"_s, 279));
        checkError(client->post(base + u"purge"_s, purge), 400, u"VALIDATION_ERROR"_s);
    }

    void configurationsListing() {
        const QJsonArray all = client->get(u"/crm/v4/associations/definitions/configurations/all"_s)
                                   .json()[u"results"_s]
                                   .toArray();
        QCOMPARE(all.size(), server->state().limits().size());
        for (const auto &v : all)
            QVERIFY(v.toObject().contains(u"userEnforcedMaxToObjectIds"_s));
        const QJsonArray pair =
            client->get(u"/crm/v4/associations/definitions/configurations/contacts/companies"_s)
                .json()[u"results"_s]
                .toArray();
        QCOMPARE(pair.size(), server->state().labels(u"0-1"_s, u"0-2"_s).size());
        int withLimit = 0;
        for (const auto &v : pair)
            withLimit += v.toObject().contains(u"userEnforcedMaxToObjectIds"_s) ? 1 : 0;
        QCOMPARE(withLimit, 2);
    }

    void authentication() {
        HttpTestClient anonymous(server->baseUrl());
        const HttpResult none = anonymous.get(u"/crm/v4/associations/0-1/0-2/labels"_s);
        checkError(none, 401, u"INVALID_AUTHENTICATION"_s);
        QVERIFY(none.json()[u"message"_s].toString().startsWith(
            u"Authentication credentials not found."_s));
        HttpTestClient wrong(server->baseUrl(), u"pat-na1-wrong"_s);
        checkError(wrong.get(u"/crm/v4/associations/0-1/0-2/labels"_s), 401,
                   u"INVALID_AUTHENTICATION"_s);
        QCOMPARE(anonymous
                     .send("GET", u"/crm/v4/associations/0-1/0-2/labels"_s, {},
                           {{"private-app", server->privateAppToken().toLatin1()}})
                     .status,
                 200);
        QCOMPARE(anonymous
                     .send("GET", u"/crm/v4/associations/0-1/0-2/labels"_s, {},
                           {{"private-app-legacy", server->privateAppToken().toLatin1()}})
                     .status,
                 200);

        const QString access =
            refresh(server->issueRefreshToken()).json()[u"access_token"_s].toString();
        HttpTestClient oauth(server->baseUrl(), access);
        const HttpResult ok = oauth.get(u"/crm/v4/associations/0-1/0-2/labels"_s);
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.hasHeader("X-HubSpot-RateLimit-Daily")); // not sent for OAuth
        server->expireAllAccessTokens();
        const HttpResult expired = oauth.get(u"/crm/v4/associations/0-1/0-2/labels"_s);
        checkError(expired, 401, u"EXPIRED_AUTHENTICATION"_s);
        QVERIFY(expired.json()[u"message"_s].toString().startsWith(
            u"The OAuth token used to make this call expired"_s));

        server->config().requiredScopes = {u"crm.objects.marketing_events.read"_s};
        const HttpResult scopes = client->get(u"/crm/v4/associations/0-1/0-2/labels"_s);
        checkError(scopes, 403, u"MISSING_SCOPES"_s);
        QVERIFY(scopes.json()[u"context"_s][u"missingScopes"_s].isArray());
    }

    HttpResult refresh(const QString &refreshToken) {
        HttpTestClient anonymous(server->baseUrl());
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"client_id"_s, server->oauthClientId());
        form.addQueryItem(u"client_secret"_s, server->oauthClientSecret());
        form.addQueryItem(u"refresh_token"_s, refreshToken);
        return anonymous.postForm(u"/oauth/v1/token"_s,
                                  form.toString(QUrl::FullyEncoded).toLatin1());
    }

    void oauthFlow() {
        const QString rt = server->issueRefreshToken();
        HttpResult r = refresh(rt);
        QCOMPARE(r.status, 200);
        QJsonObject body = r.json();
        QCOMPARE(body[u"token_type"_s].toString(), u"bearer"_s);
        QCOMPARE(body[u"expires_in"_s].toInt(), 1800);
        QCOMPARE(body[u"refresh_token"_s].toString(), rt); // no rotation by default
        QCOMPARE(body[u"token_use"_s].toString(), u"access_token"_s);
        QCOMPARE(server->tokenRequestCount(), 1);

        server->config().rotateRefreshTokens = true;
        server->config().accessTokenLifetimeSec = 60;
        body = refresh(rt).json();
        QVERIFY(body[u"refresh_token"_s].toString() != rt);
        QCOMPARE(body[u"expires_in"_s].toInt(), 60);
        r = refresh(rt); // rotated away
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[u"status"_s].toString(), u"BAD_REFRESH_TOKEN"_s);
        QCOMPARE(r.json()[u"message"_s].toString(), u"missing or invalid refresh token"_s);

        const QString revoked = server->issueRefreshToken();
        HttpTestClient anonymous(server->baseUrl());
        QCOMPARE(anonymous.del(u"/oauth/v1/refresh-tokens/"_s + revoked).status, 204);
        QCOMPARE(refresh(revoked).json()[u"status"_s].toString(), u"BAD_REFRESH_TOKEN"_s);

        // Authorize redirects at once with code and state; the code buys tokens once.
        QUrlQuery q;
        q.addQueryItem(u"client_id"_s, server->oauthClientId());
        q.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:9/callback"_s);
        q.addQueryItem(u"scope"_s, u"oauth crm.objects.contacts.read"_s);
        q.addQueryItem(u"state"_s, u"xyz-42"_s);
        const HttpResult redirect =
            anonymous.get(u"/oauth/authorize?"_s + q.toString(QUrl::FullyEncoded));
        QCOMPARE(redirect.status, 302);
        const QUrl location(QString::fromLatin1(redirect.header("Location")));
        QCOMPARE(location.path(), u"/callback"_s);
        const QUrlQuery back(location);
        QCOMPARE(back.queryItemValue(u"state"_s), u"xyz-42"_s);
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"client_id"_s, server->oauthClientId());
        form.addQueryItem(u"client_secret"_s, server->oauthClientSecret());
        form.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:9/callback"_s);
        form.addQueryItem(u"code"_s, back.queryItemValue(u"code"_s));
        const QByteArray formBody = form.toString(QUrl::FullyEncoded).toLatin1();
        r = anonymous.postForm(u"/oauth/v1/token"_s, formBody);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"scopes"_s].toArray().size(), 2);
        QCOMPARE(anonymous.postForm(u"/oauth/v1/token"_s, formBody).json()[u"status"_s].toString(),
                 u"BAD_AUTH_CODE"_s);
        QCOMPARE(anonymous.postForm(u"/oauth/v1/token"_s, "grant_type=refresh_token&client_id=nope")
                     .json()[u"status"_s]
                     .toString(),
                 u"BAD_CLIENT_ID"_s);
    }

    void rateLimit() {
        server->config().burstMax = 3;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client->get(u"/account-info/v3/details"_s).status, 200);
        const HttpResult limited = client->get(u"/account-info/v3/details"_s);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Content-Type").startsWith("application/json"));
        QCOMPARE(limited.json()[u"policyName"_s].toString(), u"TEN_SECONDLY_ROLLING"_s);
        QCOMPARE(limited.json()[u"errorType"_s].toString(), u"RATE_LIMIT"_s);
        QCOMPARE(limited.json()[u"message"_s].toString(),
                 u"You have reached your ten_secondly_rolling limit."_s);
        QCOMPARE(limited.header("X-HubSpot-RateLimit-Max"), QByteArray("3"));
        QCOMPARE(limited.header("X-HubSpot-RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(limited.header("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArray("10000"));
        QVERIFY(limited.hasHeader("X-HubSpot-RateLimit-Daily-Remaining"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 10);
        // Schema operations are exempt from the burst limit unless switched.
        QCOMPARE(client->get(u"/crm/v4/associations/0-1/0-2/labels"_s).status, 200);
        server->config().burstLimitEverywhere = true;
        QCOMPARE(client->get(u"/crm/v4/associations/0-1/0-2/labels"_s).status, 429);
        server->config().sendRetryAfter = false;
        QVERIFY(!client->get(u"/crm/v4/associations/0-1/0-2/labels"_s).hasHeader("Retry-After"));
        server->config().burstWindowMs = 200;
        // Each try is a request that counts in the window, so only the try that succeeded is
        // checked (QTRY_COMPARE would send one more, which the window may still refuse).
        QVERIFY(QTest::qWaitFor(
            [&] { return client->get(u"/account-info/v3/details"_s).status == 200; }, 3000));
    }

    void latencyServedConcurrently() {
        server->config().latencyMs = 200;
        QElapsedTimer clock;
        clock.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 20; ++i)
            replies.append(client->start("GET", u"/crm/v4/associations/0-1/0-2/labels"_s));
        for (auto *reply : replies)
            QCOMPARE(HttpTestClient::collect(reply).status, 200);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 200, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    }

    void faults() {
        FaultInjector::Fault fault;
        fault.kind = FaultInjector::Kind::ServerError;
        fault.status = 503;
        server->faults().script(fault, 1, u"/labels"_s);
        QCOMPARE(client->get(u"/account-info/v3/details"_s).status, 200); // path filter
        checkError(client->get(u"/crm/v4/associations/0-1/0-2/labels"_s), 503, u"INTERNAL_ERROR"_s);
        QCOMPARE(client->get(u"/crm/v4/associations/0-1/0-2/labels"_s).status, 200);

        fault.kind = FaultInjector::Kind::RateLimited;
        fault.retryAfterSec = 2;
        server->faults().script(fault);
        HttpResult r = client->get(u"/crm/v4/associations/0-1/0-2/labels"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));

        fault.kind = FaultInjector::Kind::MalformedJson;
        server->faults().script(fault);
        r = client->get(u"/crm/v4/associations/0-1/0-2/labels"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.isJson());

        // A faulted write changes nothing...
        const int before = int(server->state().associationTypes().size());
        fault.kind = FaultInjector::Kind::DropConnection;
        // QNAM silently retries a request whose reused connection dropped: fault them all.
        server->faults().script(fault, 5);
        r = createLabel(u"0-1"_s, u"0-3"_s, u"dropped"_s, u"Dropped"_s);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        QCOMPARE(server->state().associationTypes().size(), before);
        // ...unless it fails after applying.
        server->config().failAfterApplying = true;
        server->faults().clear();
        server->faults().script(fault, 5);
        r = createLabel(u"0-1"_s, u"0-3"_s, u"dropped"_s, u"Dropped"_s);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(server->state().associationTypes().size(), before + 2);
        server->config().failAfterApplying = false;
        server->faults().clear();

        fault.kind = FaultInjector::Kind::Stall;
        fault.durationMs = -1;
        server->faults().script(fault);
        r = client->send("GET", u"/crm/v4/associations/0-1/0-2/labels"_s, {}, {},
                         "application/json", 300);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        fault.durationMs = 300;
        server->faults().script(fault);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(client->get(u"/crm/v4/associations/0-1/0-2/labels"_s).status, 200);
        QVERIFY(clock.elapsed() >= 290);
        QCOMPARE(server->log().entries().constLast().status, 200);

        // Random mode is deterministic for a seed.
        auto run = [&] {
            server->faults().setRandom(0.5, 7, {FaultInjector::Kind::ServerError});
            QList<int> statuses;
            for (int i = 0; i < 10; ++i)
                statuses.append(client->get(u"/crm/v4/associations/0-1/0-2/labels"_s).status);
            return statuses;
        };
        const QList<int> first = run();
        QCOMPARE(run(), first);
        QVERIFY(first.contains(503) && first.contains(200));
        server->faults().clear();
    }

    // The redirect switch: a 307 to another listener with the request's path and query,
    // scripted like any fault, and nothing done.
    void redirectFault() {
        HttpTestClient control(server->baseUrl());
        QCOMPARE(control
                     .post(u"/__fake/faults"_s, {{u"kind"_s, u"redirect"_s},
                                                 {u"location"_s, u"http://127.0.0.1:5555/"_s},
                                                 {u"pathContains"_s, u"/labels"_s}})
                     .status,
                 200);
        QCOMPARE(control.post(u"/__fake/faults"_s, {{u"kind"_s, u"redirect"_s}}).status, 400);
        QCOMPARE(client->get(u"/account-info/v3/details"_s).status, 200); // path filter
        const int before = int(server->state().associationTypes().size());
        const HttpResult r = createLabel(u"0-1"_s, u"0-3"_s, u"moved"_s, u"Moved"_s);
        QCOMPARE(r.status, 307);
        QCOMPARE(r.header("Location"),
                 QByteArray("http://127.0.0.1:5555/crm/v4/associations/0-1/0-3/labels"));
        QCOMPARE(server->state().associationTypes().size(), before);

        FaultInjector::Fault fault;
        fault.kind = FaultInjector::Kind::Redirect;
        fault.location = u"http://127.0.0.1:5555"_s;
        server->faults().script(fault);
        const HttpResult withQuery = client->get(u"/crm/v4/associations/usage?after=5"_s);
        QCOMPARE(withQuery.status, 307);
        QCOMPARE(withQuery.header("Location"),
                 QByteArray("http://127.0.0.1:5555/crm/v4/associations/usage?after=5"));
        QCOMPARE(server->faults().pendingCount(), 0);
    }

    void limitsTracking() {
        HttpResult r = client->get(
            u"/crm/v3/limits/associations/labels?fromObjectTypeId=0-1&toObjectTypeId=0-2"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject item = r.json()[u"results"_s][0].toObject();
        QCOMPARE(item[u"limit"_s].toInt(), 50);
        QCOMPARE(item[u"usage"_s].toInt(), 1);
        QCOMPARE(item[u"fromObjectType"_s][u"objectTypeId"_s].toString(), u"0-1"_s);
        QCOMPARE(item[u"allLabels"_s].toArray(), QJsonArray{u"Billing contact"_s});

        r = client->get(u"/crm/v3/limits/associations/records/0-3/0-1"_s);
        QCOMPARE(r.json()[u"limit"_s].toInt(), 5);
        QCOMPARE(r.json()[u"totalRecordsAtLimit"_s].toInt(), 1);
        QCOMPARE(r.json()[u"totalRecordsNearLimit"_s].toInt(), 1);
        QCOMPARE(r.json()[u"nearLimitFromRecordSamples"_s][0][u"usage"_s].toInt(), 4);
        r = client->get(u"/crm/v3/limits/associations/records/from"_s);
        QVERIFY(r.json()[u"results"_s].toArray().size() >= 3);
        r = client->get(u"/crm/v3/limits/associations/records/0-3/to"_s);
        QCOMPARE(r.json()[u"results"_s][0][u"objectTypeId"_s].toString(), u"0-1"_s);
    }

    void schemasLeaveOutWhatTheQueryDeclines() {
        const auto firstSchema = [this](const QString &query) {
            return client->get(u"/crm-object-schemas/v3/schemas"_s + query)
                .json()[u"results"_s][0]
                .toObject();
        };
        const QJsonObject full = firstSchema(QString());
        QVERIFY(!full[u"properties"_s].toArray().isEmpty());
        QVERIFY(!full[u"associations"_s].toArray().isEmpty());
        QVERIFY(full.contains(u"createdAt"_s));

        const QJsonObject slim =
            firstSchema(u"?includePropertyDefinitions=false&includeAssociationDefinitions=false"
                        u"&includeAuditMetadata=false"_s);
        // The arrays the spec requires stay, empty; audit metadata goes; the rest is as before.
        QVERIFY(slim[u"properties"_s].isArray() && slim[u"properties"_s].toArray().isEmpty());
        QVERIFY(slim[u"associations"_s].isArray() && slim[u"associations"_s].toArray().isEmpty());
        QVERIFY(!slim.contains(u"createdAt"_s) && !slim.contains(u"updatedAt"_s));
        QCOMPARE(slim[u"objectTypeId"_s], full[u"objectTypeId"_s]);
        QCOMPARE(slim[u"labels"_s], full[u"labels"_s]);

        const QJsonObject one =
            client
                ->get(u"/crm-object-schemas/v3/schemas/"_s + full[u"objectTypeId"_s].toString() +
                      u"?includeAssociationDefinitions=false"_s)
                .json();
        QVERIFY(one[u"associations"_s].toArray().isEmpty());
        QVERIFY(!one[u"properties"_s].toArray().isEmpty());
    }

    void schemasAndAccount() {
        HttpResult r = client->get(u"/crm-object-schemas/v3/schemas"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json()[u"results"_s].toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[1][u"fullyQualifiedName"_s].toString(), u"p7001234_properties"_s);
        QCOMPARE(client->get(u"/crm/v3/schemas"_s).json()[u"results"_s].toArray().size(), 3);
        server->config().schemasNewPathAvailable = false;
        QCOMPARE(client->get(u"/crm-object-schemas/v3/schemas"_s).status, 404);
        QCOMPARE(client->get(u"/crm/v3/schemas"_s).status, 200);

        r = client->get(u"/account-info/v3/details"_s);
        QCOMPARE(r.json()[u"portalId"_s].toInteger(), 7001234);
        QCOMPARE(r.json()[u"uiDomain"_s].toString(), u"app.hubspot.com"_s);
    }

    void controlEndpointsAndLog() {
        HttpTestClient control(server->baseUrl());
        server->log().clear();
        QCOMPARE(
            control.post(u"/__fake/config"_s, {{u"latencyMs"_s, 5}, {u"maxLabelsPerPair"_s, 7}})
                .status,
            200);
        QCOMPARE(server->config().maxLabelsPerPair, 7);
        QCOMPARE(control.post(u"/__fake/config"_s, {{u"noSuchSwitch"_s, 1}}).status, 400);
        QCOMPARE(control
                     .post(u"/__fake/faults"_s,
                           {{u"kind"_s, u"serverError"_s}, {u"status"_s, 502}, {u"count"_s, 2}})
                     .status,
                 200);
        QCOMPARE(server->faults().pendingCount(), 2);
        QCOMPARE(client->get(u"/crm/v4/associations/0-1/0-2/labels"_s).status, 502);
        QCOMPARE(control.get(u"/__fake/state"_s).json()[u"portalId"_s].toInteger(), 7001234);
        const QJsonArray log = control.get(u"/__fake/log"_s).json()[u"entries"_s].toArray();
        QCOMPARE(log.size(), 1); // control calls are not logged
        QCOMPARE(log[0][u"status"_s].toInt(), 502);
        QCOMPARE(server->log().entries().constFirst().method, u"GET"_s);
        QVERIFY(server->log().entries().constFirst().header("authorization").startsWith("Bearer "));
        QCOMPARE(control.post(u"/__fake/reset"_s, {{u"seed"_s, u"empty"_s}}).status, 200);
        QCOMPARE(server->faults().pendingCount(), 0);
        QCOMPARE(server->log().count(), 0);
        QCOMPARE(server->state().userLabelCount(u"0-1"_s, u"0-2"_s), 0);
    }

    void everyStandardTypeServedByIdAndName_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("singular");
        QTest::addColumn<QString>("plural");
        // Notes §6, written out here rather than read from the fake's own table.
        const char *rows[][3] = {
            {"0-1", "contact", "contacts"},
            {"0-2", "company", "companies"},
            {"0-3", "deal", "deals"},
            {"0-5", "ticket", "tickets"},
            {"0-7", "product", "products"},
            {"0-8", "line_item", "line_items"},
            {"0-14", "quote", "quotes"},
            {"0-18", "communication", "communications"},
            {"0-19", "feedback_submission", "feedback_submissions"},
            {"0-27", "task", "tasks"},
            {"0-35", "campaign", "campaigns"},
            {"0-46", "note", "notes"},
            {"0-47", "meeting", "meetings"},
            {"0-48", "call", "calls"},
            {"0-49", "email", "emails"},
            {"0-53", "invoice", "invoices"},
            {"0-54", "marketing_event", "marketing_events"},
            {"0-69", "subscription", "subscriptions"},
            {"0-74", "goal_target", "goal_targets"},
            {"0-101", "payment", "payments"},
            {"0-115", "user", "users"},
            {"0-116", "postal_mail", "postal_mail"},
            {"0-123", "order", "orders"},
            {"0-136", "lead", "leads"},
            {"0-162", "service", "services"},
            {"0-410", "course", "courses"},
            {"0-420", "listing", "listings"},
            {"0-421", "appointment", "appointments"},
        };
        for (const auto &row : rows)
            QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1])
                                  << QString::fromLatin1(row[2]);
    }
    void everyStandardTypeServedByIdAndName() {
        QFETCH(QString, id);
        QFETCH(QString, singular);
        QFETCH(QString, plural);
        seed(server->state(), Seed::Empty);
        QCOMPARE(server->state().objectTypes().size(), 28);
        const HttpResult byId = client->get(u"/crm/v4/associations/%1/0-1/labels"_s.arg(id));
        QCOMPARE(byId.status, 200);
        const QString pairPath = u"/crm/v4/associations/definitions/configurations/0-2/%1"_s;
        QCOMPARE(client->get(pairPath.arg(id)).status, 200);
        for (const QString &name : {singular, plural}) {
            const HttpResult byName =
                client->get(u"/crm/v4/associations/%1/contacts/labels"_s.arg(name));
            QCOMPARE(byName.status, 200);
            QCOMPARE(byName.json(), byId.json());
        }
        const HttpResult usage = client->get(
            u"/crm/v3/limits/associations/labels?fromObjectTypeId=%1&toObjectTypeId=0-1"_s.arg(id));
        QCOMPARE(usage.status, 200);
        QCOMPARE(usage.json()[u"results"_s][0][u"fromObjectType"_s][u"objectTypeId"_s].toString(),
                 id);
    }

    void namesOnlyWhereDocsSaySwitch() {
        seed(server->state(), Seed::Empty);
        server->config().namesForAllStandardTypes = false;
        // The docs name contacts, companies, deals, tickets and notes.
        for (const auto &name :
             {u"contacts"_s, u"companies"_s, u"deals"_s, u"tickets"_s, u"notes"_s, u"note"_s})
            QCOMPARE(client->get(u"/crm/v4/associations/%1/0-1/labels"_s.arg(name)).status, 200);
        const HttpResult lineItems = client->get(u"/crm/v4/associations/line_items/0-1/labels"_s);
        checkError(lineItems, 400, u"VALIDATION_ERROR"_s);
        QCOMPARE(lineItems.json()[u"message"_s].toString(),
                 u"Unable to infer object type from: line_items"_s);
        QCOMPARE(client->get(u"/crm/v4/associations/0-8/0-1/labels"_s).status, 200);
    }

    void hubSpotDefinedTypeIds_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("forward");
        QTest::addColumn<int>("inverse"); // 0: a same-object type with one id
        QTest::addColumn<QString>("label");
        const QString primary = u"Primary"_s;
        // Notes §6.
        QTest::newRow("contact-company primary") << u"0-1"_s << u"0-2"_s << 1 << 2 << primary;
        QTest::newRow("contact-company") << u"0-1"_s << u"0-2"_s << 279 << 280 << QString();
        QTest::newRow("deal-contact") << u"0-3"_s << u"0-1"_s << 3 << 4 << QString();
        QTest::newRow("deal-company primary") << u"0-3"_s << u"0-2"_s << 5 << 6 << primary;
        QTest::newRow("deal-company") << u"0-3"_s << u"0-2"_s << 341 << 342 << QString();
        QTest::newRow("company parent-child")
            << u"0-2"_s << u"0-2"_s << 13 << 14 << u"Child Company"_s;
        QTest::newRow("contact-ticket") << u"0-1"_s << u"0-5"_s << 15 << 16 << QString();
        QTest::newRow("deal-line item") << u"0-3"_s << u"0-8"_s << 19 << 20 << QString();
        QTest::newRow("company-ticket primary") << u"0-2"_s << u"0-5"_s << 25 << 26 << primary;
        QTest::newRow("company-ticket") << u"0-2"_s << u"0-5"_s << 340 << 339 << QString();
        QTest::newRow("deal-ticket") << u"0-3"_s << u"0-5"_s << 27 << 28 << QString();
        QTest::newRow("contact-contact") << u"0-1"_s << u"0-1"_s << 449 << 0 << QString();
        QTest::newRow("company-company") << u"0-2"_s << u"0-2"_s << 450 << 0 << QString();
        QTest::newRow("deal-deal") << u"0-3"_s << u"0-3"_s << 451 << 0 << QString();
        QTest::newRow("ticket-ticket") << u"0-5"_s << u"0-5"_s << 452 << 0 << QString();
        // Ranges of the notes, per pair from HubSpot's Node SDK enum.
        QTest::newRow("deal-quote") << u"0-3"_s << u"0-14"_s << 63 << 64 << QString();
        QTest::newRow("quote-line item") << u"0-14"_s << u"0-8"_s << 67 << 68 << QString();
        QTest::newRow("quote-contact") << u"0-14"_s << u"0-1"_s << 69 << 70 << QString();
        QTest::newRow("quote-company") << u"0-14"_s << u"0-2"_s << 71 << 72 << QString();
        QTest::newRow("company-call") << u"0-2"_s << u"0-48"_s << 181 << 182 << QString();
        QTest::newRow("company-email") << u"0-2"_s << u"0-49"_s << 185 << 186 << QString();
        QTest::newRow("company-meeting") << u"0-2"_s << u"0-47"_s << 187 << 188 << QString();
        QTest::newRow("company-note") << u"0-2"_s << u"0-46"_s << 189 << 190 << QString();
        QTest::newRow("company-task") << u"0-2"_s << u"0-27"_s << 191 << 192 << QString();
        QTest::newRow("contact-call") << u"0-1"_s << u"0-48"_s << 193 << 194 << QString();
        QTest::newRow("contact-email") << u"0-1"_s << u"0-49"_s << 197 << 198 << QString();
        QTest::newRow("contact-meeting") << u"0-1"_s << u"0-47"_s << 199 << 200 << QString();
        QTest::newRow("contact-note") << u"0-1"_s << u"0-46"_s << 201 << 202 << QString();
        QTest::newRow("contact-task") << u"0-1"_s << u"0-27"_s << 203 << 204 << QString();
        QTest::newRow("deal-call") << u"0-3"_s << u"0-48"_s << 205 << 206 << QString();
        QTest::newRow("deal-email") << u"0-3"_s << u"0-49"_s << 209 << 210 << QString();
        QTest::newRow("deal-meeting") << u"0-3"_s << u"0-47"_s << 211 << 212 << QString();
        QTest::newRow("deal-note") << u"0-3"_s << u"0-46"_s << 213 << 214 << QString();
        QTest::newRow("deal-task") << u"0-3"_s << u"0-27"_s << 215 << 216 << QString();
        QTest::newRow("quote-task") << u"0-14"_s << u"0-27"_s << 217 << 218 << QString();
        QTest::newRow("ticket-call") << u"0-5"_s << u"0-48"_s << 219 << 220 << QString();
        QTest::newRow("ticket-email") << u"0-5"_s << u"0-49"_s << 223 << 224 << QString();
        QTest::newRow("ticket-meeting") << u"0-5"_s << u"0-47"_s << 225 << 226 << QString();
        QTest::newRow("ticket-note") << u"0-5"_s << u"0-46"_s << 227 << 228 << QString();
        QTest::newRow("ticket-task") << u"0-5"_s << u"0-27"_s << 229 << 230 << QString();
        QTest::newRow("postal mail-contact") << u"0-116"_s << u"0-1"_s << 453 << 454 << QString();
        QTest::newRow("postal mail-ticket") << u"0-116"_s << u"0-5"_s << 455 << 456 << QString();
        QTest::newRow("postal mail-deal") << u"0-116"_s << u"0-3"_s << 457 << 458 << QString();
        QTest::newRow("postal mail-company") << u"0-116"_s << u"0-2"_s << 459 << 460 << QString();
    }
    void hubSpotDefinedTypeIds() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, forward);
        QFETCH(int, inverse);
        QFETCH(QString, label);
        seed(server->state(), Seed::Empty);
        auto find = [this](const QString &a, const QString &b, int typeId) {
            for (const auto &v : labelsOf(a, b)) {
                if (v[u"typeId"_s].toInt() == typeId &&
                    v[u"category"_s].toString() == u"HUBSPOT_DEFINED"_s)
                    return v.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject there = find(from, to, forward);
        QVERIFY2(!there.isEmpty(), "forward typeId not listed");
        QCOMPARE(there[u"label"_s].toString(), label);
        QCOMPARE(there[u"label"_s].isNull(), label.isNull()); // unlabeled: JSON null
        if (inverse != 0) {
            QVERIFY2(!find(to, from, inverse).isEmpty(), "inverse typeId not listed");
            if (from != to) // each direction has its own id; A->A lists both of its ids
                QVERIFY(find(to, from, forward).isEmpty());
        } else {
            int count = 0;
            for (const auto &v : labelsOf(from, to))
                count += v[u"typeId"_s].toInt() == forward ? 1 : 0;
            QCOMPARE(count, 1);
        }
        // HubSpot-defined types are fixed.
        checkError(
            client->del(u"/crm/v4/associations/%1/%2/labels/%3"_s.arg(from, to).arg(forward)), 400,
            u"VALIDATION_ERROR"_s);
    }

    void absentAndDeniedTypesInDemo() {
        // Listings: the demo portal does not have them.
        for (const auto &token : {u"0-420"_s, u"listings"_s}) {
            const HttpResult r = client->get(u"/crm/v4/associations/0-1/%1/labels"_s.arg(token));
            checkError(r, 400, u"VALIDATION_ERROR"_s);
            QCOMPARE(r.json()[u"message"_s].toString(),
                     u"Unable to infer object type from: %1"_s.arg(token));
        }
        // Users: the demo token may not read them.
        for (const auto &path :
             {u"/crm/v4/associations/users/0-1/labels"_s,
              u"/crm/v4/associations/definitions/configurations/0-1/0-115"_s,
              u"/crm/v3/limits/associations/labels?fromObjectTypeId=0-115&toObjectTypeId=0-1"_s,
              u"/crm/v3/limits/associations/records/0-115/0-1"_s}) {
            const HttpResult r = client->get(path);
            checkError(r, 403, u"MISSING_SCOPES"_s);
            const QJsonObject body = r.json();
            QCOMPARE(body[u"message"_s].toString(),
                     u"This app hasn't been granted all required scopes to make this call."_s);
            QCOMPARE(body[u"errors"_s][0][u"message"_s].toString(),
                     u"One or more of the following scopes are required."_s);
            QCOMPARE(body[u"errors"_s][0][u"context"_s][u"requiredGranularScopes"_s].toArray(),
                     QJsonArray{u"crm.objects.users.read"_s});
        }
        // Neither appears in a portal-wide listing.
        const QByteArray usage = client->get(u"/crm/v3/limits/associations/labels"_s).body;
        QVERIFY(!usage.contains("\"0-420\"") && !usage.contains("\"0-115\""));
    }

    void absentAndDeniedTypesSwitchable() {
        HttpTestClient control(server->baseUrl());
        QCOMPARE(control
                     .post(u"/__fake/config"_s, {{u"absentObjectTypes"_s, QJsonArray{u"courses"_s}},
                                                 {u"deniedObjectTypes"_s, QJsonArray{u"0-136"_s}}})
                     .status,
                 200);
        checkError(client->get(u"/crm/v4/associations/0-162/0-410/labels"_s), 400,
                   u"VALIDATION_ERROR"_s);
        const HttpResult denied = client->get(u"/crm/v4/associations/leads/contacts/labels"_s);
        checkError(denied, 403, u"MISSING_SCOPES"_s);
        QCOMPARE(denied.json()[u"errors"_s][0][u"context"_s][u"requiredGranularScopes"_s].toArray(),
                 QJsonArray{u"crm.objects.leads.read"_s});
        // The demo's labels on services->courses and leads->contacts drop out of the listing.
        const QByteArray usage = client->get(u"/crm/v3/limits/associations/labels"_s).body;
        QVERIFY(!usage.contains("\"0-410\"") && !usage.contains("\"0-136\""));
        QVERIFY(usage.contains("\"0-421\"")); // appointments are still there

        // A seed can also leave a type out, and the switch can deny a custom object.
        seed(server->state(), Seed::Empty);
        server->config().absentObjectTypes.clear();
        server->config().deniedObjectTypes = {u"2-7300101"_s};
        QCOMPARE(client->get(u"/crm/v4/associations/0-410/0-1/labels"_s).status, 200);
        QCOMPARE(client->get(u"/crm/v4/associations/2-7300101/0-1/labels"_s).status, 400);
        seed(server->state(), Seed::Demo);
        const HttpResult custom = client->get(u"/crm/v4/associations/2-7300101/0-1/labels"_s);
        checkError(custom, 403, u"MISSING_SCOPES"_s);
        QCOMPARE(custom.json()[u"errors"_s][0][u"context"_s][u"requiredGranularScopes"_s].toArray(),
                 QJsonArray{u"crm.objects.custom.read"_s});
        QCOMPARE(
            client->get(u"/crm-object-schemas/v3/schemas"_s).json()[u"results"_s].toArray().size(),
            2);
    }

    void demoHasLabelsBeyondTheCoreFour() {
        // What a client reading only contacts, companies, deals, tickets (and custom objects)
        // would miss: user labels on pairs with other standard types.
        const QJsonArray bundle = labelsOf(u"deals"_s, u"line_items"_s);
        bool bundled = false;
        for (const auto &v : bundle)
            bundled = bundled || v[u"label"_s].toString() == u"Bundled item"_s;
        QVERIFY(bundled);
        for (const auto &[from, to] :
             {std::pair{u"0-136"_s, u"0-1"_s}, std::pair{u"0-421"_s, u"0-1"_s},
              std::pair{u"0-162"_s, u"0-410"_s}})
            QVERIFY2(server->state().userLabelCount(from, to) >= 1, qPrintable(from + to));
    }

    // Every listing that covers the whole portal says what the per-pair reads say.
    void portalWideListingsMatchPerPairReads() {
        QMap<QString, QStringList> labelsPerPair; // "from>to" -> user label texts
        QMap<QString, int> usagePerPair;
        QStringList limitsPerPair; // "category:typeId=max"
        QStringList types;
        for (const auto &t : server->state().objectTypes()) {
            if (t.id != u"0-115") // denied in the demo: answers 403, checked elsewhere
                types.append(t.id);
        }
        QCOMPARE(types.size(), 27 + 3 - 1);
        for (const QString &from : types) {
            for (const QString &to : types) {
                const HttpResult labels =
                    client->get(u"/crm/v4/associations/%1/%2/labels"_s.arg(from, to));
                QCOMPARE(labels.status, 200);
                QStringList texts;
                for (const auto &v : labels.json()[u"results"_s].toArray()) {
                    if (v[u"category"_s].toString() == u"USER_DEFINED"_s && !v[u"label"_s].isNull())
                        texts.append(v[u"label"_s].toString());
                }
                const QString key = from + u'>' + to;
                if (!texts.isEmpty()) {
                    labelsPerPair.insert(key, texts);
                    usagePerPair.insert(key, server->state().userLabelCount(from, to));
                }
                const HttpResult configs = client->get(
                    u"/crm/v4/associations/definitions/configurations/%1/%2"_s.arg(from, to));
                QCOMPARE(configs.status, 200);
                for (const auto &v : configs.json()[u"results"_s].toArray()) {
                    if (v.toObject().contains(u"userEnforcedMaxToObjectIds"_s))
                        limitsPerPair.append(u"%1:%2=%3"_s.arg(v[u"category"_s].toString())
                                                 .arg(v[u"typeId"_s].toInt())
                                                 .arg(v[u"userEnforcedMaxToObjectIds"_s].toInt()));
                }
            }
        }
        QVERIFY(labelsPerPair.contains(u"0-3>0-8"_s)); // deals -> line items

        // Label usage without parameters: every pair with custom labels and no other.
        QMap<QString, QStringList> listed;
        const QJsonArray usage =
            client->get(u"/crm/v3/limits/associations/labels"_s).json()[u"results"_s].toArray();
        for (const auto &v : usage) {
            const QString key = v[u"fromObjectType"_s][u"objectTypeId"_s].toString() + u'>' +
                                v[u"toObjectType"_s][u"objectTypeId"_s].toString();
            QVERIFY2(!listed.contains(key), qPrintable(key));
            QStringList texts;
            for (const auto &l : v[u"allLabels"_s].toArray())
                texts.append(l.toString());
            listed.insert(key, texts);
            QCOMPARE(v[u"usage"_s].toInt(), usagePerPair.value(key));
        }
        QCOMPARE(listed, labelsPerPair);

        // With one parameter: the pairs from (or to) that type.
        const QJsonArray fromDeals =
            client->get(u"/crm/v3/limits/associations/labels?fromObjectTypeId=deals"_s)
                .json()[u"results"_s]
                .toArray();
        QStringList fromDealKeys;
        for (const auto &v : fromDeals)
            fromDealKeys.append(u"0-3>"_s + v[u"toObjectType"_s][u"objectTypeId"_s].toString());
        QStringList expected;
        for (const auto &key : labelsPerPair.keys()) {
            if (key.startsWith(u"0-3>"_s))
                expected.append(key);
        }
        fromDealKeys.sort();
        QCOMPARE(fromDealKeys, expected);

        // Every configured limit, exactly once.
        QStringList all;
        for (const auto &v : client->get(u"/crm/v4/associations/definitions/configurations/all"_s)
                                 .json()[u"results"_s]
                                 .toArray())
            all.append(u"%1:%2=%3"_s.arg(v[u"category"_s].toString())
                           .arg(v[u"typeId"_s].toInt())
                           .arg(v[u"userEnforcedMaxToObjectIds"_s].toInt()));
        all.sort();
        limitsPerPair.sort();
        QCOMPARE(all, limitsPerPair);
    }

    void fullLargeSeed() {
        seed(server->state(), Seed::Large);
        const FakePortalState &state = server->state();
        QCOMPARE(state.objectTypes().size(), 38);
        int custom = 0;
        for (const auto &t : state.objectTypes())
            custom += t.custom ? 1 : 0;
        QCOMPARE(custom, 10);
        QVERIFY(state.deniedObjectTypes().isEmpty());

        // Labels: every pair among the core four and the custom objects, some of the others.
        auto coreOrCustom = [](const FakeObjectType &t) {
            return t.custom || QStringList{u"0-1"_s, u"0-2"_s, u"0-3"_s, u"0-5"_s}.contains(t.id);
        };
        QSet<QString> labelled;
        int pairs = 0, otherLabelled = 0, otherBare = 0;
        for (const auto &a : state.objectTypes()) {
            for (const auto &b : state.objectTypes()) {
                ++pairs;
                const bool has = state.userLabelCount(a.id, b.id) > 0;
                if (has)
                    labelled.insert(a.id + u'>' + b.id);
                if (coreOrCustom(a) && coreOrCustom(b))
                    QVERIFY2(has, qPrintable(a.id + u'>' + b.id));
                else
                    (has ? otherLabelled : otherBare) += 1;
            }
        }
        QCOMPARE(pairs, 1444);
        QVERIFY2(otherLabelled > 200 && otherBare > 200,
                 qPrintable(u"%1 labelled, %2 bare"_s.arg(otherLabelled).arg(otherBare)));

        // Limits spread over pairs with non-core standard types too.
        int otherLimits = 0;
        for (const auto &l : state.limits()) {
            const bool core = coreOrCustom(*state.objectType(l.fromId)) &&
                              coreOrCustom(*state.objectType(l.toId));
            otherLimits += core ? 0 : 1;
        }
        QVERIFY(otherLimits > 10);
        QCOMPARE(client->get(u"/crm/v4/associations/definitions/configurations/all"_s)
                     .json()[u"results"_s]
                     .toArray()
                     .size(),
                 state.limits().size());

        // Label usage without parameters names exactly the labelled pairs.
        QSet<QString> listed;
        for (const auto &v :
             client->get(u"/crm/v3/limits/associations/labels"_s).json()[u"results"_s].toArray())
            listed.insert(v[u"fromObjectType"_s][u"objectTypeId"_s].toString() + u'>' +
                          v[u"toObjectType"_s][u"objectTypeId"_s].toString());
        QCOMPARE(listed, labelled);

        FakePortalState again;
        seed(again, Seed::Large);
        QCOMPARE(again.toJson(), state.toJson());
    }

    void olderLargeShapeWithTypeCount() {
        seed(server->state(), Seed::Large, 12);
        QCOMPARE(server->state().objectTypes().size(), 12);
        for (const auto &a : server->state().objectTypes()) {
            for (const auto &b : server->state().objectTypes())
                QVERIFY(server->state().userLabelCount(a.id, b.id) >= 1);
        }
        QVERIFY(!server->state().limits().isEmpty());
        FakePortalState again;
        seed(again, Seed::Large, 12);
        QCOMPARE(again.toJson(), server->state().toJson());
    }
};

QTEST_GUILESS_MAIN(TestFakePortalBehaviour)
#include "test_fakeportal_behaviour.moc"
