// SPDX-License-Identifier: MIT
#pragma once

#include "ObjectType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace assoc {

// An object type that was chosen but cannot be read: the portal does not have it (HubSpot
// answers 400 "Unable to infer object type from: …"), the token may not read it (403
// MISSING_SCOPES), or a chosen name matches no type at all. Shown once, never a failed load.
struct UnavailableObjectType {
    enum class Reason { NotInPortal, NotPermitted, UnknownName };

    ObjectType type;
    Reason reason = Reason::NotInPortal;
    QString hubSpotMessage; // HubSpot's own words, when it answered
    QString correlationId;
    QStringList missingScopes;

    // "Listings — not available: this portal does not have them (HubSpot: …)"
    QString describe() const;
    bool operator==(const UnavailableObjectType &) const = default;
};

// One line naming every unavailable type, for a notice or a warning; empty when none.
QString describeUnavailable(const QList<UnavailableObjectType> &types);

} // namespace assoc
