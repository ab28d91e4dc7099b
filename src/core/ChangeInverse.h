// SPDX-License-Identifier: MIT
#pragma once

#include "ChangeRecord.h"

#include <QList>

namespace assoc {

// What undoes a recorded change, as the changes to make in order. Most changes have a single
// inverse; a deleted label is created again and then gets back the limits it had, by label text
// (typeId 0), since the new label's typeIds are only known once it exists. Changes that failed,
// or whose record lacks what the inverse needs, have none.
class ChangeInverse {
public:
    static QList<PlanChange> of(const ChangeRecord &record);
    static bool exists(const ChangeRecord &record) { return !of(record).isEmpty(); }
};

} // namespace assoc
