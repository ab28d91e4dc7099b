// SPDX-License-Identifier: MIT
#include "SchemaMapEdge.h"

#include "SchemaMapNode.h"
#include "app/PaletteColours.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace assoc::app {

namespace {

constexpr qreal LoopRadius = 18;
// Lines are easier to hit than they are wide.
constexpr qreal HitWidth = 12;

// Where the line from the box's centre towards `towards` leaves the box.
QPointF exitPoint(const QRectF &box, const QPointF &towards) {
    const QLineF ray(box.center(), towards);
    const QLineF sides[] = {{box.topLeft(), box.topRight()},
                            {box.topRight(), box.bottomRight()},
                            {box.bottomRight(), box.bottomLeft()},
                            {box.bottomLeft(), box.topLeft()}};
    for (const QLineF &side : sides) {
        QPointF hit;
        if (ray.intersects(side, &hit) == QLineF::BoundedIntersection)
            return hit;
    }
    return box.center();
}

} // namespace

SchemaMapEdge::SchemaMapEdge(SchemaMapNode *a, SchemaMapNode *b, int weight,
                             const ObjectTypePair &activation, const QFont &font)
    : m_a(a)
    , m_b(b)
    , m_weight(weight)
    , m_activation(activation)
    , m_font(font) {
    m_font.setPixelSize(11);
    m_font.setBold(true);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    // Loops above other lines, whose ends may pass the node's corner; nodes above both.
    setZValue(a == b ? 0.5 : 0);
    a->addEdge(this);
    if (b != a)
        b->addEdge(this);
    adjust();
}

ObjectTypePair SchemaMapEdge::pair() const {
    const QString &x = m_a->typeId();
    const QString &y = m_b->typeId();
    return x <= y ? ObjectTypePair{x, y} : ObjectTypePair{y, x};
}

qreal SchemaMapEdge::penWidth() const {
    return std::min(1.5 + 1.25 * (m_weight - 1), 8.0);
}

void SchemaMapEdge::adjust() {
    prepareGeometryChange();
    const QFontMetricsF metrics(m_font);
    const QString count = QString::number(m_weight);
    const qreal side = std::max(metrics.height(), metrics.horizontalAdvance(count)) + 6;
    QPointF badgeCentre;
    m_path = QPainterPath();
    if (isLoop()) {
        // A circle over the node's top right corner; the node hides the part inside it.
        const QPointF corner = m_a->sceneBox().topRight();
        m_path.addEllipse(corner, LoopRadius, LoopRadius);
        badgeCentre = corner + QPointF(LoopRadius, -LoopRadius) * M_SQRT1_2;
    } else {
        const QRectF from = m_a->sceneBox();
        const QRectF to = m_b->sceneBox();
        const QPointF start = exitPoint(from, to.center());
        const QPointF end = exitPoint(to, from.center());
        m_path.moveTo(start);
        m_path.lineTo(end);
        badgeCentre = start + (end - start) * m_badgeAt;
    }
    m_badge = QRectF(badgeCentre - QPointF(side, side) / 2, QSizeF(side, side));
}

void SchemaMapEdge::setBadgeAt(qreal fraction) {
    m_badgeAt = fraction;
    adjust();
}

QRectF SchemaMapEdge::boundingRect() const {
    const qreal grow = std::max(penWidth(), HitWidth) / 2 + 1;
    return m_path.boundingRect()
        .adjusted(-grow, -grow, grow, grow)
        .united(m_badge.adjusted(-2, -2, 2, 2));
}

QPainterPath SchemaMapEdge::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(penWidth(), HitWidth));
    QPainterPath hit = stroker.createStroke(m_path);
    hit.addEllipse(m_badge);
    return hit.simplified();
}

void SchemaMapEdge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor hoverColour = colours::mapHover(palette);
    const QColor colour = m_hovered ? hoverColour : colours::mapLine(palette);
    painter->setPen(QPen(colour, penWidth(), Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(QPen(colour, 1.4));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawEllipse(m_badge);
    painter->setFont(m_font);
    painter->setPen(m_hovered ? hoverColour : palette.color(QPalette::Text));
    painter->drawText(m_badge, Qt::AlignCenter, QString::number(m_weight));
}

void SchemaMapEdge::hoverEnterEvent(QGraphicsSceneHoverEvent *event) {
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void SchemaMapEdge::hoverLeaveEvent(QGraphicsSceneHoverEvent *event) {
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void SchemaMapEdge::mousePressEvent(QGraphicsSceneMouseEvent *event) {
    // Accepted so that the release comes here: a click is a press and a release on the edge.
    event->accept();
}

void SchemaMapEdge::mouseReleaseEvent(QGraphicsSceneMouseEvent *event) {
    if (event->button() == Qt::LeftButton && shape().contains(event->pos()) && m_activated)
        m_activated(m_activation);
}

} // namespace assoc::app
