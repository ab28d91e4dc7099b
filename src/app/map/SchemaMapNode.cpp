// SPDX-License-Identifier: MIT
#include "SchemaMapNode.h"

#include "SchemaMapEdge.h"
#include "app/PaletteColours.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace assoc::app {

namespace {
constexpr qreal PaddingX = 14;
constexpr qreal PaddingY = 9;
constexpr qreal MinWidth = 84;
constexpr qreal Outline = 1.6;
} // namespace

SchemaMapNode::SchemaMapNode(const ObjectType &type, const QFont &font)
    : m_type(type)
    , m_font(font) {
    m_font.setBold(true);
    const QFontMetricsF metrics(m_font);
    const qreal width =
        std::max(MinWidth, metrics.horizontalAdvance(m_type.displayName()) + 2 * PaddingX);
    const qreal height = metrics.height() + 2 * PaddingY;
    m_box = QRectF(-width / 2, -height / 2, width, height);
    setFlags(ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(1); // above the edges, which end at its border
    setCursor(Qt::OpenHandCursor);
    setToolTip(m_type.custom
                   ? tr("%1 — custom object %2 (%3)\nDouble-click to show it in the tree.")
                         .arg(m_type.displayName(), m_type.fullyQualifiedName, m_type.id)
                   : tr("%1 — standard object (%2)\nDouble-click to show it in the tree.")
                         .arg(m_type.displayName(), m_type.id));
}

QRectF SchemaMapNode::boundingRect() const {
    return m_box.adjusted(-Outline, -Outline, Outline, Outline);
}

void SchemaMapNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor fill = colours::objectFill(palette, m_type.custom);
    const QColor line = colours::objectAccent(palette, m_type.custom);
    QPen pen(line, Outline);
    if (m_type.custom)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_box, 8, 8);
    painter->setFont(m_font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(m_box, Qt::AlignCenter, m_type.displayName());
}

QVariant SchemaMapNode::itemChange(GraphicsItemChange change, const QVariant &value) {
    if (change == ItemPositionHasChanged) {
        for (SchemaMapEdge *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

void SchemaMapNode::mouseMoveEvent(QGraphicsSceneMouseEvent *event) {
    m_pinned = true;
    QGraphicsItem::mouseMoveEvent(event);
}

void SchemaMapNode::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) {
    if (event->button() == Qt::LeftButton && m_activated) {
        m_activated(m_type.id);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace assoc::app
