// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectTypePair.h"

#include <QList>
#include <optional>

namespace assoc::models {

// The pairs still to be preloaded, in order, each at most once.
class PairLoadQueue {
public:
    void enqueue(const ObjectTypePair &pair);
    // Moves `pair` to the front (adding it if absent): what is on screen goes first.
    void promote(const ObjectTypePair &pair);
    bool remove(const ObjectTypePair &pair);
    bool contains(const ObjectTypePair &pair) const { return m_pairs.contains(pair); }
    std::optional<ObjectTypePair> takeNext();
    void clear() { m_pairs.clear(); }
    qsizetype size() const { return m_pairs.size(); }
    bool isEmpty() const { return m_pairs.isEmpty(); }

private:
    QList<ObjectTypePair> m_pairs;
};

} // namespace assoc::models
