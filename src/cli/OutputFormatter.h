// SPDX-License-Identifier: MIT
#pragma once

#include "TextTable.h"
#include "api/ApiError.h"
#include "auth/Redactor.h"
#include "core/Validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdio>

namespace assoc::cli {

// Everything assocctl prints goes through here: results as a table or as pretty JSON
// (--json), messages and errors on stderr. Every byte is redacted of secrets first.
class OutputFormatter {
public:
    OutputFormatter(bool json, bool verbose, auth::Redactor *redactor, std::FILE *out = stdout,
                    std::FILE *err = stderr);

    bool isJson() const { return m_json; }
    bool isVerbose() const { return m_verbose; }

    // The result of a command: the table in text mode, the document with --json.
    void result(const TextTable &table, const QJsonObject &json);
    // A one-line confirmation in text mode, the document with --json.
    void result(const QString &line, const QJsonObject &json);
    void writeOut(const QByteArray &bytes);
    void writeOut(const QString &text);
    // Notes and progress for a person: stderr, never stdout.
    void note(const QString &text);
    void writeErr(const QString &text);

    // HubSpot or network failure: the user message on stderr (details with --verbose) and, with
    // --json, {"error": {...}} on stdout.
    void apiError(const ApiError &error);
    // A command line that cannot be run, or input that would be rejected.
    void usageError(const QString &message, const QStringList &details = {});
    // Issues found by assoc::Validation, each named by the option or argument that holds it.
    void validationError(const QString &message, const QList<ValidationIssue> &issues);
    static QString fieldName(ValidationIssue::Field field);

    static QJsonObject errorJson(const ApiError &error);

    static QByteArray toJsonBytes(const QJsonObject &object);

private:
    void errorObject(const QJsonObject &error);

    bool m_json;
    bool m_verbose;
    auth::Redactor *m_redactor;
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace assoc::cli
