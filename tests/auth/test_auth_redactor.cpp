// SPDX-License-Identifier: MIT
// The redactor on its own: every pattern it knows without being told a secret, what it leaves
// alone, and the registered secrets it refuses because they are too short to mask safely.

#include "auth/Redactor.h"

#include <QTest>

using namespace assoc;
using namespace assoc::auth;

class TestAuthRedactor : public QObject {
    Q_OBJECT
private slots:
    void masksByPattern_data();
    void masksByPattern();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void ignoresSecretsShorterThanEight();
    void masksRegisteredSecretsInEveryEncoding();
    void displaysErrorsRedacted();
};

void TestAuthRedactor::masksByPattern_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("bearer", "Authorization: Bearer abc.DEF-123", "Authorization: Bearer [redacted]");
    row("basic header",
        "Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic [redacted]");
    row("basic proxy header", "Proxy-Authorization: basic YWRtaW46aHVudGVyMg",
        "Proxy-Authorization: basic [redacted]");
    row("pat token", "token pat-na1-11111111-2222-3333 used", "token pat-[redacted] used");
    row("code query", "GET /?code=fake-code-1234&state=xyz", "GET /?code=[redacted]&state=xyz");
    row("code_verifier form", "grant_type=authorization_code&code_verifier=Abc_123-xyz~Q&x=1",
        "grant_type=authorization_code&code_verifier=[redacted]&x=1");
    row("password form", "user=admin&password=hunter22%21&next=1",
        "user=admin&password=[redacted]&next=1");
    row("hapikey query", "GET /crm/v3/x?hapikey=0f1e2d3c-aaaa-bbbb HTTP/1.1",
        "GET /crm/v3/x?hapikey=[redacted] HTTP/1.1");
    row("developer hapikey", "?developer_hapikey=dev-key-123456", "?developer_hapikey=[redacted]");
    row("client_secret form", "client_id=abc&client_secret=s3cr%2Bt-value",
        "client_id=abc&client_secret=[redacted]");
    row("refresh_token form", "grant_type=refresh_token&refresh_token=rt-1234567&x=1",
        "grant_type=refresh_token&refresh_token=[redacted]&x=1");
    row("access_token query", "?access_token=at-987654321 done", "?access_token=[redacted] done");
    row("json password", R"({"user":"admin","password":"p@ss \"quoted\" word"})",
        R"({"user":"admin","password":"[redacted]"})");
    row("json apiKey", R"({"apiKey": "key-1234567890"})", R"({"apiKey": "[redacted]"})");
    row("json api_key", R"({"api_key":"key-1234567890"})", R"({"api_key":"[redacted]"})");
    row("json hapikey", R"({"hapikey":"0f1e2d3c-aaaa"})", R"({"hapikey":"[redacted]"})");
    row("json client_secret", R"({"client_secret":"cs-1234567890"})",
        R"({"client_secret":"[redacted]"})");
    row("json refresh_token", R"({"refresh_token":"rt-1234567890"})",
        R"({"refresh_token":"[redacted]"})");
    row("json access_token", R"({"access_token": "eyJ.x\"y", "expires_in": 1800})",
        R"({"access_token": "[redacted]", "expires_in": 1800})");
    row("json code_verifier", R"({"code_verifier":"Abc_123-xyz~Q"})",
        R"({"code_verifier":"[redacted]"})");
    row("json token", R"({"token":"opaque-token-value","user":"a@b.c"})",
        R"({"token":"[redacted]","user":"a@b.c"})");
    row("api-key header", "private-app: opaque-key-1", "private-app: [redacted]");
    row("url password", "proxy http://admin:hunter22@proxy.example.com:3128 refused",
        "proxy http://admin:[redacted]@proxy.example.com:3128 refused");
}

void TestAuthRedactor::masksByPattern() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Redactor r; // nothing registered: the patterns alone
    QCOMPARE(r.redact(text), expected);
    QCOMPARE(r.redact(text.toUtf8()), expected.toUtf8());
}

void TestAuthRedactor::leavesOrdinaryTextAlone_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("prose") << QStringLiteral("nothing secret here");
    QTest::newRow("basic prose") << QStringLiteral("Basic information about the Basic plan");
    QTest::newRow("label") << QStringLiteral("Rename label “Basic contact” to “Billing”");
    QTest::newRow("error code") << QStringLiteral("error_code=42 status_code=500");
    QTest::newRow("url without password")
        << QStringLiteral("https://api.hubapi.com:443/crm/v4/associations/0-1/0-2/labels");
    QTest::newRow("json other keys") << QStringLiteral(R"({"label":"Partner","typeId":5})");
}

void TestAuthRedactor::leavesOrdinaryTextAlone() {
    QFETCH(QString, text);
    Redactor r;
    QCOMPARE(r.redact(text), text);
}

void TestAuthRedactor::ignoresSecretsShorterThanEight() {
    Redactor r;
    // `--token x`, a forged `code=e`: one letter must not mask every occurrence of it.
    for (const QString &tooShort : {QStringLiteral("x"), QStringLiteral("e"),
                                    QStringLiteral("abc1234"), QStringLiteral("  e  ")})
        r.addSecret(tooShort);
    QCOMPARE(r.secretCount(), 0);
    const QString text = QStringLiteral("Check your network connection, proxy and certificates "
                                        "(abc1234).");
    QCOMPARE(r.redact(text), text);

    r.addSecret(QStringLiteral("abcd1234")); // eight is enough
    QCOMPARE(r.redact(QStringLiteral("key abcd1234 here")), QStringLiteral("key [redacted] here"));
}

void TestAuthRedactor::masksRegisteredSecretsInEveryEncoding() {
    Redactor r;
    const QString secret = QStringLiteral("s3cret with/slash+plus");
    r.addSecret(secret);
    QCOMPARE(r.redact(QStringLiteral("a ") + secret + QStringLiteral(" b")),
             QStringLiteral("a [redacted] b"));
    QCOMPARE(r.redact(QStringLiteral("x=") + QString::fromLatin1(QUrl::toPercentEncoding(secret))),
             QStringLiteral("x=[redacted]"));
    r.removeSecret(secret);
    QCOMPARE(r.secretCount(), 0);
}

void TestAuthRedactor::displaysErrorsRedacted() {
    // forDisplay uses the global redactor: what the window shows of a failure.
    const QString registered = QStringLiteral("display-check-0d9f7a51-3c1e-4b7e");
    Redactor::global().addSecret(registered);
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 400;
    error.message =
        QStringLiteral("Bad request: Authorization: Bearer abcdefgh12345678 and ") + registered;
    error.requestLine = QStringLiteral("POST /oauth/v1/token?code=fake-code-77777777");
    error.operation = QStringLiteral("Signing in with password=hunter22hunter");
    error.correlationId = QStringLiteral("1b7f0c9e-0000-4000-8000-000000000001");

    const ApiError shown = Redactor::forDisplay(error);
    for (const QString &text :
         {shown.userMessage(), shown.details(), Redactor::forDisplay(error.userMessage()),
          Redactor::forDisplay(error.details())}) {
        QVERIFY2(!text.contains(registered), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("abcdefgh12345678")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("fake-code-77777777")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("hunter22hunter")), qPrintable(text));
    }
    // What is not secret stays readable.
    QCOMPARE(shown.correlationId, error.correlationId);
    QVERIFY(shown.details().contains(error.correlationId));
    QVERIFY(shown.userMessage().contains(QStringLiteral("Bad request")));
    Redactor::global().removeSecret(registered);
}

QTEST_GUILESS_MAIN(TestAuthRedactor)
#include "test_auth_redactor.moc"
