// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace assoc {

// Why a JSON document could not be read, naming the offending field by its path.
struct ParseError {
    QString path;    // e.g. "results[2].typeId"
    QString message; // e.g. "expected an integer, got a string"
    QString toString() const;
};

// Reads fields of one JSON object strictly where the API requires them and leniently where it
// may add more. The first problem is remembered; later reads then return defaults.
class JsonReader {
public:
    JsonReader(const QJsonValue &value, QString path);

    bool ok() const { return !m_error.has_value(); }
    const ParseError &error() const { return *m_error; }
    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    bool has(const QString &key) const { return m_object.contains(key); }

    QString requiredString(const QString &key);
    QString optionalString(const QString &key);                // absent or null -> empty
    std::optional<QString> nullableString(const QString &key); // absent or null -> nullopt
    int requiredInt(const QString &key);
    std::optional<qint64> optionalInt64(const QString &key);
    qint64 requiredInt64(const QString &key);
    std::optional<double> optionalNumber(const QString &key); // absent or null -> nullopt
    std::optional<bool> optionalBool(const QString &key);
    QJsonArray requiredArray(const QString &key);
    QJsonArray optionalArray(const QString &key);
    QJsonObject optionalObject(const QString &key);
    QStringList optionalStringList(const QString &key);

    // Informational fields the app does not depend on: the value when it has the expected
    // type, otherwise (absent, null, another type) a default, and never an error.
    QString lenientString(const QString &key) const;
    std::optional<qint64> lenientInt64(const QString &key) const;
    QStringList lenientStringList(const QString &key) const; // the strings among the items

    QString childPath(const QString &key) const;
    static QString itemPath(const QString &arrayPath, qsizetype index);
    void fail(const QString &key, const QString &message);
    void adoptError(const ParseError &error);

private:
    const QJsonValue *lookup(const QString &key, bool required);
    QJsonObject m_object;
    QString m_path;
    std::optional<ParseError> m_error;
    QJsonValue m_scratch;
};

QString jsonTypeName(const QJsonValue &value);

} // namespace assoc
