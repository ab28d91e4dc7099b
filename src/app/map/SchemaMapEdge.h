// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectTypePair.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <functional>

namespace assoc::app {

class SchemaMapNode;

// The user-defined labels between two object types, both directions together: a line whose
// width grows with the number of labels and a badge with that number. Labels of a type with
// itself are a loop on the node's corner. Clicking it opens the pair.
class SchemaMapEdge : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(SchemaMapEdge)

public:
    // `activation` is the direction a click opens; `a` and `b` are the same node for a loop.
    SchemaMapEdge(SchemaMapNode *a, SchemaMapNode *b, int weight, const ObjectTypePair &activation,
                  const QFont &font);

    // Both types, the lower id first: the same for either direction.
    ObjectTypePair pair() const;
    ObjectTypePair activationPair() const { return m_activation; }
    int weight() const { return m_weight; }
    bool isLoop() const { return m_a == m_b; }
    SchemaMapNode *first() const { return m_a; }
    SchemaMapNode *second() const { return m_b; }
    // The middle of the count badge, in scene coordinates: where a user clicks.
    QPointF clickPoint() const { return mapToScene(m_badge.center()); }
    qreal penWidth() const;
    // The badge, in scene coordinates.
    QRectF badgeRect() const { return mapRectToScene(m_badge); }
    // Where along the line the badge sits, from 0 at the first node to 1 at the second: off
    // the middle when another badge or a node is there already.
    void setBadgeAt(qreal fraction);

    // Follows the nodes after one of them moved.
    void adjust();
    void onActivated(std::function<void(const ObjectTypePair &)> fn) {
        m_activated = std::move(fn);
    }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    SchemaMapNode *m_a;
    SchemaMapNode *m_b;
    int m_weight;
    ObjectTypePair m_activation;
    QFont m_font;
    QPainterPath m_path; // the line or the loop
    QRectF m_badge;
    qreal m_badgeAt = 0.5;
    bool m_hovered = false;
    std::function<void(const ObjectTypePair &)> m_activated;
};

} // namespace assoc::app
