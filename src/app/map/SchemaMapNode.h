// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectType.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <functional>

namespace assoc::app {

class SchemaMapEdge;

// One object type on the map: a rounded box with its name, warm-coloured and dashed for custom
// types. The user may drag it; its edges follow, and the map keeps it where it was put.
class SchemaMapNode : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(SchemaMapNode)

public:
    SchemaMapNode(const ObjectType &type, const QFont &font);

    const QString &typeId() const { return m_type.id; }
    QString displayName() const { return m_type.displayName(); }
    bool isCustom() const { return m_type.custom; }
    // Moved by the user, so a new layout leaves it where it is.
    bool isPinned() const { return m_pinned; }
    void setPinned(bool pinned) { m_pinned = pinned; }
    // The box around the centre, without the outline's width.
    QRectF box() const { return m_box; }
    QRectF sceneBox() const { return m_box.translated(pos()); }

    void addEdge(SchemaMapEdge *edge) { m_edges.append(edge); }
    void onActivated(std::function<void(const QString &typeId)> fn) { m_activated = std::move(fn); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ObjectType m_type;
    QFont m_font;
    QRectF m_box;
    bool m_pinned = false;
    QList<SchemaMapEdge *> m_edges;
    std::function<void(const QString &)> m_activated;
};

} // namespace assoc::app
