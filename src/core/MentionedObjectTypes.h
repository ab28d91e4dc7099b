// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLimit.h"
#include "LimitsTracking.h"

#include <QList>
#include <QSet>
#include <QString>

namespace assoc {

// The object types the portal-wide listings name: label usage (every pair with user labels) and
// all limits. A limit carries no object types, so a HubSpot-defined one is placed by its typeId
// (notes §6 and HubSpot's SDK enum); a user-defined one sits on a pair with user labels, which
// label usage already names.
class MentionedObjectTypes {
public:
    static QSet<QString> from(const QList<LabelUsage> &usage,
                              const QList<AssociationLimit> &limits);
    // The types besides contacts, companies, deals and tickets a HubSpot-defined association
    // type involves, if known.
    static QSet<QString> ofHubSpotDefinedType(int typeId);
};

} // namespace assoc
