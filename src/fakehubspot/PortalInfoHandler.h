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
    // What the schema listing's include* parameters ask for (each true unless the query says
    // "false", as the spec's defaults are).
    struct SchemaParts {
        bool properties = true;
        bool associations = true;
        bool auditMetadata = true;
    };
    static SchemaParts requestedParts(const FakeRequest &request);
    QJsonObject schemaJson(const FakeObjectType &type, const SchemaParts &parts) const;
    FakeResponse accountDetails() const;

    const FakePortalState &m_state;
    const FakeConfig &m_config;
    ObjectTypeResolver m_types;
};

} // namespace assoc::fake
