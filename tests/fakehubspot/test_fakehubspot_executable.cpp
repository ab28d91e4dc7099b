// SPDX-License-Identifier: MIT
// Smoke test of the standalone `fake-hubspot` executable.
#include "HttpTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFakeHubSpotExecutable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version() {
        QProcess process;
        process.start(QStringLiteral(FAKE_HUBSPOT_EXE), {u"--version"_s});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().contains("fake-hubspot"));
    }

    void servesLabelsUntilTerminated() {
        QProcess process;
        process.start(QStringLiteral(FAKE_HUBSPOT_EXE),
                      {u"--port"_s, u"0"_s, u"--seed"_s, u"demo"_s, u"--latency-ms"_s, u"5"_s});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpression re(
            u"^fake-hubspot listening on (http://127\\.0\\.0\\.1:\\d+) .* token: (\\S+)$"_s);
        const auto match = re.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        HttpTestClient client(QUrl(match.captured(1)), match.captured(2));
        const HttpResult r = client.get(u"/crm/v4/associations/contacts/companies/labels"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[u"results"_s].toArray().size() >= 3);

        process.terminate(); // SIGTERM: the fake quits its event loop cleanly
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    // --fault scripts faults from the start, by kind or as the JSON /__fake/faults takes.
    void faultsFromTheCommandLine() {
        QProcess process;
        process.start(QStringLiteral(FAKE_HUBSPOT_EXE),
                      {u"--port"_s, u"0"_s, u"--fault"_s, u"htmlPage"_s, u"--fault"_s,
                       uR"({"kind":"serverError","status":503,"pathContains":"/labels"})"_s});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const auto match =
            QRegularExpression(u"listening on (\\S+) .* token: (\\S+)$"_s).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        HttpTestClient client(QUrl(match.captured(1)), match.captured(2));
        const HttpResult page = client.get(u"/account-info/v3/details"_s);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const HttpResult labels = client.get(u"/crm/v4/associations/contacts/companies/labels"_s);
        QCOMPARE(labels.status, 503);
        const HttpResult clean = client.get(u"/crm/v4/associations/contacts/companies/labels"_s);
        QCOMPARE(clean.status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));

        QProcess wrong;
        wrong.start(QStringLiteral(FAKE_HUBSPOT_EXE), {u"--fault"_s, u"noSuchFault"_s});
        QVERIFY(wrong.waitForFinished(10000));
        QCOMPARE(wrong.exitCode(), 2);
        QVERIFY(wrong.readAllStandardError().contains("noSuchFault"));
    }

    void largeSeedAndUnavailableTypesFromCommandLine() {
        QProcess process;
        process.start(QStringLiteral(FAKE_HUBSPOT_EXE),
                      {u"--seed"_s, u"large"_s, u"--absent-types"_s, u"courses,0-420"_s,
                       u"--denied-types"_s, u"leads"_s});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const auto match =
            QRegularExpression(u"listening on (http://127\\.0\\.0\\.1:\\d+) .* token: (\\S+)$"_s)
                .match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        HttpTestClient client(QUrl(match.captured(1)), match.captured(2));
        // The 38-type portal: every standard type is there unless switched off.
        QCOMPARE(client.get(u"/crm/v4/associations/appointments/0-2/labels"_s).status, 200);
        QCOMPARE(client.get(u"/crm/v4/associations/2-8000010/0-2/labels"_s).status, 200);
        QCOMPARE(client.get(u"/crm/v4/associations/0-410/0-2/labels"_s).status, 400);
        QCOMPARE(client.get(u"/crm/v4/associations/listings/0-2/labels"_s).status, 400);
        QCOMPARE(client.get(u"/crm/v4/associations/0-136/0-2/labels"_s).status, 403);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestFakeHubSpotExecutable)
#include "test_fakehubspot_executable.moc"
