// SPDX-License-Identifier: MIT
#include "PairLoadQueue.h"

namespace assoc::models {

void PairLoadQueue::enqueue(const ObjectTypePair &pair) {
    if (!m_pairs.contains(pair))
        m_pairs.append(pair);
}

void PairLoadQueue::promote(const ObjectTypePair &pair) {
    m_pairs.removeAll(pair);
    m_pairs.prepend(pair);
}

bool PairLoadQueue::remove(const ObjectTypePair &pair) {
    return m_pairs.removeAll(pair) > 0;
}

std::optional<ObjectTypePair> PairLoadQueue::takeNext() {
    if (m_pairs.isEmpty())
        return std::nullopt;
    return m_pairs.takeFirst();
}

} // namespace assoc::models
