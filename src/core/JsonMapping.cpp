// SPDX-License-Identifier: MIT
#include "JsonMapping.h"

#include "JsonDuplicateKeys.h"
#include "JsonView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <limits>

namespace assoc::json {

namespace {

// A syntax error said the way a person can act on: an HTML page (a proxy or a sign-in page
// answered instead of HubSpot), bytes that are not UTF-8, a number no double can hold, nesting
// past Qt's limit, or plain invalid JSON.
QString describeSyntaxError(const QByteArray &body, const QJsonParseError &error) {
    const QByteArray start = body.trimmed().left(64).toLower();
    if (start.isEmpty())
        return QStringLiteral("the response is empty where a JSON document was expected");
    if (start.startsWith('<'))
        return QStringLiteral("the response is an HTML or XML page, not JSON: a proxy, firewall "
                              "or sign-in page may have answered instead of HubSpot");
    switch (error.error) {
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("the response is not valid UTF-8 (at byte %1)").arg(error.offset);
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("the response has a number that is malformed or too large to "
                              "hold (at byte %1)")
            .arg(error.offset);
    case QJsonParseError::DeepNesting:
        return QStringLiteral("the response is nested deeper than JSON documents may be here "
                              "(at byte %1)")
            .arg(error.offset);
    default:
        return QStringLiteral("the response is not valid JSON (%1 at byte %2)")
            .arg(error.errorString())
            .arg(error.offset);
    }
}

enum class DuplicateKeys { Refuse, Ignore };

Expected<QJsonValue, ParseError> parseDocument(const QByteArray &body,
                                               DuplicateKeys duplicates = DuplicateKeys::Refuse) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Expected<QJsonValue, ParseError>::failure(
            {QString(), describeSyntaxError(body, error)});
    if (duplicates == DuplicateKeys::Refuse) {
        if (const auto path = JsonDuplicateKeys::find(body))
            return Expected<QJsonValue, ParseError>::failure(
                {*path, QStringLiteral("occurs twice in the same object, so the answer is "
                                       "ambiguous")});
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

// Informational date-times (a batch's startedAt/completedAt): invalid when absent or unreadable.
QDateTime lenientDateTime(const JsonReader &reader, const QString &key) {
    const QString text = reader.lenientString(key);
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt;
}

// The id keys the usage; the labels only name it, and the id stands in when they are missing.
ObjectTypeRef parseObjectTypeRef(JsonReader &parent, const QString &key) {
    JsonReader r(parent.object().value(key), parent.childPath(key));
    ObjectTypeRef ref;
    ref.objectTypeId = r.requiredString(QStringLiteral("objectTypeId"));
    ref.singularLabel = r.optionalString(QStringLiteral("singularLabel"));
    ref.pluralLabel = r.optionalString(QStringLiteral("pluralLabel"));
    if (!r.ok())
        parent.adoptError(r.error());
    return ref;
}

// For error bodies and failed batch inputs: a context map (string -> [string]). A lone string
// counts as a list of one; other values, in the map or in a list, are skipped.
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

// A failed input of a batch. Its message, category and status make the error the user sees;
// each may be missing (the error is reported all the same), none may be of another type.
static Parsed<BatchItemError> parseBatchItemError(const QJsonValue &value, const QString &path) {
    JsonReader r(value, path);
    BatchItemError e;
    e.status = r.optionalString(QStringLiteral("status"));
    e.category = r.optionalString(QStringLiteral("category"));
    e.message = r.optionalString(QStringLiteral("message"));
    e.context = looseContext(r.object().value(QStringLiteral("context")));
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
    // The status tells a CANCELED batch from a done one: without it the outcome is unknown.
    result.status = r.requiredString(QStringLiteral("status"));
    result.startedAt = lenientDateTime(r, QStringLiteral("startedAt"));
    result.completedAt = lenientDateTime(r, QStringLiteral("completedAt"));
    // The results only echo the inputs (purge answers carry results of no defined shape at
    // all): the app re-reads the pair instead, so they are kept where readable, never required.
    const QJsonArray items = r.object().value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        if (!items.at(i).isObject() || !items.at(i).toObject().contains(QStringLiteral("typeId")))
            continue;
        if (auto limit =
                parseLimit(items.at(i), JsonReader::itemPath(QStringLiteral("results"), i)))
            result.results.append(limit.value());
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

// A custom object schema. The app needs the type's id and its name; the labels only name it
// on screen (the name stands in). `id` is read only when `objectTypeId` is missing (older
// servers): everything else in a schema (properties, associations, ...) is ignored.
static Parsed<ObjectType> parseObjectSchema(const QJsonValue &value, const QString &path) {
    JsonReader r(value, path);
    ObjectType type;
    type.id = r.optionalString(QStringLiteral("objectTypeId"));
    if (type.id.isEmpty() && r.ok()) {
        type.id = r.optionalString(QStringLiteral("id"));
        if (type.id.isEmpty() && r.ok())
            r.fail(QStringLiteral("objectTypeId"),
                   QStringLiteral("is required but missing (and there is no \"id\" either)"));
    }
    type.name = r.requiredString(QStringLiteral("name"));
    type.fullyQualifiedName = r.optionalString(QStringLiteral("fullyQualifiedName"));
    const QString labelsKey = QStringLiteral("labels");
    JsonReader labels(r.optionalObject(labelsKey), r.childPath(labelsKey));
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
    info.companyCurrency = r.lenientString(QStringLiteral("companyCurrency")); // not shown
    info.uiDomain = r.optionalString(QStringLiteral("uiDomain"));
    info.dataHostingLocation = r.optionalString(QStringLiteral("dataHostingLocation"));
    if (!r.ok())
        return Parsed<PortalInfo>::failure(r.error());
    return info;
}

// Label usage of a pair: `usage` is what is shown; the maximum and the percentage are shown
// when present (the percentage is computed when only it is missing).
static Parsed<LabelUsage> parseLabelUsageItem(const QJsonValue &value, const QString &path) {
    JsonReader r(value, path);
    LabelUsage usage;
    usage.from = parseObjectTypeRef(r, QStringLiteral("fromObjectType"));
    usage.to = parseObjectTypeRef(r, QStringLiteral("toObjectType"));
    usage.allLabels = r.optionalStringList(QStringLiteral("allLabels"));
    usage.limit = r.optionalInt64(QStringLiteral("limit")).value_or(0);
    usage.usage = r.requiredInt64(QStringLiteral("usage"));
    const auto percentage = r.optionalNumber(QStringLiteral("percentage"));
    usage.percentage = percentage        ? *percentage
                       : usage.limit > 0 ? 100.0 * double(usage.usage) / double(usage.limit)
                                         : 0.0;
    if (!r.ok())
        return Parsed<LabelUsage>::failure(r.error());
    return usage;
}

Parsed<QList<LabelUsage>> parseLabelUsage(const QByteArray &body) {
    return parseResultsCollection<LabelUsage>(body, parseLabelUsageItem);
}

// A record at or near its limit: its id is shown, with its name when there is one, and for
// near-limit records how many associations it has.
static Parsed<RecordSample> parseSample(const QJsonValue &value, const QString &path, bool near) {
    JsonReader r(value, path);
    RecordSample s;
    s.objectId = r.requiredInt64(QStringLiteral("objectId"));
    s.label = r.optionalString(QStringLiteral("label"));
    if (near) {
        s.usage = r.requiredInt64(QStringLiteral("usage"));
        s.percentage = r.object().value(QStringLiteral("percentage")).toDouble(); // not shown
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
    report.limit = r.optionalInt64(QStringLiteral("limit")).value_or(0);
    report.totalRecordsAtLimit = r.requiredInt(QStringLiteral("totalRecordsAtLimit"));
    report.totalRecordsNearLimit = r.requiredInt(QStringLiteral("totalRecordsNearLimit"));
    auto at = parseItems<RecordSample>(
        r, QStringLiteral("atLimitFromRecordSamples"), false,
        [](const QJsonValue &v, const QString &p) { return parseSample(v, p, false); });
    auto near = parseItems<RecordSample>(
        r, QStringLiteral("nearLimitFromRecordSamples"), false,
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
    // Informational: the client keeps none of these.
    grant.tokenType = r.lenientString(QStringLiteral("token_type"));
    grant.hubId = r.lenientInt64(QStringLiteral("hub_id")).value_or(0);
    grant.scopes = r.lenientStringList(QStringLiteral("scopes"));
    if (r.ok() && grant.accessToken.isEmpty())
        r.fail(QStringLiteral("access_token"), QStringLiteral("is empty"));
    if (!r.ok())
        return Parsed<TokenGrant>::failure(r.error());
    return grant;
}

Parsed<ErrorBody> parseErrorBody(const QByteArray &body) {
    // An error is reported either way; a repeated key must not hide HubSpot's message.
    auto doc = parseDocument(body, DuplicateKeys::Ignore);
    if (!doc)
        return Parsed<ErrorBody>::failure(doc.error());
    // Lenient throughout: an error body that is itself odd must still yield what it can (a
    // 429 with an odd context must still give its policyName). Fields of another type are
    // taken as absent.
    JsonReader r(doc.value(), QString());
    if (!r.ok())
        return Parsed<ErrorBody>::failure(r.error());
    ErrorBody e;
    e.status = r.lenientString(QStringLiteral("status"));
    e.message = r.lenientString(QStringLiteral("message"));
    e.correlationId = r.lenientString(QStringLiteral("correlationId"));
    e.category = r.lenientString(QStringLiteral("category"));
    e.subCategory = r.lenientString(QStringLiteral("subCategory"));
    e.errorType = r.lenientString(QStringLiteral("errorType"));
    e.policyName = r.lenientString(QStringLiteral("policyName"));
    e.context = looseContext(r.object().value(QStringLiteral("context")));
    const QJsonArray details = r.object().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &d : details) {
        const JsonReader item(d, QString()); // not an object: every field reads as absent
        ErrorDetail detail;
        detail.message = item.lenientString(QStringLiteral("message"));
        detail.in = item.lenientString(QStringLiteral("in"));
        detail.code = item.lenientString(QStringLiteral("code"));
        detail.subCategory = item.lenientString(QStringLiteral("subCategory"));
        detail.context = looseContext(item.object().value(QStringLiteral("context")));
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
                  {QStringLiteral("label"), JsonView::optionalString(label.label)}};
    if (!label.fromObjectTypeId.isEmpty())
        o.insert(QStringLiteral("fromObjectTypeId"), label.fromObjectTypeId);
    if (!label.toObjectTypeId.isEmpty())
        o.insert(QStringLiteral("toObjectTypeId"), label.toObjectTypeId);
    return o;
}

QJsonObject toJson(const AssociationLimit &limit) {
    QJsonObject o{{QStringLiteral("category"), limit.category.apiName()},
                  {QStringLiteral("typeId"), limit.typeId},
                  {QStringLiteral("label"), JsonView::optionalString(limit.label)}};
    if (limit.maxToObjectIds)
        o.insert(QStringLiteral("userEnforcedMaxToObjectIds"), *limit.maxToObjectIds);
    return o;
}

} // namespace assoc::json
