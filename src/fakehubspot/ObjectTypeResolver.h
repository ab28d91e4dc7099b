// SPDX-License-Identifier: MIT
#pragma once

#include "FakeConfig.h"
#include "FakePortalState.h"
#include "FakeRequest.h"
#include "FakeResponse.h"

#include <optional>

namespace assoc::fake {

// Turns an object type named in a path or query into one of the portal's types, or into
// HubSpot's refusal: 400 "Unable to infer object type from: …" when the portal has no such
// type (or it is switched absent), 403 MISSING_SCOPES when the token may not read it.
// Portal-wide listings ask isListed() so they mention only types a per-pair call serves.
class ObjectTypeResolver {
public:
    struct Outcome {
        const FakeObjectType *type = nullptr;
        std::optional<FakeResponse> refusal;
    };

    ObjectTypeResolver(const FakePortalState &state, const FakeConfig &config);

    Outcome resolve(const FakeRequest &request, const QString &token,
                    bool acceptFullyQualifiedName) const;
    bool isListed(const FakeObjectType &type) const;
    bool isListed(const QString &typeId) const;

private:
    bool isAbsent(const FakeObjectType &type) const;
    bool isDenied(const FakeObjectType &type) const;
    static bool names(const QStringList &entries, const FakeObjectType &type);

    const FakePortalState &m_state;
    const FakeConfig &m_config;
};

} // namespace assoc::fake
