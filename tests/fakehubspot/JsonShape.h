// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <memory>

// A hand-written description of a JSON body (required fields, JSON types,
// enums, nullability) and a validator that lists every deviation.
struct JsonShape;
using ShapePtr = std::shared_ptr<const JsonShape>;

struct JsonField {
    enum class Kind {
        String,
        Integer,
        Number,
        Boolean,
        DateTime,
        Object,
        Array,
        StringListMap,
        AnyObject
    };
    QString name;
    Kind kind = Kind::String;
    bool required = false;
    bool nullable = false;
    QStringList enumValues;
    ShapePtr shape;               // Object, or Array items when itemKind is Object
    Kind itemKind = Kind::Object; // for Array
};

struct JsonShape {
    QList<JsonField> fields;
    bool closed = false; // unknown fields are errors

    static QStringList validate(const QJsonValue &value, const JsonField &f, const QString &path) {
        using K = JsonField::Kind;
        QStringList errors;
        auto fail = [&](const QString &what) { errors.append(path + QLatin1String(": ") + what); };
        if (value.isNull()) {
            if (!f.nullable)
                fail(QStringLiteral("null but not nullable"));
            return errors;
        }
        switch (f.kind) {
        case K::String:
            if (!value.isString())
                fail(QStringLiteral("not a string"));
            else if (!f.enumValues.isEmpty() && !f.enumValues.contains(value.toString()))
                fail(QStringLiteral("'%1' not in enum").arg(value.toString()));
            break;
        case K::DateTime:
            if (!value.isString() ||
                !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
                fail(QStringLiteral("not an ISO date-time"));
            break;
        case K::Integer:
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
                fail(QStringLiteral("not an integer"));
            break;
        case K::Number:
            if (!value.isDouble())
                fail(QStringLiteral("not a number"));
            break;
        case K::Boolean:
            if (!value.isBool())
                fail(QStringLiteral("not a boolean"));
            break;
        case K::Object:
            if (!value.isObject())
                fail(QStringLiteral("not an object"));
            else
                errors += f.shape->check(value.toObject(), path);
            break;
        case K::AnyObject:
            if (!value.isObject())
                fail(QStringLiteral("not an object"));
            break;
        case K::StringListMap:
            if (!value.isObject()) {
                fail(QStringLiteral("not an object"));
                break;
            }
            for (const auto &v : value.toObject()) {
                if (!v.isArray())
                    fail(QStringLiteral("map value is not an array"));
            }
            break;
        case K::Array: {
            if (!value.isArray()) {
                fail(QStringLiteral("not an array"));
                break;
            }
            JsonField item = f;
            item.kind = f.itemKind;
            item.nullable = false;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                errors += validate(array.at(i), item, path + QStringLiteral("[%1]").arg(i));
            break;
        }
        }
        return errors;
    }

    QStringList check(const QJsonObject &object, const QString &path = QStringLiteral("$")) const {
        QStringList errors;
        for (const auto &f : fields) {
            const QString at = path + u'.' + f.name;
            if (!object.contains(f.name)) {
                if (f.required)
                    errors.append(at + QLatin1String(": required field missing"));
                continue;
            }
            errors += validate(object.value(f.name), f, at);
        }
        if (closed) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                bool known = false;
                for (const auto &f : fields)
                    known = known || f.name == it.key();
                if (!known)
                    errors.append(path + u'.' + it.key() + QLatin1String(": unexpected field"));
            }
        }
        return errors;
    }
};

// Terse builders for the shape tables in the tests.
namespace shape {
using K = JsonField::Kind;
inline JsonField req(const QString &name, K kind) {
    return JsonField{name, kind, true, false, {}, {}, K::Object};
}
inline JsonField opt(const QString &name, K kind) {
    return JsonField{name, kind, false, false, {}, {}, K::Object};
}
inline JsonField nullable(JsonField f) {
    f.nullable = true;
    return f;
}
inline JsonField oneOf(JsonField f, const QStringList &values) {
    f.enumValues = values;
    return f;
}
inline JsonField object(JsonField f, ShapePtr s) {
    f.kind = K::Object;
    f.shape = std::move(s);
    return f;
}
inline JsonField arrayOf(JsonField f, ShapePtr s) {
    f.kind = K::Array;
    f.itemKind = K::Object;
    f.shape = std::move(s);
    return f;
}
inline JsonField arrayOf(JsonField f, K itemKind) {
    f.kind = K::Array;
    f.itemKind = itemKind;
    return f;
}
inline ShapePtr make(QList<JsonField> fields, bool closed = false) {
    return std::make_shared<const JsonShape>(JsonShape{std::move(fields), closed});
}
} // namespace shape
