// SPDX-License-Identifier: MIT
// OutputFormatter: what assocctl prints where (results on stdout, messages on stderr), as text
// or JSON, and never a secret.

#include "auth/Redactor.h"
#include "cli/OutputFormatter.h"
#include "cli/TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cstdio>

using namespace assoc;
using namespace assoc::cli;

namespace {
const QString kSecret = QStringLiteral("pat-na1-secret-secret-secret");

// A FILE that collects what is written to it.
class Capture {
public:
    Capture()
        : m_file(std::tmpfile()) {}
    ~Capture() {
        if (m_file)
            std::fclose(m_file);
    }
    Capture(const Capture &) = delete;
    Capture &operator=(const Capture &) = delete;
    std::FILE *file() const { return m_file; }
    QByteArray text() const {
        std::fflush(m_file);
        std::rewind(m_file);
        QByteArray out;
        char buffer[4096];
        size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, m_file)) > 0)
            out.append(buffer, qsizetype(n));
        return out;
    }

private:
    std::FILE *m_file;
};

ApiError hubSpotError() {
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 400;
    error.category = QStringLiteral("VALIDATION_ERROR");
    error.message = QStringLiteral("Label is too long");
    error.correlationId = QStringLiteral("c0ffee00-0000-0000-0000-000000000000");
    error.operation = QStringLiteral("Create label");
    return error;
}
} // namespace

class TestCliOutputFormatter : public QObject {
    Q_OBJECT
private slots:
    void textResultIsTheTableOnStdout();
    void jsonResultIsTheDocumentOnStdout();
    void oneLineResultEndsWithANewline();
    void notesGoToStderrOnly();
    void apiErrorInTextIsOneLineOnStderr();
    void apiErrorInJsonIsAlsoAnObjectOnStdout();
    void usageErrorListsItsDetails();
    void secretsAreRedactedEverywhere();
};

void TestCliOutputFormatter::textResultIsTheTableOnStdout() {
    Capture out, err;
    OutputFormatter formatter(false, false, nullptr, out.file(), err.file());
    TextTable table({QStringLiteral("ID"), QStringLiteral("LABEL")});
    table.addRow({QStringLiteral("110"), QStringLiteral("Partner")});
    formatter.result(table, QJsonObject{{QStringLiteral("ignored"), true}});
    QCOMPARE(out.text(), table.render().toUtf8());
    QVERIFY(err.text().isEmpty());
}

void TestCliOutputFormatter::jsonResultIsTheDocumentOnStdout() {
    Capture out, err;
    OutputFormatter formatter(true, false, nullptr, out.file(), err.file());
    QVERIFY(formatter.isJson());
    const QJsonObject document{{QStringLiteral("labels"), 3}};
    formatter.result(TextTable({QStringLiteral("X")}), document);
    QCOMPARE(QJsonDocument::fromJson(out.text()).object(), document);
    QCOMPARE(out.text(), OutputFormatter::toJsonBytes(document));
    QVERIFY(err.text().isEmpty());
}

void TestCliOutputFormatter::oneLineResultEndsWithANewline() {
    Capture out, err;
    OutputFormatter formatter(false, false, nullptr, out.file(), err.file());
    formatter.result(QStringLiteral("Created label 110."), {});
    formatter.result(QStringLiteral("Done.\n"), {});
    QCOMPARE(out.text(), QByteArray("Created label 110.\nDone.\n"));
}

void TestCliOutputFormatter::notesGoToStderrOnly() {
    Capture out, err;
    OutputFormatter formatter(true, false, nullptr, out.file(), err.file());
    formatter.note(QStringLiteral("Reading 12 pairs…"));
    QVERIFY(out.text().isEmpty());
    QCOMPARE(err.text(), QStringLiteral("Reading 12 pairs…\n").toUtf8());
}

void TestCliOutputFormatter::apiErrorInTextIsOneLineOnStderr() {
    Capture out, err;
    OutputFormatter formatter(false, false, nullptr, out.file(), err.file());
    formatter.apiError(hubSpotError());
    QVERIFY(out.text().isEmpty());
    const QString text = QString::fromUtf8(err.text());
    QVERIFY2(text.startsWith(QStringLiteral("assocctl: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Label is too long")), qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')), 1);
}

void TestCliOutputFormatter::apiErrorInJsonIsAlsoAnObjectOnStdout() {
    Capture out, err;
    OutputFormatter formatter(true, true, nullptr, out.file(), err.file());
    formatter.apiError(hubSpotError());
    QVERIFY(!err.text().isEmpty());
    const QJsonObject error = QJsonDocument::fromJson(out.text()).object()[u"error"].toObject();
    QCOMPARE(error[u"httpStatus"].toInt(), 400);
    QCOMPARE(error[u"category"].toString(), QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(error[u"correlationId"].toString(),
             QStringLiteral("c0ffee00-0000-0000-0000-000000000000"));
    QCOMPARE(error, OutputFormatter::errorJson(hubSpotError()));
}

void TestCliOutputFormatter::usageErrorListsItsDetails() {
    Capture out, err;
    OutputFormatter formatter(true, false, nullptr, out.file(), err.file());
    formatter.usageError(QStringLiteral("Unknown object type \"vehicle\"."),
                         {QStringLiteral("contacts"), QStringLiteral("companies")});
    QCOMPARE(err.text(), QByteArray("assocctl: Unknown object type \"vehicle\".\n"
                                    "  contacts\n  companies\n"));
    const QJsonObject error = QJsonDocument::fromJson(out.text()).object()[u"error"].toObject();
    QCOMPARE(error[u"kind"].toString(), QStringLiteral("usage"));
    QCOMPARE(error[u"details"].toArray().size(), 2);
}

void TestCliOutputFormatter::secretsAreRedactedEverywhere() {
    auth::Redactor redactor;
    redactor.addSecrets({kSecret});
    Capture out, err;
    OutputFormatter formatter(true, true, &redactor, out.file(), err.file());
    ApiError error = hubSpotError();
    error.message = QStringLiteral("Token ") + kSecret + QStringLiteral(" is invalid");
    formatter.apiError(error);
    formatter.note(kSecret);
    formatter.writeOut(kSecret);
    const QByteArray secret = kSecret.toUtf8();
    QVERIFY2(!out.text().contains(secret), out.text().constData());
    QVERIFY2(!err.text().contains(secret), err.text().constData());
    QVERIFY(!out.text().isEmpty());
    QVERIFY(!err.text().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliOutputFormatter)
#include "test_cli_output_formatter.moc"
