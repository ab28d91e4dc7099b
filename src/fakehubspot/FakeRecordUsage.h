// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace assoc::fake {

// Synthetic record: how many `toId` records one `fromId` record is associated
// with. Feeds the limits-tracking endpoints.
struct FakeRecordUsage {
    QString fromId;
    QString toId;
    qint64 objectId = 0;
    QString label; // record display name
    int associationCount = 0;
};

} // namespace assoc::fake
