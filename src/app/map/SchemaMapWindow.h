// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectTypePair.h"
#include "core/PortalSchema.h"
#include "models/PortalSession.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTimer;

namespace assoc::app {

class SchemaMapScene;
class SchemaMapView;

// The schema map of the connected portal in a window of its own, with Fit, Export PNG… and
// Export SVG…. It follows the session: while pairs load the map is rebuilt at most every
// RebuildDelayMs, not once per pair, and not at all while the window is hidden.
class SchemaMapWindow : public QWidget {
    Q_OBJECT
public:
    // Asks where to save and calls `chosen` with the path, or not at all when the user cancels.
    // Tests replace it so that no file dialog blocks them.
    using PathChooser = std::function<void(const QString &caption, const QString &filter,
                                           const QString &suggestedPath,
                                           std::function<void(const QString &path)> chosen)>;

    explicit SchemaMapWindow(QWidget *parent = nullptr);

    // Follows `session` (or shows nothing for null); the session may be deleted at any time.
    void setSession(models::PortalSession *session);
    models::PortalSession *session() const { return m_session; }
    // Shows `schema` now, for a map without a session.
    void setSchema(const PortalSchema &schema);

    SchemaMapScene *scene() const { return m_scene; }
    SchemaMapView *view() const { return m_view; }
    QAction *fitAction() const { return m_fit; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    // The line under the map: what it shows, or how the last export went.
    QString message() const;

    // What went wrong, or nothing once the file is written.
    std::optional<QString> exportPng(const QString &path);
    std::optional<QString> exportSvg(const QString &path);
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

    static constexpr int RebuildDelayMs = 200;

signals:
    void pairActivated(const assoc::ObjectTypePair &pair);
    void typeActivated(const QString &typeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void updateTitle();
    void exportWith(const QString &caption, const QString &filter, const QString &suffix,
                    std::optional<QString> (SchemaMapWindow::*write)(const QString &));
    void showMessage(const QString &text, bool error);
    void showSummary();

    SchemaMapScene *m_scene;
    SchemaMapView *m_view;
    QLabel *m_message;
    QTimer *m_rebuildTimer;
    QAction *m_fit;
    QAction *m_exportPng;
    QAction *m_exportSvg;
    QPointer<models::PortalSession> m_session;
    qint64 m_portalId = 0;
    bool m_stale = false;
    PathChooser m_chooser;
};

} // namespace assoc::app
