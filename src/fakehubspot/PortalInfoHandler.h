// SPDX-License-Identifier: MIT
#pragma once

#include "FakeConfig.h"
#include "FakePortalState.h"
#include "FakeRequest.h"
#include "FakeResponse.h"
#include "ObjectTypeResolver.h"

#include <optional>

namespace assoc::fake {

// Custom object schemas (new and old path) and the account details.
class PortalInfoHandler {
public:
    PortalInfoHandler(const FakePortalState &state, const FakeConfig &config);
    std::optional<FakeResponse> handle(const FakeRequest &request);

private:
    QJsonObject schemaJson(const FakeObjectType &type) const;
    FakeResponse accountDetails() const;

    const FakePortalState &m_state;
    const FakeConfig &m_config;
    ObjectTypeResolver m_types;
};

} // namespace assoc::fake
