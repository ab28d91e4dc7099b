// SPDX-License-Identifier: MIT
#include "AssociationsHandler.h"

#include "HubSpotErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {

struct Prefix {
    QLatin1String path;
    AssociationsHandler::ApiVersion version;
};

const Prefix kPrefixes[] = {
    {QLatin1String("/crm/v4/associations/"), AssociationsHandler::ApiVersion::V4},
    {QLatin1String("/crm/associations/v4/"), AssociationsHandler::ApiVersion::V4New},
    {QLatin1String("/crm/associations/2026-03/"), AssociationsHandler::ApiVersion::V2026_03},
    {QLatin1String("/crm/associations/2026-09/"), AssociationsHandler::ApiVersion::V2026_09},
};

QString nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// An int32 JSON field: numbers (and numeric strings, which Jackson coerces).
std::optional<int> intField(const QJsonValue &v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d >= -2147483648.0 && d <= 2147483647.0)
            return int(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

QString missingFields(const QString &type, const QStringList &fields) {
    return u"Invalid input JSON: Cannot build %1, some of required attributes are not set [%2]"_s
        .arg(type, fields.join(u", "_s));
}

// The fields every answer about one association type starts with; an unlabeled type's label
// is null.
QJsonObject typeFields(const FakeAssociationType &type) {
    return {{u"category"_s, type.category},
            {u"typeId"_s, type.typeId},
            {u"label"_s, type.label.isNull() ? QJsonValue() : QJsonValue(type.label)}};
}

FakeResponse resultsResponse(const QJsonArray &results) {
    return FakeResponse::json(200, {{u"results"_s, results}});
}

// A batch's answer without its errors.
QJsonObject batchAnswer(bool canceled, const QJsonArray &results, const QString &startedAt) {
    return {{u"status"_s, canceled ? u"CANCELED"_s : u"COMPLETE"_s},
            {u"results"_s, results},
            {u"startedAt"_s, startedAt},
            {u"completedAt"_s, nowIso()}};
}

// Those of `fields` that are not strings in `body`.
QStringList missingStrings(const QJsonObject &body, const QStringList &fields) {
    QStringList missing;
    for (const QString &field : fields) {
        if (!body.value(field).isString())
            missing.append(field);
    }
    return missing;
}

// A create or rename body (Jackson's `type`) must have a string label, besides the fields
// already found `missing`; the optional inverseLabel may be absent or null, but is a string
// when given.
std::optional<FakeResponse> checkLabelBody(const FakeRequest &request, const QJsonObject &body,
                                           const QString &type, QStringList missing) {
    missing += missingStrings(body, {u"label"_s});
    if (!missing.isEmpty())
        return HubSpotErrors::validation(request, missingFields(type, missing));
    const QJsonValue inverse = body.value(u"inverseLabel"_s);
    if (!inverse.isUndefined() && !inverse.isNull() && !inverse.isString())
        return HubSpotErrors::invalidJson(request, u"inverseLabel must be a string"_s);
    return std::nullopt;
}

} // namespace

AssociationsHandler::AssociationsHandler(FakePortalState &state, const FakeConfig &config)
    : m_state(state)
    , m_config(config)
    , m_types(state, config) {}

std::optional<AssociationsHandler::ApiVersion> AssociationsHandler::versionOf(const QString &path,
                                                                              QStringList *rest) {
    for (const auto &p : kPrefixes) {
        if (path.startsWith(p.path)) {
            if (rest)
                *rest = path.mid(p.path.size()).split(u'/', Qt::SkipEmptyParts);
            return p.version;
        }
    }
    return std::nullopt;
}

bool AssociationsHandler::isSchemaOperation(const QString &path) {
    return versionOf(path).has_value();
}

bool AssociationsHandler::twoHundredCodes() const {
    return m_version == ApiVersion::V2026_09 || (isV4() && m_config.v4TwoHundredCodes);
}

std::optional<FakeResponse> AssociationsHandler::handle(const FakeRequest &request) {
    QStringList seg;
    const auto version = versionOf(request.path, &seg);
    if (!version)
        return std::nullopt;
    m_version = *version;
    const QString &m = request.method;
    auto methodNotAllowed = [&] {
        return HubSpotErrors::error(request, 405, u"VALIDATION_ERROR"_s,
                                    u"HTTP method %1 is not supported by this endpoint."_s.arg(m));
    };
    const bool definitions =
        seg.size() >= 3 && seg[0] == u"definitions" && seg[1] == u"configurations";
    if (definitions) {
        if (seg.size() == 3 && seg[2] == u"all")
            return m == u"GET" ? allConfigurations(request) : methodNotAllowed();
        if (seg.size() == 4)
            return m == u"GET" ? pairConfigurations(request, seg[2], seg[3]) : methodNotAllowed();
        if (seg.size() == 6 && seg[4] == u"batch") {
            if (m != u"POST")
                return methodNotAllowed();
            if (seg[5] == u"create")
                return batch(request, seg[2], seg[3], BatchOp::Create);
            if (seg[5] == u"update")
                return batch(request, seg[2], seg[3], BatchOp::Update);
            if (seg[5] == u"purge")
                return batch(request, seg[2], seg[3], BatchOp::Purge);
        }
        return std::nullopt;
    }
    if (seg.size() == 3 && seg[2] == u"labels") {
        if (m == u"GET")
            return listLabels(request, seg[0], seg[1]);
        if (m == u"POST")
            return createLabel(request, seg[0], seg[1]);
        if (m == u"PUT")
            return renameLabel(request, seg[0], seg[1]);
        return methodNotAllowed();
    }
    if (seg.size() == 4 && seg[2] == u"labels")
        return m == u"DELETE" ? deleteLabel(request, seg[0], seg[1], seg[3]) : methodNotAllowed();
    return std::nullopt;
}

std::optional<FakeResponse> AssociationsHandler::resolvePair(const FakeRequest &request,
                                                             const QString &from, const QString &to,
                                                             QString *fromId, QString *toId) const {
    for (const auto &[token, out] : {std::pair{from, fromId}, std::pair{to, toId}}) {
        const auto resolved = m_types.resolve(request, token, m_config.acceptFullyQualifiedNames);
        if (resolved.refusal)
            return resolved.refusal;
        *out = resolved.type->id;
    }
    return std::nullopt;
}

std::optional<FakeResponse> AssociationsHandler::readWrite(const FakeRequest &request,
                                                           const QString &from, const QString &to,
                                                           WriteInput *in) const {
    if (auto e = resolvePair(request, from, to, &in->fromId, &in->toId))
        return e;
    return parseBody(request, &in->body);
}

std::optional<FakeResponse> AssociationsHandler::parseBody(const FakeRequest &request,
                                                           QJsonObject *body) const {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return HubSpotErrors::invalidJson(
            request, u"column %1: %2"_s.arg(error.offset + 1).arg(error.errorString()));
    if (!doc.isObject())
        return HubSpotErrors::invalidJson(request, u"expected a JSON object"_s);
    *body = doc.object();
    return std::nullopt;
}

QJsonObject AssociationsHandler::labelJson(const FakeAssociationType &type) const {
    QJsonObject o = typeFields(type);
    // Only the newest v4 file and 2026-03 document these two fields.
    if (m_version == ApiVersion::V4New || m_version == ApiVersion::V2026_03) {
        o.insert(u"fromObjectTypeId"_s, type.fromId);
        o.insert(u"toObjectTypeId"_s, type.toId);
    }
    return o;
}

QJsonObject AssociationsHandler::configurationJson(const FakeAssociationType &type) const {
    QJsonObject o = typeFields(type);
    if (const auto max = m_state.limit(type.fromId, type.toId, type.category, type.typeId))
        o.insert(u"userEnforcedMaxToObjectIds"_s, *max);
    else if (m_config.nullForUnsetLimits)
        o.insert(u"userEnforcedMaxToObjectIds"_s, QJsonValue());
    return o;
}

FakeResponse AssociationsHandler::eachLabelOfPair(const FakeRequest &request, const QString &from,
                                                  const QString &to, TypeJson json) const {
    QString fromId, toId;
    if (auto e = resolvePair(request, from, to, &fromId, &toId))
        return *e;
    QJsonArray results;
    for (const auto &t : m_state.labels(fromId, toId))
        results.append((this->*json)(t));
    return resultsResponse(results);
}

FakeResponse AssociationsHandler::listLabels(const FakeRequest &request, const QString &from,
                                             const QString &to) {
    return eachLabelOfPair(request, from, to, &AssociationsHandler::labelJson);
}

FakeResponse AssociationsHandler::createLabel(const FakeRequest &request, const QString &from,
                                              const QString &to) {
    WriteInput input;
    if (auto e = readWrite(request, from, to, &input))
        return *e;
    if (auto e = checkLabelBody(request, input.body, u"PublicAssociationDefinitionCreateRequest"_s,
                                missingStrings(input.body, {u"name"_s})))
        return *e;
    QList<FakeAssociationType> created;
    if (auto e =
            m_state.createLabel(input.fromId, input.toId, input.body.value(u"name"_s).toString(),
                                input.body.value(u"label"_s).toString(),
                                input.body.value(u"inverseLabel"_s).toString(), m_config, &created))
        return HubSpotErrors::fromState(request, *e);
    QJsonArray results;
    for (const auto &t : created)
        results.append(labelJson(t));
    return resultsResponse(results);
}

FakeResponse AssociationsHandler::renameLabel(const FakeRequest &request, const QString &from,
                                              const QString &to) {
    WriteInput input;
    if (auto e = readWrite(request, from, to, &input))
        return *e;
    QStringList missing;
    const auto typeId = intField(input.body.value(u"associationTypeId"_s));
    if (!typeId)
        missing.append(u"associationTypeId"_s);
    if (auto e = checkLabelBody(request, input.body, u"PublicAssociationDefinitionUpdateRequest"_s,
                                missing))
        return *e;
    const QJsonValue inverse = input.body.value(u"inverseLabel"_s);
    const QString inverseLabel = inverse.isString() ? inverse.toString() : QString();
    if (auto e =
            m_state.renameLabel(input.fromId, input.toId, *typeId,
                                input.body.value(u"label"_s).toString(), inverseLabel, m_config))
        return HubSpotErrors::fromState(request, *e);
    return FakeResponse::noContent();
}

FakeResponse AssociationsHandler::deleteLabel(const FakeRequest &request, const QString &from,
                                              const QString &to, const QString &typeIdText) {
    QString fromId, toId;
    if (auto e = resolvePair(request, from, to, &fromId, &toId))
        return *e;
    bool ok = false;
    const int typeId = typeIdText.toInt(&ok);
    if (!ok)
        return HubSpotErrors::validation(
            request,
            u"Invalid associationTypeId '%1': expected a 32-bit integer."_s.arg(typeIdText));
    if (auto e = m_state.deleteLabel(fromId, toId, typeId, m_config))
        return HubSpotErrors::fromState(request, *e);
    return FakeResponse::noContent();
}

FakeResponse AssociationsHandler::allConfigurations(const FakeRequest &) {
    QJsonArray results;
    for (const auto &l : m_state.limits()) {
        // Only limits a per-pair read would show: none of absent or denied types.
        if (!m_types.isListed(l.fromId) || !m_types.isListed(l.toId))
            continue;
        if (const FakeAssociationType *t = m_state.findType(l.fromId, l.toId, l.typeId, l.category))
            results.append(configurationJson(*t));
    }
    return resultsResponse(results);
}

FakeResponse AssociationsHandler::pairConfigurations(const FakeRequest &request,
                                                     const QString &from, const QString &to) {
    return eachLabelOfPair(request, from, to, &AssociationsHandler::configurationJson);
}

FakeResponse AssociationsHandler::batch(const FakeRequest &request, const QString &from,
                                        const QString &to, BatchOp op) {
    WriteInput input;
    if (auto e = readWrite(request, from, to, &input))
        return *e;
    const QString inputType = op == BatchOp::Purge
                                  ? u"BatchInputPublicAssociationSpec"_s
                                  : u"BatchInputPublicAssociationDefinitionConfigurationRequest"_s;
    if (!input.body.value(u"inputs"_s).isArray())
        return HubSpotErrors::validation(request, missingFields(inputType, {u"inputs"_s}));
    const QJsonArray inputs = input.body.value(u"inputs"_s).toArray();

    // Like Jackson, a structurally incomplete input fails the whole request.
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs.at(i).toObject();
        QStringList missing;
        if (!in.value(u"category"_s).isString())
            missing.append(u"category"_s);
        if (!intField(in.value(u"typeId"_s)))
            missing.append(u"typeId"_s);
        if (op != BatchOp::Purge && !intField(in.value(u"maxToObjectIds"_s)))
            missing.append(u"maxToObjectIds"_s);
        if (!missing.isEmpty())
            return HubSpotErrors::validation(
                request, missingFields(op == BatchOp::Purge
                                           ? u"PublicAssociationSpec"_s
                                           : u"PublicAssociationDefinitionConfigurationRequest"_s,
                                       missing) +
                             u" (inputs[%1])"_s.arg(i));
    }
    if (op == BatchOp::Purge)
        return purge(request, input.fromId, input.toId, inputs);

    const QString startedAt = nowIso();
    QJsonArray results, errors;
    for (const auto &value : inputs) {
        const QJsonObject in = value.toObject();
        const QString category = in.value(u"category"_s).toString();
        const int typeId = *intField(in.value(u"typeId"_s));
        const int max = *intField(in.value(u"maxToObjectIds"_s));
        const auto error =
            op == BatchOp::Create
                ? m_state.createLimit(input.fromId, input.toId, category, typeId, max, m_config)
                : m_state.updateLimit(input.fromId, input.toId, category, typeId, max, m_config);
        if (error) {
            errors.append(HubSpotErrors::standardError(*error));
            continue;
        }
        QJsonObject r{{u"category"_s, category},
                      {u"typeId"_s, typeId},
                      {u"userEnforcedMaxToObjectIds"_s, max}};
        if (op == BatchOp::Create) {
            const FakeAssociationType *t =
                m_state.findType(input.fromId, input.toId, typeId, category);
            r.insert(u"label"_s, !t || t->label.isNull() ? QJsonValue() : QJsonValue(t->label));
        }
        results.append(r);
    }
    const bool canceled = results.isEmpty() && !errors.isEmpty();
    QJsonObject out = batchAnswer(canceled, results, startedAt);
    if (!errors.isEmpty()) {
        out.insert(u"errors"_s, errors);
        out.insert(u"numErrors"_s, int(errors.size()));
    }
    int status = 200;
    if (!twoHundredCodes()) {
        if (!errors.isEmpty())
            status = 207;
        else
            status = op == BatchOp::Create ? 201 : 200;
    }
    return FakeResponse::json(status, out);
}

FakeResponse AssociationsHandler::purge(const FakeRequest &request, const QString &fromId,
                                        const QString &toId, const QJsonArray &inputs) {
    const QString startedAt = nowIso();
    QJsonArray details;
    for (const auto &value : inputs) {
        const QJsonObject in = value.toObject();
        if (auto e = m_state.checkPurge(fromId, toId, in.value(u"category"_s).toString(),
                                        *intField(in.value(u"typeId"_s))))
            details.append(QJsonObject{{u"message"_s, e->message},
                                       {u"context"_s, HubSpotErrors::contextJson(e->context)}});
    }
    // A purge naming an unknown limit fails as a whole and removes nothing.
    if (!details.isEmpty())
        return HubSpotErrors::error(
            request, 400, u"VALIDATION_ERROR"_s,
            u"%1 of %2 limits to remove do not exist."_s.arg(details.size()).arg(inputs.size()),
            QJsonObject{{u"errors"_s, details}});
    for (const auto &value : inputs) {
        const QJsonObject in = value.toObject();
        m_state.removeLimit(fromId, toId, in.value(u"category"_s).toString(),
                            *intField(in.value(u"typeId"_s)));
    }
    if (isV4() && !m_config.v4TwoHundredCodes)
        return FakeResponse::noContent();
    return FakeResponse::json(200, batchAnswer(false, {}, startedAt));
}

} // namespace assoc::fake
