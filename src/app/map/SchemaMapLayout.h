// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <optional>
#include <utility>

namespace assoc::app {

// Places the boxes of a graph so that connected boxes sit near each other, unconnected ones
// keep their distance and no two boxes overlap. Deterministic: equal input, equal output, so a
// map looks the same every time the portal is opened and tests can rely on it.
class SchemaMapLayout {
public:
    struct Node {
        QSizeF size;
        // Where the node was before (kept as the starting point), and whether it must stay there
        // because the user put it there.
        std::optional<QPointF> start;
        bool pinned = false;
    };

    void addNode(const Node &node) { m_nodes.append(node); }
    // An edge between two distinct nodes, by their index.
    void addEdge(int a, int b) { m_edges.append({a, b}); }

    // The centre of each node, in the order they were added.
    QList<QPointF> run(int iterations = 300) const;

    // Space kept free around every box.
    static constexpr qreal Margin = 32;

private:
    QList<int> circleOrder() const;
    void placeInRows(QList<QPointF> &centres, const QList<bool> &inGraph) const;
    void removeOverlaps(QList<QPointF> &centres) const;

    QList<Node> m_nodes;
    QList<std::pair<int, int>> m_edges;
};

} // namespace assoc::app
