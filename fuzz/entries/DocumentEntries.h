// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace assoc::fuzz {

// Files someone sent or the app left on disk: `assocctl diff`/Import Schema read schema
// documents, `assocctl apply --plan` reads plans, and the app loads each profile's snapshot at
// start.
bool fuzzSchemaDocument(const QByteArray &document);
bool fuzzPlanDocument(const QByteArray &document);
bool fuzzSnapshotCache(const QByteArray &file);

} // namespace assoc::fuzz
