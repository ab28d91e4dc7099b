// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLabel.h"
#include "AssociationLimit.h"
#include "LimitsTracking.h"
#include "ObjectType.h"
#include "ObjectTypePair.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <optional>
#include <utility>

namespace assoc {

// How domain values are shown as JSON: assocctl's --json output and what the window copies. Field
// names follow HubSpot's where there is one; absent values are null rather than missing, so every
// object has the same keys.
class JsonView {
public:
    static QJsonObject objectType(const ObjectType &type);
    static QJsonObject pair(const ObjectTypePair &pair);
    static QJsonObject label(const AssociationLabel &label, std::optional<int> limit);
    // A pair and some of its labels, each with its limit: what `assocctl labels --json` prints.
    static QJsonObject
    pairLabels(const ObjectTypePair &pair,
               const QList<std::pair<AssociationLabel, std::optional<int>>> &labels);
    static QJsonObject limit(const AssociationLimit &limit);
    static QJsonObject usage(const LabelUsage &usage);
    static QJsonValue optionalInt(std::optional<int> value);
    static QJsonValue optionalString(const std::optional<QString> &value);
};

} // namespace assoc
