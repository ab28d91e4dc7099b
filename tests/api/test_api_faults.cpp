// SPDX-License-Identifier: MIT
// The client under HubSpot's failure modes: each case ends with exactly the data of a clean run
// or with a clear error, never with silently partial data or a duplicated write.

#include "TestSupport.h"
#include "api/PortalLoader.h"
#include "api/ReplyGuard.h"
#include "core/SchemaDocument.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace assoc;
using namespace assoc::test;
using namespace Qt::StringLiterals;
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

// Ends when the call's finished signal arrives, and says when that was: every hostile answer
// must end in an error within its bound, measured on the call itself.
template <typename T> struct Timed {
    std::optional<ApiResult<T>> result;
    qint64 elapsedMs = -1;
};

template <typename T> Timed<T> awaitTimed(Call<T> *call, int waitMs = 30000) {
    QElapsedTimer clock;
    clock.start();
    Timed<T> out;
    QObject context;
    // then() runs on the call's finished signal: the time is taken as it is emitted.
    call->then(&context, [&out, &clock](const ApiResult<T> &r) {
        out.result = r;
        out.elapsedMs = clock.elapsed();
    });
    if (!QTest::qWaitFor([&out] { return out.result.has_value(); }, waitMs))
        qWarning("awaitTimed: the call did not end within %d ms", waitMs);
    return out;
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
    void exportSucceedsWhenSchemasLackId();
    void hostileAnswerIsAClearErrorInTime_data();
    void hostileAnswerIsAClearErrorInTime();
    void slowBodyOnceIsRetried();
    void tokenRefreshHonoursTheWholeExchangeTimeout();
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
    QTest::newRow("slow body after applying") << int(FaultKind::SlowBody);
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

void TestApiFaults::exportSucceedsWhenSchemasLackId() {
    // Issue 12: a HubSpot-compatible server leaving out the schemas' `id`, which the app never
    // uses, failed the whole export.
    PortalFixture f;
    QVERIFY(f.start(fake::Seed::Demo));
    HubSpotClient *client = f.connect();
    PortalLoader loader(client);
    auto clean = await(loader.load(), 60000);
    QVERIFY2(succeeded(clean), why(clean).constData());

    f.server->config().schemasWithoutId = true;
    auto withoutId = await(loader.load(), 60000);
    QVERIFY2(succeeded(withoutId), why(withoutId).constData());
    int custom = 0;
    for (const ObjectType &t : withoutId->value().objectTypes)
        custom += t.custom ? 1 : 0;
    QVERIFY(custom > 0);
    QCOMPARE(SchemaDocument::write(withoutId->value()), SchemaDocument::write(clean->value()));
}

void TestApiFaults::hostileAnswerIsAClearErrorInTime_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QStringList>("words"); // each must occur in the user's message
    QTest::addColumn<int>("attempts");      // requests the fake receives
    using K = ApiError::Kind;
    const QString cap = QString::number(ReplyGuard::MaxResponseBytes / (1024 * 1024));
    // Not transient: reading it again would read the same flood. A timeout only the cap can
    // beat: reading 32 MiB takes seconds on a busy machine.
    QTest::newRow("body over the cap")
        << int(FaultKind::OversizedBody) << 30000 << int(K::InvalidResponse)
        << QStringList{u"larger than"_s, cap} << 1;
    QTest::newRow("chunked body that never ends")
        << int(FaultKind::EndlessBody) << 30000 << int(K::InvalidResponse)
        << QStringList{u"larger than"_s, cap} << 1;
    // Transient: retried once (maxRetries 1), then reported.
    QTest::newRow("one byte per second") << int(FaultKind::SlowBody) << 1000 << int(K::Timeout)
                                         << QStringList{u"in full within 1 s"_s} << 2;
    QTest::newRow("invalid UTF-8") << int(FaultKind::InvalidUtf8) << 10000
                                   << int(K::InvalidResponse) << QStringList{u"UTF-8"_s} << 2;
    QTest::newRow("duplicate keys")
        << int(FaultKind::DuplicateKeys) << 10000 << int(K::InvalidResponse)
        << QStringList{u"results[0].typeId"_s, u"twice"_s} << 2;
    QTest::newRow("2^63 for an int")
        << int(FaultKind::HugeInteger) << 10000 << int(K::InvalidResponse)
        << QStringList{u"results[0].typeId"_s, u"out of range"_s} << 2;
    QTest::newRow("1e400 for an int")
        << int(FaultKind::HugeNumber) << 10000 << int(K::InvalidResponse)
        << QStringList{u"number"_s, u"too large"_s} << 2;
    QTest::newRow("nesting past Qt's limit")
        << int(FaultKind::DeepNesting) << 10000 << int(K::InvalidResponse)
        << QStringList{u"nested"_s} << 2;
    QTest::newRow("200 with an HTML page")
        << int(FaultKind::HtmlPage) << 10000 << int(K::InvalidResponse)
        << QStringList{u"HTML page"_s, u"proxy"_s} << 2;
}

void TestApiFaults::hostileAnswerIsAClearErrorInTime() {
    QFETCH(int, kind);
    QFETCH(int, timeoutMs);
    QFETCH(int, errorKind);
    QFETCH(QStringList, words);
    QFETCH(int, attempts);
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.connection.timeoutMs = timeoutMs;
    config.connection.maxRetries = 1;
    config.connection.circuitFailureThreshold = 0;
    HubSpotClient *client = f.connect(config);

    Fault hostile = fault(FaultKind(kind));
    hostile.bytes = ReplyGuard::MaxResponseBytes + 1;
    f.server->faults().script(hostile, 10, QStringLiteral("/labels"));
    const auto timed = awaitTimed(client->listLabels(contactsCompanies));
    QVERIFY(timed.result);
    QVERIFY2(!timed.result->ok(), "a hostile answer must not be taken for data");
    const ApiError &error = timed.result->error();
    QCOMPARE(int(error.kind), errorKind);
    const QString message = error.userMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Listing the labels of ")), qPrintable(message));
    for (const QString &w : std::as_const(words))
        QVERIFY2(message.contains(w), qPrintable(message));
    QCOMPARE(f.server->log().count(QStringLiteral("GET"), QStringLiteral("/labels")), attempts);

    // Within the timeout of each attempt plus the backoff between them and a margin for a busy
    // machine: never a hang, whatever the server does with the connection.
    const qint64 bound = qint64(attempts) * (timeoutMs + config.connection.backoffCapMs) + 2000;
    QVERIFY2(timed.elapsedMs >= 0 && timed.elapsedMs <= bound,
             qPrintable(u"ended after %1 ms; bound %2 ms"_s.arg(timed.elapsedMs).arg(bound)));
    if (error.kind == ApiError::Kind::Timeout)
        QVERIFY2(timed.elapsedMs >= qint64(attempts) * timeoutMs,
                 qPrintable(u"timed out after only %1 ms"_s.arg(timed.elapsedMs)));

    // The client is not left stuck: the next request, answered normally, succeeds.
    f.server->faults().clear();
    auto after = await(client->listLabels(contactsCompanies));
    QVERIFY2(succeeded(after), why(after).constData());
}

void TestApiFaults::slowBodyOnceIsRetried() {
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.connection.timeoutMs = 800;
    HubSpotClient *client = f.connect(config);
    auto clean = await(client->listLabels(contactsCompanies));
    QVERIFY(succeeded(clean));

    f.server->log().clear();
    f.server->faults().script(fault(FaultKind::SlowBody, 200, 1000), 1, QStringLiteral("/labels"));
    const auto timed = awaitTimed(client->listLabels(contactsCompanies));
    QVERIFY2(succeeded(timed.result), why(timed.result).constData());
    QCOMPARE(timed.result->value(), clean->value());
    QCOMPARE(f.server->log().count(QStringLiteral("GET"), QStringLiteral("/labels")), 2);
    QVERIFY2(timed.elapsedMs >= 800, qPrintable(QString::number(timed.elapsedMs)));
}

void TestApiFaults::tokenRefreshHonoursTheWholeExchangeTimeout() {
    // The token endpoint trickling its answer, a byte every 200 ms (never silent long enough
    // for Qt's inactivity timeout), must not hold every waiting request.
    PortalFixture f;
    QVERIFY(f.start());
    ClientConfig config = f.config();
    config.connection.timeoutMs = 800;
    config.connection.maxRetries = 0;
    config.credentials = Credentials::oauth(
        f.server->oauthClientId(), f.server->oauthClientSecret(), f.server->issueRefreshToken());
    HubSpotClient *client = f.connect(config);
    f.server->faults().script(fault(FaultKind::SlowBody, 200, 200), 1,
                              QStringLiteral("/oauth/v1/token"));
    const auto timed = awaitTimed(client->listLabels(contactsCompanies));
    QVERIFY(timed.result && !timed.result->ok());
    QCOMPARE(timed.result->error().kind, ApiError::Kind::Timeout);
    QVERIFY2(timed.elapsedMs >= 800 && timed.elapsedMs <= 800 + 2000,
             qPrintable(QString::number(timed.elapsedMs)));
    QCOMPARE(f.server->log().count(QStringLiteral("GET"), QStringLiteral("/labels")), 0);

    // The next call refreshes again, normally, and goes through.
    auto after = await(client->listLabels(contactsCompanies));
    QVERIFY2(succeeded(after), why(after).constData());
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "test_api_faults.moc"
