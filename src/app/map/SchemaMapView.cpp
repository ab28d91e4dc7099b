// SPDX-License-Identifier: MIT
#include "SchemaMapView.h"

#include "SchemaMapScene.h"

#include <QKeyEvent>
#include <QPalette>
#include <QWheelEvent>

namespace assoc::app {

SchemaMapView::SchemaMapView(SchemaMapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene) {
    setObjectName(QStringLiteral("schemaMapView"));
    setAccessibleName(tr("Schema map"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // The scene's palette (the app's): the exported pictures use the same colours.
    setBackgroundBrush(scene->palette().color(QPalette::Base));
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &SchemaMapScene::rebuilt, this, [this] {
        if (m_fitted)
            applyFit();
    });
}

qreal SchemaMapView::zoom() const {
    return transform().m11();
}

void SchemaMapView::zoomBy(qreal factor) {
    const qreal target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    m_fitted = false;
    scale(target / zoom(), target / zoom());
}

void SchemaMapView::fitToWindow() {
    m_fitted = true;
    applyFit();
}

void SchemaMapView::applyFit() {
    const QRectF rect = m_scene->mapRect();
    fitInView(rect, Qt::KeepAspectRatio);
    // A small map is not blown up beyond its natural size.
    if (zoom() > 1.0)
        setTransform(QTransform());
    centerOn(rect.center());
}

void SchemaMapView::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        // Fractions of a notch too: touchpads send small deltas.
        const qreal notches = event->angleDelta().y() / 120.0;
        if (notches != 0)
            zoomBy(std::pow(ZoomStep, notches));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void SchemaMapView::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(ZoomStep);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / ZoomStep);
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void SchemaMapView::resizeEvent(QResizeEvent *event) {
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        applyFit();
}

} // namespace assoc::app
