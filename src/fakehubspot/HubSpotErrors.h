// SPDX-License-Identifier: MIT
#pragma once

#include "FakeRequest.h"
#include "FakeResponse.h"
#include "StateError.h"

#include <QJsonObject>
#include <QJsonParseError>

namespace assoc::fake {

// Builds HubSpot's error bodies: {"status":"error", message, correlationId, category, ...}.
class HubSpotErrors {
public:
    static FakeResponse error(const FakeRequest &request, int status, const QString &category,
                              const QString &message, const QJsonObject &extra = {});
    static FakeResponse fromState(const FakeRequest &request, const StateError &error);
    static FakeResponse validation(const FakeRequest &request, const QString &message);
    static FakeResponse invalidJson(const FakeRequest &request, const QString &detail);
    static FakeResponse notFound(const FakeRequest &request);
    // 403 MISSING_SCOPES naming the granular scopes of which one is required.
    static FakeResponse missingScopes(const FakeRequest &request, const QStringList &scopes);
    static FakeResponse rateLimited(const FakeRequest &request, bool daily);
    // One entry of a batch response's `errors` (StandardError).
    static QJsonObject standardError(const StateError &error);
    static QJsonObject contextJson(const QMap<QString, QStringList> &context);
};

} // namespace assoc::fake
