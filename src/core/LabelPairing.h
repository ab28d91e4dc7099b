// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLabel.h"

#include <QHash>
#include <QList>

namespace assoc {

// Works out which association type of B->A is the inverse of each type of A->B.
// The API does not say so directly; HubSpot allocates the two directions of one label
// consecutive typeIds, and its own types follow a known table (notes §2 and §6).
class LabelPairing {
public:
    // forward: the labels of A->B; reverse: those of B->A (the same list when A == B).
    static QHash<LabelKey, LabelKey> infer(const QList<AssociationLabel> &forward,
                                           const QList<AssociationLabel> &reverse);
};

} // namespace assoc
