// SPDX-License-Identifier: MIT
#include "PortalSchema.h"

#include "LabelPairing.h"

namespace assoc {

ObjectTypePair ObjectTypePair::fromKey(const QString &key) {
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    return {key.left(colon), key.mid(colon + 1)};
}

const AssociationLabel *PairSchema::label(const LabelKey &key) const {
    for (const AssociationLabel &l : labels) {
        if (l.key() == key)
            return &l;
    }
    return nullptr;
}

std::optional<int> PairSchema::limitFor(const LabelKey &key) const {
    for (const AssociationLimit &l : limits) {
        if (l.key() == key)
            return l.maxToObjectIds;
    }
    return std::nullopt;
}

int PairSchema::userLabelCount() const {
    return int(std::count_if(labels.begin(), labels.end(), [](const AssociationLabel &l) {
        return l.category.kind() == AssociationCategory::UserDefined;
    }));
}

int PairSchema::limitCount() const {
    return int(std::count_if(limits.begin(), limits.end(),
                             [](const AssociationLimit &l) { return l.hasLimit(); }));
}

const ObjectType *PortalSchema::objectType(const QString &id) const {
    for (const ObjectType &t : objectTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const PairSchema *PortalSchema::pair(const ObjectTypePair &p) const {
    auto it = pairs.constFind(p);
    return it == pairs.constEnd() ? nullptr : &it.value();
}

std::optional<LabelKey> PortalSchema::inverseOf(const ObjectTypePair &p,
                                                const LabelKey &key) const {
    const PairSchema *forward = pair(p);
    const PairSchema *reverse = pair(p.reversed());
    if (!forward || !reverse)
        return std::nullopt;
    const auto pairing = LabelPairing::infer(forward->labels, reverse->labels);
    auto it = pairing.constFind(key);
    if (it == pairing.constEnd())
        return std::nullopt;
    return it.value();
}

QList<ObjectTypePair> PortalSchema::allPairs() const {
    QList<ObjectTypePair> out;
    out.reserve(objectTypes.size() * objectTypes.size());
    for (const ObjectType &from : objectTypes) {
        for (const ObjectType &to : objectTypes)
            out.append({from.id, to.id});
    }
    return out;
}

} // namespace assoc
