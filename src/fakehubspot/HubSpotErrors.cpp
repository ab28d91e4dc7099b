// SPDX-License-Identifier: MIT
#include "HubSpotErrors.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace assoc::fake {

FakeResponse HubSpotErrors::error(const FakeRequest &request, int status, const QString &category,
                                  const QString &message, const QJsonObject &extra) {
    QJsonObject body{{u"status"_s, u"error"_s},
                     {u"message"_s, message},
                     {u"correlationId"_s, request.correlationId},
                     {u"category"_s, category}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return FakeResponse::json(status, body);
}

QJsonObject HubSpotErrors::contextJson(const QMap<QString, QStringList> &context) {
    QJsonObject out;
    for (auto it = context.begin(); it != context.end(); ++it)
        out.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return out;
}

FakeResponse HubSpotErrors::fromState(const FakeRequest &request, const StateError &e) {
    QJsonObject extra;
    if (!e.context.isEmpty())
        extra.insert(u"context"_s, contextJson(e.context));
    return error(request, e.httpStatus, e.category, e.message, extra);
}

FakeResponse HubSpotErrors::validation(const FakeRequest &request, const QString &message) {
    return error(request, 400, u"VALIDATION_ERROR"_s, message);
}

FakeResponse HubSpotErrors::invalidJson(const FakeRequest &request, const QString &detail) {
    return validation(request, u"Invalid input JSON on line 1: %1"_s.arg(detail));
}

FakeResponse HubSpotErrors::notFound(const FakeRequest &request) {
    return error(request, 404, u"OBJECT_NOT_FOUND"_s,
                 u"No route for %1 %2"_s.arg(request.method, request.path));
}

FakeResponse HubSpotErrors::missingScopes(const FakeRequest &request, const QStringList &scopes) {
    const QJsonArray required = QJsonArray::fromStringList(scopes);
    return error(
        request, 403, u"MISSING_SCOPES"_s,
        u"This app hasn't been granted all required scopes to make this call."_s,
        QJsonObject{{u"errors"_s,
                     QJsonArray{QJsonObject{
                         {u"message"_s, u"One or more of the following scopes are required."_s},
                         {u"context"_s, QJsonObject{{u"requiredGranularScopes"_s, required}}}}}},
                    {u"context"_s, QJsonObject{{u"missingScopes"_s, required}}}});
}

FakeResponse HubSpotErrors::rateLimited(const FakeRequest &request, bool daily) {
    QJsonObject body{{u"status"_s, u"error"_s},
                     {u"message"_s, daily ? u"You have reached your daily limit."_s
                                          : u"You have reached your ten_secondly_rolling limit."_s},
                     {u"errorType"_s, u"RATE_LIMIT"_s},
                     {u"correlationId"_s, request.correlationId},
                     {u"policyName"_s, daily ? u"DAILY"_s : u"TEN_SECONDLY_ROLLING"_s}};
    return FakeResponse::json(429, body);
}

QJsonObject HubSpotErrors::standardError(const StateError &e) {
    return QJsonObject{{u"status"_s, u"error"_s},
                       {u"category"_s, e.category},
                       {u"message"_s, e.message},
                       {u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, e.message}}}},
                       {u"context"_s, contextJson(e.context)},
                       {u"links"_s, QJsonObject{}}};
}

} // namespace assoc::fake
