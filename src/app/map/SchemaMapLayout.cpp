// SPDX-License-Identifier: MIT
#include "SchemaMapLayout.h"

#include <QLineF>
#include <QRectF>
#include <QtMath>
#include <algorithm>

namespace assoc::app {

namespace {

qreal length(QPointF p) {
    return std::sqrt(p.x() * p.x() + p.y() * p.y());
}

// A direction for two nodes that sit on the same spot: fixed per pair, so the run stays
// deterministic.
QPointF fallbackDirection(int i, int j) {
    const qreal angle = (i * 31 + j * 17) * 2.399963; // the golden angle spreads them evenly
    return {std::cos(angle), std::sin(angle)};
}

} // namespace

QList<int> SchemaMapLayout::circleOrder() const {
    // Connected nodes next to each other on the starting circle: fewer crossings to untangle.
    const int n = int(m_nodes.size());
    QList<QList<int>> neighbours(n);
    for (const auto &[a, b] : m_edges) {
        neighbours[a].append(b);
        neighbours[b].append(a);
    }
    for (QList<int> &list : neighbours)
        std::sort(list.begin(), list.end());

    QList<QList<int>> components;
    QList<bool> seen(n, false);
    QList<int> byDegree(n);
    for (int i = 0; i < n; ++i)
        byDegree[i] = i;
    std::stable_sort(byDegree.begin(), byDegree.end(), [&neighbours](int a, int b) {
        return neighbours[a].size() > neighbours[b].size();
    });
    for (int root : byDegree) {
        if (seen[root])
            continue;
        QList<int> component{root};
        seen[root] = true;
        for (qsizetype head = 0; head < component.size(); ++head) {
            for (int next : neighbours[component[head]]) {
                if (!seen[next]) {
                    seen[next] = true;
                    component.append(next);
                }
            }
        }
        components.append(component);
    }
    std::stable_sort(components.begin(), components.end(),
                     [](const QList<int> &a, const QList<int> &b) { return a.size() > b.size(); });
    QList<int> order;
    for (const QList<int> &component : components)
        order.append(component);
    return order;
}

QList<QPointF> SchemaMapLayout::run(int iterations) const {
    const int n = int(m_nodes.size());
    QList<QPointF> p(n);
    if (n == 0)
        return p;

    // Nodes without edges say nothing by where they are: they go in rows below the graph
    // instead of drifting around it. Pinned ones stay where the user put them.
    QList<bool> inGraph(n, false);
    for (const auto &[a, b] : m_edges)
        inGraph[a] = inGraph[b] = true;
    for (int i = 0; i < n; ++i)
        inGraph[i] = inGraph[i] || m_nodes[i].pinned;

    qreal widest = 0;
    qreal perimeter = 0;
    int graphSize = 0;
    for (int i = 0; i < n; ++i) {
        const Node &node = m_nodes[i];
        widest = std::max(widest, (node.size.width() + node.size.height()) / 2);
        if (inGraph[i]) {
            perimeter += node.size.width() + Margin;
            ++graphSize;
        }
    }
    // The distance connected nodes settle at.
    const qreal k = widest + 2 * Margin;
    const qreal radius = std::max(k, perimeter / (2 * M_PI));

    QList<int> order = circleOrder();
    order.removeIf([&inGraph](int i) { return !inGraph[i]; });
    for (int slot = 0; slot < graphSize; ++slot) {
        const int i = order[slot];
        const qreal angle = 2 * M_PI * slot / graphSize - M_PI / 2;
        p[i] =
            m_nodes[i].start.value_or(QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }

    // Fruchterman–Reingold with a pull towards the middle, which keeps separate groups
    // together, and a push of nodes off other nodes' edges, so that every badge stays clickable.
    const qreal k2 = k * k;
    const qreal gravity = 0.3;
    QList<QPointF> disp(n);
    for (int step = 0; step < iterations && graphSize > 1; ++step) {
        const qreal temperature = k * (1.0 - qreal(step) / iterations) + 1.0;
        std::fill(disp.begin(), disp.end(), QPointF());
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                if (!inGraph[i] || !inGraph[j])
                    continue;
                QPointF delta = p[i] - p[j];
                qreal d = length(delta);
                if (d < 0.01) {
                    delta = fallbackDirection(i, j);
                    d = 1.0;
                }
                const QPointF push = delta / d * (k2 / d);
                disp[i] += push;
                disp[j] -= push;
            }
        }
        for (const auto &[a, b] : m_edges) {
            const QPointF delta = p[a] - p[b];
            const qreal d = length(delta);
            if (d < 0.01)
                continue;
            const QPointF pull = delta / d * (d * d / k);
            disp[a] -= pull;
            disp[b] += pull;
            const QPointF middle = (p[a] + p[b]) / 2;
            for (int c = 0; c < n; ++c) {
                if (c == a || c == b || !inGraph[c])
                    continue;
                QPointF away = p[c] - middle;
                const qreal dc = length(away);
                if (dc >= k)
                    continue;
                if (dc < 0.01)
                    away = fallbackDirection(a, c);
                const QPointF push = away / std::max(dc, 1.0) * (k2 / std::max(dc, 1.0)) * 0.5;
                disp[c] += push;
                disp[a] -= push / 2;
                disp[b] -= push / 2;
            }
        }
        for (int i = 0; i < n; ++i) {
            if (!inGraph[i] || m_nodes[i].pinned)
                continue;
            disp[i] -= p[i] * gravity;
            const qreal d = length(disp[i]);
            if (d > 0.01)
                p[i] += disp[i] / d * std::min(d, temperature);
        }
    }
    placeInRows(p, inGraph);
    removeOverlaps(p);
    return p;
}

void SchemaMapLayout::placeInRows(QList<QPointF> &centres, const QList<bool> &inGraph) const {
    QRectF graph;
    qreal rowsWidth = 0;
    int rest = 0;
    for (int i = 0; i < centres.size(); ++i) {
        if (inGraph[i]) {
            graph |=
                QRectF(centres[i] - QPointF(m_nodes[i].size.width(), m_nodes[i].size.height()) / 2,
                       m_nodes[i].size);
        } else {
            rowsWidth += m_nodes[i].size.width() + Margin;
            ++rest;
        }
    }
    if (rest == 0)
        return;
    // As wide as the graph, or roughly square when there is no graph to match.
    const qreal width = graph.isEmpty() ? std::max(rowsWidth / std::sqrt(qreal(rest)) * 1.6, 1.0)
                                        : std::max(graph.width(), rowsWidth / 4);
    const qreal left = graph.isEmpty() ? -width / 2 : graph.center().x() - width / 2;
    qreal x = left;
    qreal y = graph.isEmpty() ? 0 : graph.bottom() + 3 * Margin;
    qreal rowHeight = 0;
    for (int i = 0; i < centres.size(); ++i) {
        if (inGraph[i])
            continue;
        const QSizeF size = m_nodes[i].size;
        if (x > left && x + size.width() > left + width) {
            x = left;
            y += rowHeight + Margin;
            rowHeight = 0;
        }
        centres[i] = QPointF(x + size.width() / 2, y + size.height() / 2);
        x += size.width() + Margin;
        rowHeight = std::max(rowHeight, size.height());
    }
}

void SchemaMapLayout::removeOverlaps(QList<QPointF> &centres) const {
    const int n = int(centres.size());
    for (int pass = 0; pass < 500; ++pass) {
        bool moved = false;
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                const Node &a = m_nodes[i];
                const Node &b = m_nodes[j];
                if (a.pinned && b.pinned)
                    continue;
                const QPointF delta = centres[j] - centres[i];
                const qreal overlapX =
                    (a.size.width() + b.size.width()) / 2 + Margin - std::abs(delta.x());
                const qreal overlapY =
                    (a.size.height() + b.size.height()) / 2 + Margin - std::abs(delta.y());
                if (overlapX <= 0 || overlapY <= 0)
                    continue;
                moved = true;
                // Along the axis that needs the shorter move, away from each other.
                QPointF shift = overlapX < overlapY
                                    ? QPointF(delta.x() < 0 ? -overlapX : overlapX, 0)
                                    : QPointF(0, delta.y() < 0 ? -overlapY : overlapY);
                shift *= 1.01;
                if (a.pinned) {
                    centres[j] += shift;
                } else if (b.pinned) {
                    centres[i] -= shift;
                } else {
                    centres[i] -= shift / 2;
                    centres[j] += shift / 2;
                }
            }
        }
        if (!moved)
            return;
    }
}

} // namespace assoc::app
