// SPDX-License-Identifier: MIT
#include "LimitsTrackingHandler.h"

#include "HubSpotErrors.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace assoc::fake {

LimitsTrackingHandler::LimitsTrackingHandler(const FakePortalState &state, const FakeConfig &config)
    : m_state(state)
    , m_config(config)
    , m_types(state, config) {}

std::optional<FakeResponse> LimitsTrackingHandler::handle(const FakeRequest &request) {
    const QLatin1String prefix("/crm/v3/limits/associations/");
    if (request.method != u"GET" || !request.path.startsWith(prefix))
        return std::nullopt;
    const QStringList seg = request.path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
    if (seg == QStringList{u"labels"_s})
        return labelLimits(request);
    if (seg.size() == 2 && seg[0] == u"records" && seg[1] == u"from")
        return objectTypesNearLimit(request, {});
    if (seg.size() == 3 && seg[0] == u"records" && seg[2] == u"to")
        return objectTypesNearLimit(request, seg[1]);
    if (seg.size() == 3 && seg[0] == u"records")
        return recordLimits(request, seg[1], seg[2]);
    return std::nullopt;
}

QJsonObject LimitsTrackingHandler::typeJson(const FakeObjectType &type) const {
    return {{u"objectTypeId"_s, type.id},
            {u"singularLabel"_s, type.singularLabel},
            {u"pluralLabel"_s, type.pluralLabel}};
}

FakeResponse LimitsTrackingHandler::labelLimits(const FakeRequest &request) {
    const QUrlQuery q = request.queryItems();
    QString fromFilter, toFilter;
    for (const auto &[key, out] : {std::pair{u"fromObjectTypeId"_s, &fromFilter},
                                   std::pair{u"toObjectTypeId"_s, &toFilter}}) {
        const QString value = q.queryItemValue(key, QUrl::FullyDecoded);
        if (value.isEmpty())
            continue;
        const auto resolved = m_types.resolve(request, value, true);
        if (resolved.refusal)
            return *resolved.refusal;
        *out = resolved.type->id;
    }
    const int limit = m_config.maxLabelsPerPair;
    QJsonArray results;
    for (const auto &from : m_state.objectTypes()) {
        if (!m_types.isListed(from) || (!fromFilter.isEmpty() && from.id != fromFilter))
            continue;
        for (const auto &to : m_state.objectTypes()) {
            if (!m_types.isListed(to) || (!toFilter.isEmpty() && to.id != toFilter))
                continue;
            QStringList labels;
            QSet<QString> names;
            for (const auto &t : m_state.labels(from.id, to.id)) {
                if (t.isUserLabel()) {
                    labels.append(t.label);
                    names.insert(t.name);
                }
            }
            // Without both filters only pairs that use labels are listed.
            if (names.isEmpty() && (fromFilter.isEmpty() || toFilter.isEmpty()))
                continue;
            const int usage = int(names.size());
            results.append(QJsonObject{{u"fromObjectType"_s, typeJson(from)},
                                       {u"toObjectType"_s, typeJson(to)},
                                       {u"allLabels"_s, QJsonArray::fromStringList(labels)},
                                       {u"limit"_s, limit},
                                       {u"usage"_s, usage},
                                       {u"percentage"_s, limit > 0 ? usage * 100.0 / limit : 0.0}});
        }
    }
    return FakeResponse::json(200, {{u"results"_s, results}});
}

FakeResponse LimitsTrackingHandler::recordLimits(const FakeRequest &request, const QString &from,
                                                 const QString &to) {
    const auto fromResolved = m_types.resolve(request, from, true);
    if (fromResolved.refusal)
        return *fromResolved.refusal;
    const auto toResolved = m_types.resolve(request, to, true);
    if (toResolved.refusal)
        return *toResolved.refusal;
    const FakeObjectType *fromType = fromResolved.type;
    const FakeObjectType *toType = toResolved.type;
    const int limit = m_state.recordLimit(fromType->id, toType->id, m_config);
    QJsonArray atLimit, nearLimit;
    for (const auto &r : m_state.recordUsages(fromType->id, toType->id)) {
        if (r.associationCount >= limit) {
            atLimit.append(QJsonObject{{u"objectId"_s, r.objectId}, {u"label"_s, r.label}});
        } else if (r.associationCount >= kNearLimitShare * limit) {
            nearLimit.append(QJsonObject{{u"objectId"_s, r.objectId},
                                         {u"label"_s, r.label},
                                         {u"usage"_s, r.associationCount},
                                         {u"percentage"_s, r.associationCount * 100.0 / limit}});
        }
    }
    return FakeResponse::json(200, {{u"limit"_s, limit},
                                    {u"totalRecordsAtLimit"_s, int(atLimit.size())},
                                    {u"totalRecordsNearLimit"_s, int(nearLimit.size())},
                                    {u"atLimitFromRecordSamples"_s, atLimit},
                                    {u"nearLimitFromRecordSamples"_s, nearLimit}});
}

FakeResponse LimitsTrackingHandler::objectTypesNearLimit(const FakeRequest &request,
                                                         const QString &from) {
    // With `from` empty: which from-types have records near/at a limit; else which to-types.
    QString fromId;
    if (!from.isEmpty()) {
        const auto resolved = m_types.resolve(request, from, true);
        if (resolved.refusal)
            return *resolved.refusal;
        fromId = resolved.type->id;
    }
    QJsonArray results;
    for (const auto &type : m_state.objectTypes()) {
        if (!m_types.isListed(type))
            continue;
        bool at = false, near = false;
        for (const auto &r : m_state.recordUsages()) {
            if (!m_types.isListed(r.fromId) || !m_types.isListed(r.toId))
                continue;
            const bool matches =
                fromId.isEmpty() ? r.fromId == type.id : (r.fromId == fromId && r.toId == type.id);
            if (!matches)
                continue;
            const int limit = m_state.recordLimit(r.fromId, r.toId, m_config);
            at = at || r.associationCount >= limit;
            near = near ||
                   (r.associationCount < limit && r.associationCount >= kNearLimitShare * limit);
        }
        if (!at && !near)
            continue;
        QJsonObject o = typeJson(type);
        o.insert(u"hasRecordsAtLimit"_s, at);
        o.insert(u"hasRecordsNearLimit"_s, near);
        results.append(o);
    }
    return FakeResponse::json(200, {{u"results"_s, results}});
}

} // namespace assoc::fake
