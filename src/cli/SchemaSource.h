// SPDX-License-Identifier: MIT
#pragma once

#include "core/PortalSchema.h"

#include <QString>

namespace assoc::cli {

// One side of `assocctl diff`: a schema export file (read with SchemaFile), or the word "portal"
// for the portal the connection options name.
class SchemaSource {
public:
    static bool isPortal(const QString &argument) { return argument == QLatin1String("portal"); }
    // "portal 7001234" or the file's path, for the plan's source and target.
    static QString describe(const QString &argument, const PortalSchema &schema);
};

} // namespace assoc::cli
