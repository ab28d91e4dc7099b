// SPDX-License-Identifier: MIT
#include "LabelPairing.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace assoc {

namespace {
// HubSpot-defined inverse pairs whose ids are not simply n and n+1 in opposite directions
// or that must win over adjacency (notes §6, SDK AssociationTypes).
constexpr std::pair<int, int> knownHubSpotPairs[] = {
    {1, 2},   {279, 280}, {3, 4},   {5, 6},     {341, 342}, {13, 14},
    {15, 16}, {19, 20},   {25, 26}, {339, 340}, {27, 28},
};

struct Candidate {
    int typeId;
    bool forward; // true: listed under A->B; false: under B->A
};

// Both lists name the same association types (in any order): A == B, read once or twice.
// The two directions of different objects never share a typeId of one category.
bool sameTypes(const QList<AssociationLabel> &forward, const QList<AssociationLabel> &reverse) {
    if (forward.size() != reverse.size())
        return false;
    QSet<LabelKey> keys;
    for (const AssociationLabel &l : forward)
        keys.insert(l.key());
    return std::all_of(reverse.begin(), reverse.end(),
                       [&keys](const AssociationLabel &l) { return keys.contains(l.key()); });
}
} // namespace

QHash<LabelKey, LabelKey> LabelPairing::infer(const QList<AssociationLabel> &forward,
                                              const QList<AssociationLabel> &reverse) {
    QHash<LabelKey, LabelKey> result;
    const bool sameObject = &forward == &reverse || sameTypes(forward, reverse);

    // Group by category: typeIds are unique only within a category.
    QMap<QString, QList<Candidate>> byCategory;
    QHash<QString, AssociationCategory> categories;
    for (const AssociationLabel &l : forward) {
        byCategory[l.category.apiName()].append({l.typeId, true});
        categories.insert(l.category.apiName(), l.category);
    }
    if (!sameObject) {
        for (const AssociationLabel &l : reverse) {
            byCategory[l.category.apiName()].append({l.typeId, false});
            categories.insert(l.category.apiName(), l.category);
        }
    }

    for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
        const AssociationCategory category = categories.value(it.key());
        QList<Candidate> &cands = it.value();
        std::sort(cands.begin(), cands.end(),
                  [](const Candidate &a, const Candidate &b) { return a.typeId < b.typeId; });
        QSet<int> paired;
        auto link = [&](const Candidate &a, const Candidate &b) {
            const Candidate &fwd = a.forward ? a : b;
            const Candidate &rev = a.forward ? b : a;
            result.insert(LabelKey{category, fwd.typeId}, LabelKey{category, rev.typeId});
            if (sameObject)
                result.insert(LabelKey{category, rev.typeId}, LabelKey{category, fwd.typeId});
            paired.insert(a.typeId);
            paired.insert(b.typeId);
        };
        auto find = [&](int typeId, bool wantForward) -> const Candidate * {
            for (const Candidate &c : cands) {
                if (c.typeId == typeId && (sameObject || c.forward == wantForward))
                    return &c;
            }
            return nullptr;
        };
        if (category.kind() == AssociationCategory::HubSpotDefined) {
            for (const auto &[x, y] : knownHubSpotPairs) {
                for (const Candidate &c : cands) {
                    if ((c.typeId != x && c.typeId != y) || paired.contains(c.typeId))
                        continue;
                    const int other = c.typeId == x ? y : x;
                    if (const Candidate *o = find(other, !c.forward); o && !paired.contains(other))
                        link(c, *o);
                }
            }
        }
        // Adjacent ids in opposite directions were created together (same-object pairs: both
        // ids sit in the one list). A symmetric type has no partner and is its own inverse.
        for (qsizetype i = 0; i + 1 < cands.size(); ++i) {
            const Candidate &a = cands.at(i);
            const Candidate &b = cands.at(i + 1);
            if (paired.contains(a.typeId) || paired.contains(b.typeId) || b.typeId != a.typeId + 1)
                continue;
            if (sameObject || a.forward != b.forward)
                link(a, b);
        }
        if (sameObject) {
            for (const Candidate &c : cands) {
                if (!paired.contains(c.typeId))
                    result.insert(LabelKey{category, c.typeId}, LabelKey{category, c.typeId});
            }
        }
    }
    return result;
}

} // namespace assoc
