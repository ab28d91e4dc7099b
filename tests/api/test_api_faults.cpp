// SPDX-License-Identifier: MIT
// The client under HubSpot's failure modes: each case ends with exactly the data of a clean run
// or with a clear error, never with silently partial data or a duplicated write.

#include "TestSupport.h"
#include "api/PortalLoader.h"
#include "core/SchemaDocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace assoc;
using namespace assoc::test;
using Fault = fake::FaultInjector::Fault;
using FaultKind = fake::FaultInjector::Kind;

namespace {
const ObjectTypePair contactsCompanies{QStringLiteral("0-1"), QStringLiteral("0-2")};

Fault fault(FaultKind kind, int status = 500, int durationMs = -1) {
    Fault f;
    f.kind = kind;
    f.status = status;
    f.durationMs = durationMs;
    f.retryAfterSec = 1;
    return f;
}

int userLabelsNamed(const fake::FakePortalState &state, const QString &text) {
    int n = 0;
    for (const auto &t : state.associationTypes())
        n += t.label == text ? 1 : 0;
    return n;
}
} // namespace

class TestApiFaults : public QObject {
    Q_OBJECT
private slots:
    void readsSurviveTransientFaults_data();
    void readsSurviveTransientFaults();
    void persistentServerErrorIsReported();
    void persistentMalformedBodyIsReported();
    void stallPastTimeoutIsReported();
    void createIsNotDuplicatedAfterAmbiguousFailure_data();
    void createIsNotDuplicatedAfterAmbiguousFailure();
    void limitWriteIsNotDuplicated();
    void dailyLimitIsNotRetried();
    void oauthTokenExpiresMidSequence();
    void oneRefreshForManyWaitingRequests();
    void revokedRefreshTokenAsksToSignIn();
    void exportUnderRandomFaultsEqualsCleanExport();
};

void TestApiFaults::readsSurviveTransientFaults_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("count");
    QTest::newRow("500 once") << int(FaultKind::ServerError) << 1;
    QTest::newRow("503 burst") << int(FaultKind::ServerError) << 3;
    QTest::newRow("429 then success") << int(FaultKind::RateLimited) << 2;
    QTest::newRow("malformed JSON") << int(FaultKind::MalformedJson) << 1;
    QTest::newRow("dropped connection") << int(FaultKind::DropConnection) << 2;
    QTest::newRow("stall past timeout") << int(FaultKind::Stall) << 1;
}

void TestApiFaults::readsSurviveTransientFaults() {
    QFETCH(int, kind);
    QFETCH(int, count);
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.connection.timeoutMs = 400;
    HubSpotClient *client = f.connect(config);
    auto clean = await(client->listLabels(contactsCompanies));
    QVERIFY(clean && clean->ok());

    f.server->log().clear();
    f.server->faults().script(
        fault(FaultKind(kind), kind == int(FaultKind::ServerError) && count > 1 ? 503 : 500), count,
        QStringLiteral("/labels"));
    auto result = await(client->listLabels(contactsCompanies));
    QVERIFY2(succeeded(result), why(result).constData());
    QCOMPARE(result->value(), clean->value());
    QCOMPARE(f.server->log().count(QStringLiteral("GET"), QStringLiteral("/labels")), count + 1);
}

void TestApiFaults::persistentServerErrorIsReported() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.connection.maxRetries = 2;
    config.connection.circuitFailureThreshold = 0;
    HubSpotClient *client = f.connect(config);
    f.server->faults().script(fault(FaultKind::ServerError, 502), 10);
    auto result = await(client->listLabels(contactsCompanies));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Http);
    QCOMPARE(result->error().httpStatus, 502);
    QVERIFY(!result->error().correlationId.isEmpty());
    QCOMPARE(f.server->log().count(), 3);
}

void TestApiFaults::persistentMalformedBodyIsReported() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.connection.maxRetries = 1;
    HubSpotClient *client = f.connect(config);
    f.server->faults().script(fault(FaultKind::MalformedJson), 10);
    auto result = await(client->listLabels(contactsCompanies));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY(result->error().message.contains(QStringLiteral("JSON")));
}

void TestApiFaults::stallPastTimeoutIsReported() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.connection.timeoutMs = 200;
    config.connection.maxRetries = 1;
    HubSpotClient *client = f.connect(config);
    f.server->faults().script(fault(FaultKind::Stall, 0, -1), 10);
    auto result = await(client->listLabels(contactsCompanies));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
    QVERIFY(!result->error().advice().isEmpty());
}

void TestApiFaults::createIsNotDuplicatedAfterAmbiguousFailure_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("500 after applying") << int(FaultKind::ServerError);
    QTest::newRow("dropped after applying") << int(FaultKind::DropConnection);
    QTest::newRow("stall after applying") << int(FaultKind::Stall);
}

void TestApiFaults::createIsNotDuplicatedAfterAmbiguousFailure() {
    QFETCH(int, kind);
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.connection.timeoutMs = 400;
    HubSpotClient *client = f.connect(config);
    f.server->config().failAfterApplying = true;
    f.server->faults().script(fault(FaultKind(kind), 500, -1), 1, QStringLiteral("/labels"));
    auto created = await(client->createLabel(
        contactsCompanies,
        {QStringLiteral("sponsor"), QStringLiteral("Sponsor"), QStringLiteral("Sponsored")}));
    QVERIFY2(succeeded(created), why(created).constData());
    QCOMPARE(userLabelsNamed(f.server->state(), QStringLiteral("Sponsor")), 1);
    QCOMPARE(f.server->log().count(QStringLiteral("POST"), QStringLiteral("/labels")), 1);
}

void TestApiFaults::limitWriteIsNotDuplicated() {
    PortalFixture f;
    QVERIFY(f.start());
    HubSpotClient *client = f.connect();
    f.server->config().failAfterApplying = true;
    f.server->faults().script(fault(FaultKind::DropConnection), 1, QStringLiteral("/batch/create"));
    auto result = await(client->changeLimit(
        contactsCompanies, {AssociationCategory::HubSpotDefined, 1}, std::nullopt, 3));
    QVERIFY2(succeeded(result), why(result).constData());
    QCOMPARE(f.server->state().limit(QStringLiteral("0-1"), QStringLiteral("0-2"),
                                     QStringLiteral("HUBSPOT_DEFINED"), 1),
             std::optional<int>(3));
    QCOMPARE(f.server->log().count(QStringLiteral("POST"), QStringLiteral("/batch/create")), 1);
}

void TestApiFaults::dailyLimitIsNotRetried() {
    PortalFixture f;
    QVERIFY(f.start());
    f.server->config().dailyMax = 1;
    f.server->config().burstLimitEverywhere = true;
    HubSpotClient *client = f.connect();
    QVERIFY((await(client->listLabels(contactsCompanies)))->ok());
    auto limited = await(client->listLabels(contactsCompanies));
    QVERIFY(limited && !limited->ok());
    QCOMPARE(limited->error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(limited->error().policyName, QStringLiteral("DAILY"));
    QCOMPARE(f.server->log().count(), 2);
}

void TestApiFaults::oauthTokenExpiresMidSequence() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.credentials = Credentials::oauth(
        f.server->oauthClientId(), f.server->oauthClientSecret(), f.server->issueRefreshToken());
    HubSpotClient *client = f.connect(config);
    QVERIFY((await(client->listLabels(contactsCompanies)))->ok());
    QCOMPARE(f.server->tokenRequestCount(), 1);
    f.server->expireAllAccessTokens();
    auto after = await(client->listLabels(contactsCompanies.reversed()));
    QVERIFY2(succeeded(after), why(after).constData());
    QCOMPARE(f.server->tokenRequestCount(), 2);
    // The refresh token never appears in a URL.
    for (const auto &entry : f.server->log().entries())
        QVERIFY(!entry.query.contains(config.credentials.refreshToken));
}

void TestApiFaults::oneRefreshForManyWaitingRequests() {
    PortalFixture f;
    QVERIFY(f.start());
    f.server->config().latencyMs = 50;
    ClientConfig config = f.config();
    config.credentials = Credentials::oauth(
        f.server->oauthClientId(), f.server->oauthClientSecret(), f.server->issueRefreshToken());
    HubSpotClient *client = f.connect(config);
    QList<Call<QList<AssociationLabel>> *> calls;
    for (int i = 0; i < 12; ++i)
        calls.append(client->listLabels(i % 2 ? contactsCompanies : contactsCompanies.reversed()));
    QCOMPARE(countSucceeded(awaitAll(calls)), 12);
    QCOMPARE(f.server->tokenRequestCount(), 1);

    f.server->expireAllAccessTokens();
    calls.clear();
    for (int i = 0; i < 12; ++i)
        calls.append(client->listLabels(contactsCompanies));
    QCOMPARE(countSucceeded(awaitAll(calls)), 12);
    QCOMPARE(f.server->tokenRequestCount(), 2);
}

void TestApiFaults::revokedRefreshTokenAsksToSignIn() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    const QString refresh = f.server->issueRefreshToken();
    config.credentials =
        Credentials::oauth(f.server->oauthClientId(), f.server->oauthClientSecret(), refresh);
    HubSpotClient *client = f.connect(config);
    f.server->revokeRefreshToken(refresh);
    QSignalSpy signIn(client->authenticator(), &Authenticator::signInRequired);
    QList<Call<QList<AssociationLabel>> *> calls{client->listLabels(contactsCompanies),
                                                 client->listLabels(contactsCompanies.reversed())};
    for (const auto &r : awaitAll(calls)) {
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::SignInRequired);
        QVERIFY(r->error().userMessage().contains(QStringLiteral("Sign in")));
    }
    // One refresh attempt, one prompt, not a string of errors.
    QCOMPARE(f.server->tokenRequestCount(), 1);
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(f.server->log().count(QStringLiteral("GET"), QStringLiteral("/labels")), 0);
}

void TestApiFaults::exportUnderRandomFaultsEqualsCleanExport() {
    PortalFixture f;
    QVERIFY(f.start(fake::Seed::Large, 8));
    ClientConfig config = f.config();
    config.connection.timeoutMs = 500;
    config.connection.maxRetries = 6;
    config.connection.circuitFailureThreshold = 0;
    HubSpotClient *client = f.connect(config);
    PortalLoader loader(client);
    auto clean = await(loader.load(), 60000);
    QVERIFY(clean && clean->ok());
    const QByteArray cleanDoc = SchemaDocument::write(clean->value());

    f.server->faults().setRandom(0.05, 42,
                                 {FaultKind::ServerError, FaultKind::RateLimited,
                                  FaultKind::DropConnection, FaultKind::Stall,
                                  FaultKind::MalformedJson});
    auto faulty = await(loader.load(), 120000);
    QVERIFY2(succeeded(faulty), why(faulty).constData());
    QCOMPARE(SchemaDocument::write(faulty->value()), cleanDoc);
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "test_api_faults.moc"
