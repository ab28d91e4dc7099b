// SPDX-License-Identifier: MIT
#include "JsonReader.h"

#include <cmath>
#include <limits>

namespace assoc {

QString ParseError::toString() const {
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

QString jsonTypeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

JsonReader::JsonReader(const QJsonValue &value, QString path)
    : m_path(std::move(path)) {
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = ParseError{m_path,
                             QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
}

QString JsonReader::childPath(const QString &key) const {
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonReader::itemPath(const QString &arrayPath, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(arrayPath).arg(index);
}

void JsonReader::fail(const QString &key, const QString &message) {
    if (!m_error)
        m_error = ParseError{key.isEmpty() ? m_path : childPath(key), message};
}

void JsonReader::adoptError(const ParseError &error) {
    if (!m_error)
        m_error = error;
}

const QJsonValue *JsonReader::lookup(const QString &key, bool required) {
    if (m_error)
        return nullptr;
    auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(key, QStringLiteral("is required but missing"));
        return nullptr;
    }
    m_scratch = it.value();
    return &m_scratch;
}

QString JsonReader::requiredString(const QString &key) {
    const QJsonValue *v = lookup(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(key, QStringLiteral("expected a string, got %1").arg(jsonTypeName(*v)));
        return {};
    }
    return v->toString();
}

QString JsonReader::optionalString(const QString &key) {
    return nullableString(key).value_or(QString());
}

std::optional<QString> JsonReader::nullableString(const QString &key) {
    const QJsonValue *v = lookup(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isString()) {
        fail(key, QStringLiteral("expected a string, got %1").arg(jsonTypeName(*v)));
        return std::nullopt;
    }
    return v->toString();
}

// 2^53: beyond it a JSON number is no longer an exact integer.
constexpr double MaxExactInteger = 9007199254740992.0;

// Why `v` is not an integer within [min, max], or nothing if it is one: the message says what was
// found instead (another type, a fraction, a number out of range).
static std::optional<QString> integerProblem(const QJsonValue &v, double min, double max) {
    if (!v.isDouble())
        return QStringLiteral("expected an integer, got %1").arg(jsonTypeName(v));
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return QStringLiteral("expected an integer, got %1").arg(d, 0, 'g', 17);
    if (d < min || d > max)
        return QStringLiteral("is out of range (%1; allowed %2 to %3)")
            .arg(d, 0, 'f', 0)
            .arg(min, 0, 'f', 0)
            .arg(max, 0, 'f', 0);
    return std::nullopt;
}

int JsonReader::requiredInt(const QString &key) {
    const QJsonValue *v = lookup(key, true);
    if (!v)
        return 0;
    if (const auto problem =
            integerProblem(*v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max())) {
        fail(key, *problem);
        return 0;
    }
    return int(v->toDouble());
}

std::optional<qint64> JsonReader::optionalInt64(const QString &key) {
    const QJsonValue *v = lookup(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (const auto problem = integerProblem(*v, -MaxExactInteger, MaxExactInteger)) {
        fail(key, *problem);
        return std::nullopt;
    }
    return qint64(v->toDouble());
}

qint64 JsonReader::requiredInt64(const QString &key) {
    const QJsonValue *v = lookup(key, true);
    if (!v)
        return 0;
    if (v->isNull()) { // optionalInt64 takes null for "absent"; a required field may not be null
        fail(key, QStringLiteral("expected an integer, got null"));
        return 0;
    }
    return optionalInt64(key).value_or(0);
}

std::optional<double> JsonReader::optionalNumber(const QString &key) {
    const QJsonValue *v = lookup(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isDouble()) {
        fail(key, QStringLiteral("expected a number, got %1").arg(jsonTypeName(*v)));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<bool> JsonReader::optionalBool(const QString &key) {
    const QJsonValue *v = lookup(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isBool()) {
        fail(key, QStringLiteral("expected a boolean, got %1").arg(jsonTypeName(*v)));
        return std::nullopt;
    }
    return v->toBool();
}

QJsonArray JsonReader::requiredArray(const QString &key) {
    const QJsonValue *v = lookup(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(key, QStringLiteral("expected an array, got %1").arg(jsonTypeName(*v)));
        return {};
    }
    return v->toArray();
}

QJsonArray JsonReader::optionalArray(const QString &key) {
    const QJsonValue *v = lookup(key, false);
    if (!v || v->isNull())
        return {};
    if (!v->isArray()) {
        fail(key, QStringLiteral("expected an array, got %1").arg(jsonTypeName(*v)));
        return {};
    }
    return v->toArray();
}

QJsonObject JsonReader::optionalObject(const QString &key) {
    const QJsonValue *v = lookup(key, false);
    if (!v || v->isNull())
        return {};
    if (!v->isObject()) {
        fail(key, QStringLiteral("expected an object, got %1").arg(jsonTypeName(*v)));
        return {};
    }
    return v->toObject();
}

QStringList JsonReader::optionalStringList(const QString &key) {
    QStringList out;
    const QJsonArray array = optionalArray(key);
    for (qsizetype i = 0; i < array.size() && ok(); ++i) {
        if (!array.at(i).isString()) {
            fail(QString(),
                 QStringLiteral("expected a string, got %1").arg(jsonTypeName(array.at(i))));
            m_error->path = itemPath(childPath(key), i);
            break;
        }
        out.append(array.at(i).toString());
    }
    return out;
}

QString JsonReader::lenientString(const QString &key) const {
    const QJsonValue v = m_object.value(key);
    return v.isString() ? v.toString() : QString();
}

std::optional<qint64> JsonReader::lenientInt64(const QString &key) const {
    const QJsonValue v = m_object.value(key);
    if (integerProblem(v, -MaxExactInteger, MaxExactInteger))
        return std::nullopt;
    return qint64(v.toDouble());
}

QStringList JsonReader::lenientStringList(const QString &key) const {
    QStringList out;
    const QJsonArray items = m_object.value(key).toArray();
    for (const QJsonValue &item : items) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

} // namespace assoc
