// SPDX-License-Identifier: MIT
#pragma once

#include "FakeConfig.h"
#include "FakePortalState.h"
#include "FakeRequest.h"
#include "FakeResponse.h"
#include "ObjectTypeResolver.h"

#include <optional>

namespace assoc::fake {

// /crm/v3/limits/associations/...: label usage per pair and records near or at
// their association limit, computed from the state's synthetic record counts.
class LimitsTrackingHandler {
public:
    LimitsTrackingHandler(const FakePortalState &state, const FakeConfig &config);
    std::optional<FakeResponse> handle(const FakeRequest &request);

    static constexpr double kNearLimitShare = 0.8; // "near" = at least 80 % of the limit

private:
    FakeResponse labelLimits(const FakeRequest &request);
    FakeResponse recordLimits(const FakeRequest &request, const QString &from, const QString &to);
    FakeResponse objectTypesNearLimit(const FakeRequest &request, const QString &from);
    QJsonObject typeJson(const FakeObjectType &type) const;

    const FakePortalState &m_state;
    const FakeConfig &m_config;
    ObjectTypeResolver m_types;
};

} // namespace assoc::fake
