// SPDX-License-Identifier: MIT
#pragma once

#include "PortalSchema.h"
#include "SchemaPlan.h"

namespace assoc {

// Works out what makes one portal's association schema match another's
// (docs/compare-and-apply.md). Object types are matched by portable name, user-defined labels
// by their text (or by typeId when both schemas come from the same portal), HubSpot's own types
// by typeId; nothing HubSpot defines is ever created, renamed or deleted.
struct SchemaCompareOptions {
    // Whether the plan may delete labels and remove limits the source does not have.
    bool allowDeletes = false;
};

class SchemaComparer {
public:
    // Declared outside the class so that `= {}` can be a default argument here.
    using Options = SchemaCompareOptions;
    // The changes that make `target` match `source`, in safe order (see SchemaPlan doc).
    // plan.source/target descriptions are left for the caller; targetPortalId =
    // target.portal.portalId.
    static SchemaPlan plan(const PortalSchema &source, const PortalSchema &target,
                           Options options = {});
};

} // namespace assoc
