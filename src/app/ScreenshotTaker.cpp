// SPDX-License-Identifier: MIT
#include "ScreenshotTaker.h"

#include "MainWindow.h"
#include "auth/Redactor.h"
#include "core/DocumentFile.h"
#include "models/PortalSession.h"

#include <QBuffer>
#include <QPixmap>
#include <QTimer>

namespace assoc::app {

using models::PortalSession;

ScreenshotTaker::ScreenshotTaker(MainWindow *window, QString file, QString select, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_select(select.isEmpty() ? QStringLiteral("contacts:companies") : std::move(select))
    , m_timeout(new QTimer(this)) {
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("Timed out waiting for the portal to load.")); });
}

void ScreenshotTaker::start(int timeoutMs) {
    m_timeout->start(timeoutMs);
    PortalSession *session = m_window ? m_window->session() : nullptr;
    if (!session) {
        fail(tr("Not connected to a portal."));
        return;
    }
    connect(session, &PortalSession::typesLoaded, this, &ScreenshotTaker::check);
    connect(session, &PortalSession::pairUpdated, this, &ScreenshotTaker::check);
    connect(session, &PortalSession::usageUpdated, this, &ScreenshotTaker::check);
    connect(session, &PortalSession::errorOccurred, this,
            [this](const ApiError &error, const QString &action) {
                if (action == PortalSession::connectAction())
                    fail(error.userMessage());
            });
    check();
}

void ScreenshotTaker::check() {
    if (m_done || !m_window)
        return;
    PortalSession *session = m_window->session();
    if (!session || session->schema().objectTypes.isEmpty())
        return;
    const auto pair = m_window->resolvePair(m_select);
    if (!pair) {
        fail(tr("No pair matches \"%1\".").arg(m_select));
        return;
    }
    if (!m_selected) {
        m_selected = true;
        m_window->selectPair(*pair);
    }
    if (session->isPairLoaded(*pair) && session->isPairLoaded(pair->reversed())) {
        m_done = true;
        // Let the views lay out the new rows before painting.
        QTimer::singleShot(0, this, &ScreenshotTaker::capture);
    }
}

void ScreenshotTaker::capture() {
    if (!m_window) {
        fail(tr("The window was closed."));
        return;
    }
    m_timeout->stop();
    const QPixmap image = m_window->grab();
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&png, "PNG")) {
        m_done = false;
        fail(tr("Could not draw the window as a picture."));
        return;
    }
    // Written like every other file the app writes: atomically, owner-only.
    if (const auto written = DocumentFile::write(m_file, png.data()); !written) {
        m_done = false;
        fail(written.error().toString());
        return;
    }
    emit finished(true, tr("Saved %1").arg(m_file));
}

void ScreenshotTaker::fail(const QString &message) {
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    // HubSpot's message may echo a secret; it is printed on stderr.
    emit finished(false, auth::Redactor::forDisplay(message));
}

} // namespace assoc::app
