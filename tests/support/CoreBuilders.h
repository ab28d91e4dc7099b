// SPDX-License-Identifier: MIT
#pragma once

// Builders the core suites share for the schema values they compare: labels by category and
// typeId, and the standard object types by id or name.

#include "core/AssociationLabel.h"
#include "core/ObjectType.h"

#include <QString>
#include <optional>

namespace assoc::test {

inline const AssociationCategory hubspot = AssociationCategory::HubSpotDefined;
inline const AssociationCategory user = AssociationCategory::UserDefined;

inline AssociationLabel lbl(AssociationCategory category, int typeId,
                            std::optional<QString> text = std::nullopt) {
    AssociationLabel l;
    l.category = category;
    l.typeId = typeId;
    l.label = std::move(text);
    return l;
}

// "contacts", "0-1", …: a standard object type HubSpot defines.
inline ObjectType standard(const char *idOrName) {
    return *StandardObjectTypes::find(QString::fromLatin1(idOrName));
}

} // namespace assoc::test
