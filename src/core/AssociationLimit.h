// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLabel.h"

#include <QString>
#include <optional>

namespace assoc {

// How many records of the target type one source record may be associated with, for one
// association type (PublicAssociationDefinitionUserConfiguration).
struct AssociationLimit {
    AssociationCategory category;
    int typeId = 0;
    std::optional<QString> label;
    std::optional<int> maxToObjectIds; // userEnforcedMaxToObjectIds; absent = no user limit

    LabelKey key() const { return {category, typeId}; }
    bool hasLimit() const { return maxToObjectIds.has_value(); }
    bool operator==(const AssociationLimit &) const = default;
};

// What the batch create/update endpoints take for one association type.
struct LimitInput {
    AssociationCategory category;
    int typeId = 0;
    int maxToObjectIds = 1;
    LabelKey key() const { return {category, typeId}; }
    bool operator==(const LimitInput &) const = default;
};

} // namespace assoc
