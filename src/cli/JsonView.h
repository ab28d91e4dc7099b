// SPDX-License-Identifier: MIT
#pragma once

#include "core/AssociationLabel.h"
#include "core/AssociationLimit.h"
#include "core/LimitsTracking.h"
#include "core/ObjectType.h"
#include "core/ObjectTypePair.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace assoc::cli {

// How assocctl shows domain values in --json output. Field names follow HubSpot's where there
// is one; absent values are null rather than missing, so every object has the same keys.
class JsonView {
public:
    static QJsonObject objectType(const ObjectType &type);
    static QJsonObject pair(const ObjectTypePair &pair);
    static QJsonObject label(const AssociationLabel &label, std::optional<int> limit);
    static QJsonObject limit(const AssociationLimit &limit);
    static QJsonObject usage(const LabelUsage &usage);
    static QJsonValue optionalInt(std::optional<int> value);
    static QJsonValue optionalString(const std::optional<QString> &value);
};

} // namespace assoc::cli
