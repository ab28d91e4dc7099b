// SPDX-License-Identifier: MIT
#include "SchemaChanges.h"

namespace assoc {

namespace {
QString limitText(const std::optional<int> &limit) {
    return limit ? QString::number(*limit) : QString();
}

void comparePair(const ObjectTypePair &pair, const PairSchema *before, const PairSchema *after,
                 QList<SchemaChange> &out) {
    static const PairSchema empty;
    const PairSchema &b = before ? *before : empty;
    const PairSchema &a = after ? *after : empty;
    for (const AssociationLabel &l : a.labels) {
        const AssociationLabel *old = b.label(l.key());
        if (!old)
            out.append({SchemaChange::LabelAdded, pair, {}, l.key(), {}, l.displayText()});
        else if (old->label != l.label)
            out.append({SchemaChange::LabelRenamed,
                        pair,
                        {},
                        l.key(),
                        old->displayText(),
                        l.displayText()});
        const auto oldLimit = b.limitFor(l.key());
        const auto newLimit = a.limitFor(l.key());
        if (oldLimit != newLimit) {
            const auto kind =
                !oldLimit ? SchemaChange::LimitSet
                          : (!newLimit ? SchemaChange::LimitRemoved : SchemaChange::LimitChanged);
            out.append({kind, pair, {}, l.key(), limitText(oldLimit), limitText(newLimit)});
        }
    }
    for (const AssociationLabel &l : b.labels) {
        if (!a.label(l.key()))
            out.append({SchemaChange::LabelRemoved, pair, {}, l.key(), l.displayText(), {}});
    }
}
} // namespace

QList<SchemaChange> SchemaChanges::between(const PortalSchema &before, const PortalSchema &after) {
    QList<SchemaChange> out;
    for (const ObjectType &t : after.objectTypes) {
        if (!before.objectType(t.id))
            out.append({SchemaChange::TypeAdded, {}, t.id, {}, {}, t.displayName()});
    }
    for (const ObjectType &t : before.objectTypes) {
        if (!after.objectType(t.id))
            out.append({SchemaChange::TypeRemoved, {}, t.id, {}, t.displayName(), {}});
    }
    QSet<ObjectTypePair> pairs;
    for (auto it = before.pairs.cbegin(); it != before.pairs.cend(); ++it)
        pairs.insert(it.key());
    for (auto it = after.pairs.cbegin(); it != after.pairs.cend(); ++it)
        pairs.insert(it.key());
    QList<ObjectTypePair> sorted(pairs.begin(), pairs.end());
    std::sort(sorted.begin(), sorted.end());
    for (const ObjectTypePair &p : sorted)
        comparePair(p, before.pair(p), after.pair(p), out);
    return out;
}

QSet<ObjectTypePair> SchemaChanges::changedPairs(const QList<SchemaChange> &changes) {
    QSet<ObjectTypePair> out;
    for (const SchemaChange &c : changes) {
        if (!c.pair.fromId.isEmpty())
            out.insert(c.pair);
    }
    return out;
}

} // namespace assoc
