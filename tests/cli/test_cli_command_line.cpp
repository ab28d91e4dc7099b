// SPDX-License-Identifier: MIT
// assocctl's command line read in-process: argv and the environment into CliOptions, without
// starting the executable (test_cli_assocctl runs it end to end).

#include "cli/CommandLine.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace assoc;
using namespace assoc::cli;
using Action = CommandLine::Action;

namespace {
const QString kToken = QStringLiteral("pat-na1-00000000-1111-2222-3333-444444444444");

QProcessEnvironment withToken() {
    QProcessEnvironment env;
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), kToken);
    return env;
}

CommandLine::Result parse(const QStringList &words, const QProcessEnvironment &env = withToken()) {
    CommandLine commandLine;
    return commandLine.parse(QStringList{QStringLiteral("assocctl")} + words, env);
}
} // namespace

class TestCliCommandLine : public QObject {
    Q_OBJECT
private slots:
    void commandArgumentsAndTokenFromTheEnvironment();
    void globalOptionsFillTheConnection();
    void commandOptionsAreKept();
    void helpAndVersionNeedNothingElse();
    void refusals_data();
    void refusals();
    void tokenFileLosesItsTrailingNewline();
    void emptyTokenFileIsRefused();
    void tokenAsArgumentWarnsAndIsKnownAsSecret();
    void diffOfTwoFilesNeedsNoToken();
    void withoutCredentialsAPortalCommandIsRefused();
};

void TestCliCommandLine::commandArgumentsAndTokenFromTheEnvironment() {
    const auto result =
        parse({QStringLiteral("labels"), QStringLiteral("contacts"), QStringLiteral("companies")});
    QCOMPARE(result.action, Action::Run);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.options.command, QStringLiteral("labels"));
    QCOMPARE(result.options.arguments,
             (QStringList{QStringLiteral("contacts"), QStringLiteral("companies")}));
    QCOMPARE(result.options.client.credentials.kind, Credentials::Kind::PrivateAppToken);
    QCOMPARE(result.options.client.credentials.token, kToken);
    QVERIFY(!result.options.json);
    QVERIFY(result.warnings.isEmpty());
}

void TestCliCommandLine::globalOptionsFillTheConnection() {
    const auto result =
        parse({QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("2500"),
               QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("--concurrency"),
               QStringLiteral("3"), QStringLiteral("--no-proxy"), QStringLiteral("--no-history"),
               QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:8123"),
               QStringLiteral("types")});
    QCOMPARE(result.action, Action::Run);
    QVERIFY(result.options.json);
    QVERIFY(result.options.noHistory);
    const ConnectionSettings &c = result.options.client.connection;
    QCOMPARE(c.timeoutMs, 2500);
    QCOMPARE(c.maxRetries, 0);
    QCOMPARE(c.maxInFlight, 3);
    QCOMPARE(c.proxyMode, ConnectionSettings::ProxyMode::None);
    QCOMPARE(result.options.client.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8123")));
}

void TestCliCommandLine::commandOptionsAreKept() {
    auto result = parse({QStringLiteral("create-label"), QStringLiteral("contacts"),
                         QStringLiteral("companies"), QStringLiteral("--label"),
                         QStringLiteral("Billing contact"), QStringLiteral("--inverse-label"),
                         QStringLiteral("Billing company")});
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.options.label, std::optional<QString>(QStringLiteral("Billing contact")));
    QCOMPARE(result.options.inverseLabel,
             std::optional<QString>(QStringLiteral("Billing company")));
    QVERIFY(!result.options.name);

    result = parse({QStringLiteral("set-limit"), QStringLiteral("contacts"),
                    QStringLiteral("companies"), QStringLiteral("110"), QStringLiteral("112"),
                    QStringLiteral("--max"), QStringLiteral("3")});
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.options.maximum, std::optional<QString>(QStringLiteral("3")));
    QCOMPARE(result.options.arguments.size(), 4);

    result = parse({QStringLiteral("apply"), QStringLiteral("--plan"), QStringLiteral("plan.json"),
                    QStringLiteral("--dry-run"), QStringLiteral("--for-portal"),
                    QStringLiteral("7001234")});
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.options.planFile, std::optional<QString>(QStringLiteral("plan.json")));
    QVERIFY(result.options.dryRun);
    QCOMPARE(result.options.forPortal, std::optional<qint64>(7001234));
}

void TestCliCommandLine::helpAndVersionNeedNothingElse() {
    QCOMPARE(parse({QStringLiteral("--help")}, {}).action, Action::Help);
    QCOMPARE(parse({QStringLiteral("--version")}, {}).action, Action::Version);
    CommandLine commandLine;
    QVERIFY(commandLine.helpText().contains(QStringLiteral("--token-file")));
}

void TestCliCommandLine::refusals_data() {
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command");
    QTest::newRow("too few arguments")
        << QStringList{QStringLiteral("labels"), QStringLiteral("contacts")}
        << QStringLiteral("Wrong number of arguments");
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("labels"), QStringLiteral("contacts"),
                       QStringLiteral("companies"), QStringLiteral("--label"), QStringLiteral("x")}
        << QStringLiteral("--label is not an option of labels");
    QTest::newRow("required option missing")
        << QStringList{QStringLiteral("apply")} << QStringLiteral("apply needs --plan");
    QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout-ms"),
                                                 QStringLiteral("0"), QStringLiteral("types")}
                                  << QStringLiteral("--timeout-ms");
    QTest::newRow("retries over 100")
        << QStringList{QStringLiteral("--retries"), QStringLiteral("101"), QStringLiteral("types")}
        << QStringLiteral("--retries");
    QTest::newRow("proxy and no proxy")
        << QStringList{QStringLiteral("--proxy"), QStringLiteral("http://proxy:3128"),
                       QStringLiteral("--no-proxy"), QStringLiteral("types")}
        << QStringLiteral("either --proxy or --no-proxy");
    QTest::newRow("unknown API version")
        << QStringList{QStringLiteral("--api-version"), QStringLiteral("v9"),
                       QStringLiteral("types")}
        << QStringLiteral("--api-version");
    QTest::newRow("plain http to another computer")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://example.com"),
                       QStringLiteral("types")}
        << QStringLiteral("--base-url");
    QTest::newRow("portal id not a number")
        << QStringList{QStringLiteral("apply"), QStringLiteral("--plan"), QStringLiteral("p.json"),
                       QStringLiteral("--for-portal"), QStringLiteral("abc")}
        << QStringLiteral("--for-portal");
    QTest::newRow("unknown category") << QStringList{QStringLiteral("create-label"),
                                                     QStringLiteral("contacts"),
                                                     QStringLiteral("companies"),
                                                     QStringLiteral("--label"),
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--category"),
                                                     QStringLiteral("SOMETHING")}
                                      << QStringLiteral("--category");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("types")}
        << QStringLiteral("frobnicate");
}

void TestCliCommandLine::refusals() {
    QFETCH(QStringList, words);
    QFETCH(QString, message);
    const auto result = parse(words);
    QCOMPARE(result.action, Action::Error);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

void TestCliCommandLine::tokenFileLosesItsTrailingNewline() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kToken.toUtf8() + "\n");
    file.close();
    CommandLine commandLine;
    const auto result = commandLine.parse(
        {QStringLiteral("assocctl"), QStringLiteral("--token-file"), path, QStringLiteral("types")},
        QProcessEnvironment());
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.options.client.credentials.token, kToken);
    QVERIFY(result.warnings.isEmpty());
}

void TestCliCommandLine::emptyTokenFileIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto result = parse({QStringLiteral("--token-file"), path, QStringLiteral("types")},
                              QProcessEnvironment());
    QCOMPARE(result.action, Action::Error);
    QVERIFY2(result.error.contains(QStringLiteral("--token-file")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("empty")), qPrintable(result.error));
}

void TestCliCommandLine::tokenAsArgumentWarnsAndIsKnownAsSecret() {
    CommandLine commandLine;
    const auto result = commandLine.parse(
        {QStringLiteral("assocctl"), QStringLiteral("--token"), kToken, QStringLiteral("types")},
        QProcessEnvironment());
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(!result.warnings.first().contains(kToken));
    QVERIFY(commandLine.secrets().contains(kToken));
}

void TestCliCommandLine::diffOfTwoFilesNeedsNoToken() {
    const auto result =
        parse({QStringLiteral("diff"), QStringLiteral("a.json"), QStringLiteral("b.json")},
              QProcessEnvironment());
    QCOMPARE(result.action, Action::Run);
    QCOMPARE(result.options.command, QStringLiteral("diff"));
}

void TestCliCommandLine::withoutCredentialsAPortalCommandIsRefused() {
    const auto result = parse({QStringLiteral("types")}, QProcessEnvironment());
    QCOMPARE(result.action, Action::Error);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "test_cli_command_line.moc"
