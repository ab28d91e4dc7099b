// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>

namespace assoc::app {

class SchemaMapScene;

// Shows a schema map: Ctrl+wheel and +/− zoom, 0 fits the whole map, dragging the background
// pans. Until the user zooms, the map is kept fitted to the window.
class SchemaMapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit SchemaMapView(SchemaMapScene *scene, QWidget *parent = nullptr);

    qreal zoom() const;
    void zoomBy(qreal factor);
    // Shows the whole map and follows its size again.
    void fitToWindow();
    bool isFitted() const { return m_fitted; }

    static constexpr qreal ZoomStep = 1.25;
    static constexpr qreal MinZoom = 0.1;
    static constexpr qreal MaxZoom = 8.0;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFit();

    SchemaMapScene *m_scene;
    bool m_fitted = true;
};

} // namespace assoc::app
