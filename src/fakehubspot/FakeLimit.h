// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace assoc::fake {

// A user-set association limit, keyed by ordered pair, category and typeId.
struct FakeLimit {
    QString fromId;
    QString toId;
    QString category;
    int typeId = 0;
    int maxToObjectIds = 0;
};

} // namespace assoc::fake
