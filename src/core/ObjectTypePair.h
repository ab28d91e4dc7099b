// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QString>

namespace assoc {

// An ordered pair of object types: labels and limits belong to one direction.
struct ObjectTypePair {
    QString fromId;
    QString toId;

    ObjectTypePair reversed() const { return {toId, fromId}; }
    bool isSameObject() const { return fromId == toId; }
    // "0-1:0-2": a stable key for maps and settings.
    QString key() const { return fromId + QLatin1Char(':') + toId; }
    static ObjectTypePair fromKey(const QString &key);

    bool operator==(const ObjectTypePair &) const = default;
    bool operator<(const ObjectTypePair &o) const {
        return fromId != o.fromId ? fromId < o.fromId : toId < o.toId;
    }
};

inline size_t qHash(const ObjectTypePair &p, size_t seed = 0) {
    return qHashMulti(seed, p.fromId, p.toId);
}

} // namespace assoc
