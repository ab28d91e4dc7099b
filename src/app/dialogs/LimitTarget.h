// SPDX-License-Identifier: MIT
#pragma once

#include "core/AssociationLabel.h"
#include "core/ObjectTypePair.h"

#include <QString>
#include <optional>

namespace assoc::app {

// One direction of a label, as LimitDialog edits its limit.
struct LimitTarget {
    ObjectTypePair pair;
    QString pairName; // "Contacts → Companies"
    AssociationLabel label;
    std::optional<int> current; // current user limit, nullopt = no limit
};

} // namespace assoc::app
