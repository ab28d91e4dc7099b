// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationCategory.h"

#include <QString>
#include <optional>

namespace assoc {

// (category, typeId) identifies an association type: typeIds are unique only within a category.
struct LabelKey {
    AssociationCategory category;
    int typeId = 0;

    bool operator==(const LabelKey &) const = default;
    bool operator<(const LabelKey &o) const {
        return typeId != o.typeId ? typeId < o.typeId : category < o.category;
    }
};

inline size_t qHash(const LabelKey &k, size_t seed = 0) {
    return qHashMulti(seed, k.category, k.typeId);
}

// One direction of an association type between two object types (AssociationSpecWithLabel).
struct AssociationLabel {
    AssociationCategory category;
    int typeId = 0;
    std::optional<QString> label; // absent or null for HubSpot's unlabeled default types
    QString fromObjectTypeId;     // present only in newer API versions
    QString toObjectTypeId;

    LabelKey key() const { return {category, typeId}; }
    bool isUnlabeled() const { return !label.has_value() || label->isEmpty(); }
    QString displayText() const; // the label, or "Unlabeled"
    bool operator==(const AssociationLabel &) const = default;
};

} // namespace assoc
