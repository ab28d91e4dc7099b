// SPDX-License-Identifier: MIT
#include "OutputFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace assoc::cli {

OutputFormatter::OutputFormatter(bool json, bool verbose, auth::Redactor *redactor, std::FILE *out,
                                 std::FILE *err)
    : m_json(json)
    , m_verbose(verbose)
    , m_redactor(redactor)
    , m_out(out)
    , m_err(err) {}

QByteArray OutputFormatter::toJsonBytes(const QJsonObject &object) {
    // QJsonObject keeps its keys sorted, so equal data always prints the same bytes.
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void OutputFormatter::result(const TextTable &table, const QJsonObject &json) {
    if (m_json)
        writeOut(toJsonBytes(json));
    else
        writeOut(table.render());
}

void OutputFormatter::result(const QString &line, const QJsonObject &json) {
    if (m_json)
        writeOut(toJsonBytes(json));
    else
        writeOut(line.endsWith(QLatin1Char('\n')) ? line : line + QLatin1Char('\n'));
}

void OutputFormatter::writeOut(const QByteArray &bytes) {
    const QByteArray safe = m_redactor ? m_redactor->redact(bytes) : bytes;
    std::fwrite(safe.constData(), 1, size_t(safe.size()), m_out);
    std::fflush(m_out);
}

void OutputFormatter::writeOut(const QString &text) {
    writeOut(text.toUtf8());
}

void OutputFormatter::writeErr(const QString &text) {
    const QByteArray safe = (m_redactor ? m_redactor->redact(text) : text).toUtf8();
    std::fwrite(safe.constData(), 1, size_t(safe.size()), m_err);
    std::fflush(m_err);
}

void OutputFormatter::note(const QString &text) {
    writeErr(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

QJsonObject OutputFormatter::errorJson(const ApiError &error) {
    QJsonObject o{{QStringLiteral("kind"), ApiError::kindName(error.kind)},
                  {QStringLiteral("httpStatus"), error.httpStatus},
                  {QStringLiteral("category"), error.category},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("correlationId"), error.correlationId},
                  {QStringLiteral("operation"), error.operation}};
    if (!error.missingScopes.isEmpty())
        o.insert(QStringLiteral("missingScopes"), QJsonArray::fromStringList(error.missingScopes));
    if (error.maybeApplied)
        o.insert(QStringLiteral("maybeApplied"), true);
    return o;
}

void OutputFormatter::errorObject(const QJsonObject &error) {
    writeOut(toJsonBytes(QJsonObject{{QStringLiteral("error"), error}}));
}

void OutputFormatter::apiError(const ApiError &error) {
    note(QStringLiteral("assocctl: ") + error.userMessage());
    if (m_verbose) {
        const QString details = error.details();
        if (!details.isEmpty())
            note(details);
    }
    if (m_json)
        errorObject(errorJson(error));
}

void OutputFormatter::usageError(const QString &message, const QStringList &details) {
    note(QStringLiteral("assocctl: ") + message);
    for (const QString &d : details)
        note(QStringLiteral("  ") + d);
    if (m_json) {
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("usage")},
                      {QStringLiteral("message"), message}};
        if (!details.isEmpty())
            o.insert(QStringLiteral("details"), QJsonArray::fromStringList(details));
        errorObject(o);
    }
}

QString OutputFormatter::fieldName(ValidationIssue::Field field) {
    switch (field) {
    case ValidationIssue::Name:
        return QStringLiteral("--name");
    case ValidationIssue::Label:
        return QStringLiteral("--label");
    case ValidationIssue::InverseLabel:
        return QStringLiteral("--inverse-label");
    case ValidationIssue::Limit:
        return QStringLiteral("N");
    }
    return {};
}

void OutputFormatter::validationError(const QString &message,
                                      const QList<ValidationIssue> &issues) {
    note(QStringLiteral("assocctl: ") + message);
    QJsonArray list;
    for (const ValidationIssue &issue : issues) {
        const QString option = fieldName(issue.field);
        note(QStringLiteral("  ") + option + QStringLiteral(": ") + issue.message);
        list.append(QJsonObject{{QStringLiteral("option"), option},
                                {QStringLiteral("message"), issue.message}});
    }
    if (m_json) {
        errorObject(QJsonObject{{QStringLiteral("kind"), QStringLiteral("validation")},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("issues"), list}});
    }
}

} // namespace assoc::cli
