// SPDX-License-Identifier: MIT
#include "SchemaMapWindow.h"

#include "SchemaMapExporter.h"
#include "SchemaMapScene.h"
#include "SchemaMapView.h"
#include "models/PortalSession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace assoc::app {

using models::PortalSession;

SchemaMapWindow::SchemaMapWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_scene(new SchemaMapScene(this))
    , m_view(new SchemaMapView(m_scene, this))
    , m_message(new QLabel(this))
    , m_rebuildTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("schemaMapWindow"));
    resize(960, 680);

    auto *tools = new QToolBar(tr("Map"), this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fit = tools->addAction(tr("&Fit"), m_view, &SchemaMapView::fitToWindow);
    tools->addSeparator();
    m_exportPng = tools->addAction(tr("Export &PNG…"), this, [this] {
        exportWith(tr("Export the map as PNG"), tr("PNG pictures (*.png)"), QStringLiteral("png"),
                   &SchemaMapWindow::exportPng);
    });
    m_exportSvg = tools->addAction(tr("Export &SVG…"), this, [this] {
        exportWith(tr("Export the map as SVG"), tr("SVG drawings (*.svg)"), QStringLiteral("svg"),
                   &SchemaMapWindow::exportSvg);
    });
    // Window shortcuts of the map's own window; the tool buttons' tips name them.
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_exportPng->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportSvg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fit->setToolTip(tr("Show the whole map (0 or Ctrl+0)"));
    m_exportPng->setToolTip(tr("Save the map as a PNG picture (Ctrl+E)"));
    m_exportSvg->setToolTip(tr("Save the map as an SVG drawing (Ctrl+Shift+E)"));
    auto *hint = new QLabel(tr("Click a line to open its pair · dashed boxes are custom objects · "
                               "Ctrl+wheel or +/− to zoom"),
                            this);
    hint->setObjectName(QStringLiteral("schemaMapHint"));
    hint->setContentsMargins(6, 4, 6, 2);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    m_message->setObjectName(QStringLiteral("schemaMapMessage"));
    m_message->setContentsMargins(6, 2, 6, 4);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    // Below the toolbar, not in it: a long translation would push the commands into its overflow.
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(RebuildDelayMs);
    connect(m_rebuildTimer, &QTimer::timeout, this, &SchemaMapWindow::rebuild);
    connect(m_scene, &SchemaMapScene::pairActivated, this, &SchemaMapWindow::pairActivated);
    connect(m_scene, &SchemaMapScene::typeActivated, this, &SchemaMapWindow::typeActivated);

    m_chooser = [this](const QString &caption, const QString &filter, const QString &suggested,
                       std::function<void(const QString &)> chosen) {
        // Window-modal and asynchronous: no nested event loop.
        auto *dialog = new QFileDialog(this, caption, suggested, filter);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QFileInfo(suggested).suffix());
        connect(dialog, &QFileDialog::fileSelected, this, std::move(chosen));
        dialog->open();
    };
    updateTitle();
    showSummary();
}

void SchemaMapWindow::setSession(PortalSession *session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &PortalSession::typesLoaded, this, &SchemaMapWindow::scheduleRebuild);
        connect(session, &PortalSession::pairUpdated, this, &SchemaMapWindow::scheduleRebuild);
        connect(session, &PortalSession::portalInfoChanged, this, &SchemaMapWindow::updateTitle);
    }
    m_rebuildTimer->stop();
    m_stale = true;
    if (isVisible())
        rebuild();
}

void SchemaMapWindow::setSchema(const PortalSchema &schema) {
    m_portalId = schema.portal.portalId;
    m_scene->setSchema(schema);
    updateTitle();
    showSummary();
}

QString SchemaMapWindow::message() const {
    return m_message->text();
}

void SchemaMapWindow::scheduleRebuild() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // Not restarted by later signals: a steady stream of pairs still shows every RebuildDelayMs.
    if (!m_rebuildTimer->isActive())
        m_rebuildTimer->start();
}

void SchemaMapWindow::rebuild() {
    m_stale = false;
    setSchema(m_session ? m_session->schema() : PortalSchema());
}

void SchemaMapWindow::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void SchemaMapWindow::updateTitle() {
    const qint64 id = m_session ? m_session->schema().portal.portalId : m_portalId;
    setWindowTitle(id != 0 ? tr("Schema Map — Portal %1").arg(id) : tr("Schema Map"));
}

std::optional<QString> SchemaMapWindow::exportPng(const QString &path) {
    return SchemaMapExporter::writePng(*m_scene, path);
}

std::optional<QString> SchemaMapWindow::exportSvg(const QString &path) {
    return SchemaMapExporter::writeSvg(*m_scene, path);
}

void SchemaMapWindow::exportWith(
    const QString &caption, const QString &filter, const QString &suffix,
    std::optional<QString> (SchemaMapWindow::*write)(const QString &)) {
    const qint64 id = m_session ? m_session->schema().portal.portalId : m_portalId;
    const QString name = id != 0 ? QStringLiteral("portal-%1-schema-map.%2").arg(id).arg(suffix)
                                 : QStringLiteral("schema-map.%1").arg(suffix);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = folder.isEmpty() ? name : QDir(folder).filePath(name);
    m_chooser(caption, filter, suggested, [this, write](const QString &path) {
        if (path.isEmpty())
            return;
        if (const auto error = (this->*write)(path))
            showMessage(*error, true);
        else
            showMessage(tr("Saved the map to %1.").arg(QDir::toNativeSeparators(path)), false);
    });
}

void SchemaMapWindow::showMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void SchemaMapWindow::showSummary() {
    if (m_scene->nodeCount() == 0) {
        showMessage(m_session ? tr("Loading the object types…")
                              : tr("Not connected: the map shows the connected portal."),
                    false);
        return;
    }
    QString text = tr("%n object type(s)", nullptr, m_scene->nodeCount()) + QStringLiteral(", ") +
                   tr("%n pair(s) with user-defined labels", nullptr, m_scene->edgeCount());
    if (m_session && m_session->isPreloading())
        text += QStringLiteral(" · ") + tr("reading pairs: %1 of %2")
                                            .arg(m_session->preloadDone())
                                            .arg(m_session->preloadTotal());
    showMessage(text, false);
}

} // namespace assoc::app
