// SPDX-License-Identifier: MIT
#pragma once

#include "FakeAssociationType.h"

#include <QList>

namespace assoc::fake {

class FakePortalState;

// The association types HubSpot defines between its standard objects, one entry per
// direction, with the typeIds of the API notes §6 and HubSpot's Node SDK enum
// (src/enums/AssociationTypes.ts); docs/fake-portal.md lists which come from where.
class HubSpotDefinedTypes {
public:
    static const QList<FakeAssociationType> &all();
    // Adds every type whose two object types the portal has.
    static void addTo(FakePortalState &state);
};

} // namespace assoc::fake
