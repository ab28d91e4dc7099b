// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLabel.h"
#include "AssociationLimit.h"
#include "ObjectType.h"
#include "ObjectTypePair.h"
#include "PortalInfo.h"
#include "UnavailableObjectType.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <optional>

namespace assoc {

// The labels and limits of one ordered pair.
struct PairSchema {
    ObjectTypePair pair;
    QList<AssociationLabel> labels;
    QList<AssociationLimit> limits; // only association types that carry a user limit

    const AssociationLabel *label(const LabelKey &key) const;
    std::optional<int> limitFor(const LabelKey &key) const;
    int userLabelCount() const;
    int limitCount() const;
};

// Everything the app knows of one portal's association schema at a point in time.
class PortalSchema {
public:
    PortalInfo portal;
    QList<ObjectType> objectTypes;
    // Chosen types that could not be read (not in the portal, not permitted); not in objectTypes.
    QList<UnavailableObjectType> unavailableTypes;
    QMap<ObjectTypePair, PairSchema> pairs;
    QDateTime takenAt;

    const ObjectType *objectType(const QString &id) const;
    const PairSchema *pair(const ObjectTypePair &pair) const;
    // The association type of the opposite direction that forms a pair with `key`, if known.
    std::optional<LabelKey> inverseOf(const ObjectTypePair &pair, const LabelKey &key) const;
    // Every ordered pair of the known object types, same-object pairs included.
    QList<ObjectTypePair> allPairs() const;
};

} // namespace assoc
