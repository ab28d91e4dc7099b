// SPDX-License-Identifier: MIT
#include "JsonMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <limits>

namespace assoc::json {

namespace {

Expected<QJsonValue, ParseError> parseDocument(const QByteArray &body) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Expected<QJsonValue, ParseError>::failure(
            {QString(), QStringLiteral("the response is not valid JSON (%1 at byte %2)")
                            .arg(error.errorString())
                            .arg(error.offset)});
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

template <typename T, typename ItemParser>
Parsed<QList<T>> parseItems(JsonReader &reader, const QString &key, bool required,
                            ItemParser parseItem) {
    const QJsonArray array = required ? reader.requiredArray(key) : reader.optionalArray(key);
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        auto item = parseItem(array.at(i), JsonReader::itemPath(reader.childPath(key), i));
        if (!item)
            reader.adoptError(item.error());
        else
            out.append(item.value());
    }
    if (!reader.ok())
        return Parsed<QList<T>>::failure(reader.error());
    return out;
}

template <typename T, typename ItemParser>
Parsed<QList<T>> parseResultsCollection(const QByteArray &body, ItemParser parseItem) {
    auto doc = parseDocument(body);
    if (!doc)
        return Parsed<QList<T>>::failure(doc.error());
    JsonReader reader(doc.value(), QString());
    if (!reader.ok())
        return Parsed<QList<T>>::failure(reader.error());
    return parseItems<T>(reader, QStringLiteral("results"), true, parseItem);
}

QDateTime parseDateTime(JsonReader &reader, const QString &key, bool required) {
    const QString text = required ? reader.requiredString(key) : reader.optionalString(key);
    if (text.isEmpty() || !reader.ok())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        reader.fail(key, QStringLiteral("expected a date-time, got \"%1\"").arg(text.left(40)));
    return dt;
}

ObjectTypeRef parseObjectTypeRef(JsonReader &parent, const QString &key) {
    JsonReader r(parent.object().value(key), parent.childPath(key));
    ObjectTypeRef ref;
    ref.objectTypeId = r.requiredString(QStringLiteral("objectTypeId"));
    ref.singularLabel = r.requiredString(QStringLiteral("singularLabel"));
    ref.pluralLabel = r.requiredString(QStringLiteral("pluralLabel"));
    if (!r.ok())
        parent.adoptError(r.error());
    return ref;
}

// For error bodies: the string at `key`, or empty when it is absent or not a string.
QString looseString(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

// For error bodies: a context map (string -> [string]). A lone string counts as a list of one;
// other values, in the map or in a list, are skipped.
QMap<QString, QStringList> looseContext(const QJsonValue &value) {
    QMap<QString, QStringList> out;
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString()) {
            out.insert(it.key(), {it.value().toString()});
        } else if (it.value().isArray()) {
            QStringList strings;
            const QJsonArray items = it.value().toArray();
            for (const QJsonValue &item : items) {
                if (item.isString())
                    strings.append(item.toString());
            }
            out.insert(it.key(), strings);
        }
    }
    return out;
}

QJsonValue optionalStringValue(const std::optional<QString> &s) {
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

} // namespace

Parsed<AssociationLabel> parseLabel(const QJsonValue &value, const QString &path) {
    JsonReader r(value, path);
    AssociationLabel label;
    label.category = AssociationCategory::fromApi(r.requiredString(QStringLiteral("category")));
    label.typeId = r.requiredInt(QStringLiteral("typeId"));
    label.label = r.nullableString(QStringLiteral("label"));
    label.fromObjectTypeId = r.optionalString(QStringLiteral("fromObjectTypeId"));
    label.toObjectTypeId = r.optionalString(QStringLiteral("toObjectTypeId"));
    if (!r.ok())
        return Parsed<AssociationLabel>::failure(r.error());
    return label;
}

Parsed<QList<AssociationLabel>> parseLabelCollection(const QByteArray &body) {
    return parseResultsCollection<AssociationLabel>(body, parseLabel);
}

Parsed<AssociationLimit> parseLimit(const QJsonValue &value, const QString &path) {
    JsonReader r(value, path);
    AssociationLimit limit;
    limit.category = AssociationCategory::fromApi(r.requiredString(QStringLiteral("category")));
    limit.typeId = r.requiredInt(QStringLiteral("typeId"));
    limit.label = r.nullableString(QStringLiteral("label"));
    if (auto max = r.optionalInt64(QStringLiteral("userEnforcedMaxToObjectIds"))) {
        if (*max < 0 || *max > std::numeric_limits<int>::max())
            r.fail(QStringLiteral("userEnforcedMaxToObjectIds"),
                   QStringLiteral("is out of range (%1)").arg(*max));
        else
            limit.maxToObjectIds = int(*max);
    }
    if (!r.ok())
        return Parsed<AssociationLimit>::failure(r.error());
    return limit;
}

Parsed<QList<AssociationLimit>> parseLimitCollection(const QByteArray &body) {
    return parseResultsCollection<AssociationLimit>(body, parseLimit);
}

static Parsed<BatchItemError> parseBatchItemError(const QJsonValue &value, const QString &path) {
    JsonReader r(value, path);
    BatchItemError e;
    e.status = r.optionalString(QStringLiteral("status"));
    e.category = r.optionalString(QStringLiteral("category"));
    e.message = r.requiredString(QStringLiteral("message"));
    e.context = r.optionalStringListMap(QStringLiteral("context"));
    if (!r.ok())
        return Parsed<BatchItemError>::failure(r.error());
    return e;
}

Parsed<BatchResult> parseBatchResult(const QByteArray &body) {
    auto doc = parseDocument(body);
    if (!doc)
        return Parsed<BatchResult>::failure(doc.error());
    JsonReader r(doc.value(), QString());
    BatchResult result;
    result.status = r.requiredString(QStringLiteral("status"));
    result.startedAt = parseDateTime(r, QStringLiteral("startedAt"), true);
    result.completedAt = parseDateTime(r, QStringLiteral("completedAt"), true);
    if (r.ok()) {
        // Purge answers carry results of no defined shape (BatchResponseVoid): only count them.
        const QJsonArray items = r.requiredArray(QStringLiteral("results"));
        for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
            if (!items.at(i).isObject() ||
                !items.at(i).toObject().contains(QStringLiteral("typeId")))
                continue;
            auto limit =
                parseLimit(items.at(i), JsonReader::itemPath(QStringLiteral("results"), i));
            if (!limit)
                r.adoptError(limit.error());
            else
                result.results.append(limit.value());
        }
    }
    if (r.ok()) {
        auto errors =
            parseItems<BatchItemError>(r, QStringLiteral("errors"), false, parseBatchItemError);
        if (errors)
            result.errors = errors.value();
    }
    if (!r.ok())
        return Parsed<BatchResult>::failure(r.error());
    return result;
}

static Parsed<ObjectType> parseObjectSchema(const QJsonValue &value, const QString &path) {
    JsonReader r(value, path);
    ObjectType type;
    const QString id = r.requiredString(QStringLiteral("id"));
    type.id = r.optionalString(QStringLiteral("objectTypeId"));
    if (type.id.isEmpty())
        type.id = id;
    type.name = r.requiredString(QStringLiteral("name"));
    type.fullyQualifiedName = r.optionalString(QStringLiteral("fullyQualifiedName"));
    JsonReader labels(r.object().value(QStringLiteral("labels")),
                      r.childPath(QStringLiteral("labels")));
    if (r.ok() && !labels.ok())
        r.adoptError(labels.error());
    type.singularLabel = labels.optionalString(QStringLiteral("singular"));
    type.pluralLabel = labels.optionalString(QStringLiteral("plural"));
    if (!labels.ok())
        r.adoptError(labels.error());
    type.custom = true;
    if (!r.ok())
        return Parsed<ObjectType>::failure(r.error());
    return type;
}

Parsed<QList<ObjectType>> parseObjectSchemas(const QByteArray &body) {
    return parseResultsCollection<ObjectType>(body, parseObjectSchema);
}

Parsed<PortalInfo> parseAccountInfo(const QByteArray &body) {
    auto doc = parseDocument(body);
    if (!doc)
        return Parsed<PortalInfo>::failure(doc.error());
    JsonReader r(doc.value(), QString());
    PortalInfo info;
    info.portalId = r.requiredInt64(QStringLiteral("portalId"));
    info.accountType = r.optionalString(QStringLiteral("accountType"));
    info.timeZone = r.optionalString(QStringLiteral("timeZone"));
    info.companyCurrency = r.optionalString(QStringLiteral("companyCurrency"));
    info.uiDomain = r.optionalString(QStringLiteral("uiDomain"));
    info.dataHostingLocation = r.optionalString(QStringLiteral("dataHostingLocation"));
    if (!r.ok())
        return Parsed<PortalInfo>::failure(r.error());
    return info;
}

static Parsed<LabelUsage> parseLabelUsageItem(const QJsonValue &value, const QString &path) {
    JsonReader r(value, path);
    LabelUsage usage;
    usage.from = parseObjectTypeRef(r, QStringLiteral("fromObjectType"));
    usage.to = parseObjectTypeRef(r, QStringLiteral("toObjectType"));
    r.requiredArray(QStringLiteral("allLabels"));
    usage.allLabels = r.optionalStringList(QStringLiteral("allLabels"));
    usage.limit = r.requiredInt64(QStringLiteral("limit"));
    usage.usage = r.requiredInt64(QStringLiteral("usage"));
    usage.percentage = r.requiredNumber(QStringLiteral("percentage"));
    if (!r.ok())
        return Parsed<LabelUsage>::failure(r.error());
    return usage;
}

Parsed<QList<LabelUsage>> parseLabelUsage(const QByteArray &body) {
    return parseResultsCollection<LabelUsage>(body, parseLabelUsageItem);
}

static Parsed<RecordSample> parseSample(const QJsonValue &value, const QString &path, bool near) {
    JsonReader r(value, path);
    RecordSample s;
    s.objectId = r.requiredInt64(QStringLiteral("objectId"));
    s.label = r.requiredString(QStringLiteral("label"));
    if (near) {
        s.usage = r.requiredInt64(QStringLiteral("usage"));
        s.percentage = r.requiredNumber(QStringLiteral("percentage"));
    }
    if (!r.ok())
        return Parsed<RecordSample>::failure(r.error());
    return s;
}

Parsed<RecordLimitReport> parseRecordLimitReport(const QByteArray &body) {
    auto doc = parseDocument(body);
    if (!doc)
        return Parsed<RecordLimitReport>::failure(doc.error());
    JsonReader r(doc.value(), QString());
    RecordLimitReport report;
    report.limit = r.requiredInt64(QStringLiteral("limit"));
    report.totalRecordsAtLimit = r.requiredInt(QStringLiteral("totalRecordsAtLimit"));
    report.totalRecordsNearLimit = r.requiredInt(QStringLiteral("totalRecordsNearLimit"));
    auto at = parseItems<RecordSample>(
        r, QStringLiteral("atLimitFromRecordSamples"), true,
        [](const QJsonValue &v, const QString &p) { return parseSample(v, p, false); });
    auto near = parseItems<RecordSample>(
        r, QStringLiteral("nearLimitFromRecordSamples"), true,
        [](const QJsonValue &v, const QString &p) { return parseSample(v, p, true); });
    if (!r.ok())
        return Parsed<RecordLimitReport>::failure(r.error());
    report.atLimitSamples = at.value();
    report.nearLimitSamples = near.value();
    return report;
}

Parsed<TokenGrant> parseTokenGrant(const QByteArray &body) {
    auto doc = parseDocument(body);
    if (!doc)
        return Parsed<TokenGrant>::failure(doc.error());
    JsonReader r(doc.value(), QString());
    TokenGrant grant;
    grant.accessToken = r.requiredString(QStringLiteral("access_token"));
    grant.refreshToken = r.optionalString(QStringLiteral("refresh_token"));
    grant.expiresInSeconds = r.requiredInt(QStringLiteral("expires_in"));
    grant.tokenType = r.optionalString(QStringLiteral("token_type"));
    grant.hubId = r.optionalInt64(QStringLiteral("hub_id")).value_or(0);
    const QJsonValue scopes = r.object().value(QStringLiteral("scopes"));
    if (scopes.isArray())
        grant.scopes = r.optionalStringList(QStringLiteral("scopes"));
    if (r.ok() && grant.accessToken.isEmpty())
        r.fail(QStringLiteral("access_token"), QStringLiteral("is empty"));
    if (!r.ok())
        return Parsed<TokenGrant>::failure(r.error());
    return grant;
}

Parsed<ErrorBody> parseErrorBody(const QByteArray &body) {
    auto doc = parseDocument(body);
    if (!doc)
        return Parsed<ErrorBody>::failure(doc.error());
    // Lenient throughout: an error body that is itself odd must still yield what it can (a
    // 429 with an odd context must still give its policyName). Fields of another type are
    // taken as absent.
    JsonReader r(doc.value(), QString());
    if (!r.ok())
        return Parsed<ErrorBody>::failure(r.error());
    const QJsonObject &o = r.object();
    ErrorBody e;
    e.status = looseString(o, QStringLiteral("status"));
    e.message = looseString(o, QStringLiteral("message"));
    e.correlationId = looseString(o, QStringLiteral("correlationId"));
    e.category = looseString(o, QStringLiteral("category"));
    e.subCategory = looseString(o, QStringLiteral("subCategory"));
    e.errorType = looseString(o, QStringLiteral("errorType"));
    e.policyName = looseString(o, QStringLiteral("policyName"));
    e.context = looseContext(o.value(QStringLiteral("context")));
    const QJsonArray details = o.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &d : details) {
        const QJsonObject item = d.toObject();
        ErrorDetail detail;
        detail.message = looseString(item, QStringLiteral("message"));
        detail.in = looseString(item, QStringLiteral("in"));
        detail.code = looseString(item, QStringLiteral("code"));
        detail.subCategory = looseString(item, QStringLiteral("subCategory"));
        detail.context = looseContext(item.value(QStringLiteral("context")));
        if (!detail.message.isEmpty() || !detail.context.isEmpty())
            e.errors.append(detail);
    }
    return e;
}

QJsonObject toJson(const LabelCreateRequest &request) {
    QJsonObject o{{QStringLiteral("name"), request.name}, {QStringLiteral("label"), request.label}};
    if (request.isPaired())
        o.insert(QStringLiteral("inverseLabel"), *request.inverseLabel);
    return o;
}

QJsonObject toJson(const LabelUpdateRequest &request) {
    QJsonObject o{{QStringLiteral("associationTypeId"), request.associationTypeId},
                  {QStringLiteral("label"), request.label}};
    if (request.inverseLabel && !request.inverseLabel->isEmpty())
        o.insert(QStringLiteral("inverseLabel"), *request.inverseLabel);
    return o;
}

QJsonObject limitInputsBody(const QList<LimitInput> &inputs) {
    QJsonArray array;
    for (const LimitInput &in : inputs) {
        array.append(QJsonObject{{QStringLiteral("category"), in.category.apiName()},
                                 {QStringLiteral("typeId"), in.typeId},
                                 {QStringLiteral("maxToObjectIds"), in.maxToObjectIds}});
    }
    return {{QStringLiteral("inputs"), array}};
}

QJsonObject purgeBody(const QList<LabelKey> &keys) {
    QJsonArray array;
    for (const LabelKey &k : keys) {
        array.append(QJsonObject{{QStringLiteral("category"), k.category.apiName()},
                                 {QStringLiteral("typeId"), k.typeId}});
    }
    return {{QStringLiteral("inputs"), array}};
}

QJsonObject toJson(const AssociationLabel &label) {
    QJsonObject o{{QStringLiteral("category"), label.category.apiName()},
                  {QStringLiteral("typeId"), label.typeId},
                  {QStringLiteral("label"), optionalStringValue(label.label)}};
    if (!label.fromObjectTypeId.isEmpty())
        o.insert(QStringLiteral("fromObjectTypeId"), label.fromObjectTypeId);
    if (!label.toObjectTypeId.isEmpty())
        o.insert(QStringLiteral("toObjectTypeId"), label.toObjectTypeId);
    return o;
}

QJsonObject toJson(const AssociationLimit &limit) {
    QJsonObject o{{QStringLiteral("category"), limit.category.apiName()},
                  {QStringLiteral("typeId"), limit.typeId},
                  {QStringLiteral("label"), optionalStringValue(limit.label)}};
    if (limit.maxToObjectIds)
        o.insert(QStringLiteral("userEnforcedMaxToObjectIds"), *limit.maxToObjectIds);
    return o;
}

} // namespace assoc::json
