// SPDX-License-Identifier: MIT
#pragma once

#include "PortalSchema.h"

#include <QList>
#include <QSet>
#include <QString>

namespace assoc {

// One difference between two readings of the same portal.
struct SchemaChange {
    enum Kind {
        TypeAdded,
        TypeRemoved,
        LabelAdded,
        LabelRemoved,
        LabelRenamed,
        LimitSet,
        LimitChanged,
        LimitRemoved
    };
    Kind kind;
    ObjectTypePair pair;  // empty for type changes
    QString objectTypeId; // type changes only
    LabelKey key;
    QString before;
    QString after;
};

// What changed in a portal between an older snapshot and a fresh reading, keyed by typeIds
// (stable within one portal), so the app can highlight it.
class SchemaChanges {
public:
    static QList<SchemaChange> between(const PortalSchema &before, const PortalSchema &after);
    static QSet<ObjectTypePair> changedPairs(const QList<SchemaChange> &changes);
};

} // namespace assoc
