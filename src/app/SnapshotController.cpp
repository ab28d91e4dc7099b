// SPDX-License-Identifier: MIT
#include "SnapshotController.h"

#include "models/PortalSession.h"

#include <QStandardPaths>

namespace assoc::app {

using models::PortalSession;

SnapshotController::SnapshotController(QString directory, QObject *parent, int storeDelayMs)
    : QObject(parent)
    , m_directory(std::move(directory)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(storeDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &SnapshotController::storeNow);
}

QString SnapshotController::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/snapshots");
}

void SnapshotController::setDirectory(const QString &directory) {
    m_directory = directory;
}

std::optional<PortalSchema> SnapshotController::load(const QString &profileId) const {
    if (profileId.isEmpty())
        return std::nullopt;
    QString error;
    auto schema = SnapshotCache(m_directory).load(profileId, &error);
    if (!schema && !error.isEmpty())
        qWarning("Ignoring the saved snapshot of a profile: %s", qPrintable(error));
    return schema;
}

void SnapshotController::watch(PortalSession *session, const QString &profileId) {
    if (m_session)
        m_session->disconnect(this);
    m_debounce.stop();
    m_session = session;
    m_profileId = profileId;
    if (!session || profileId.isEmpty())
        return;
    const auto storeSoon = [this] {
        if (m_session && m_session->isComplete())
            m_debounce.start();
    };
    connect(session, &PortalSession::preloadFinished, this, storeSoon);
    connect(session, &PortalSession::pairUpdated, this, storeSoon);
}

void SnapshotController::storeNow() {
    if (!m_session || !m_session->isComplete())
        return;
    PortalSchema schema = m_session->schema();
    schema.takenAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!SnapshotCache(m_directory).store(m_profileId, schema, &error)) {
        // Only a faster start is lost; the portal itself is unaffected.
        qWarning("Could not save the snapshot of the portal: %s", qPrintable(error));
        return;
    }
    emit stored(m_profileId);
}

void SnapshotController::forget(const QString &profileId) const {
    SnapshotCache(m_directory).remove(profileId);
}

} // namespace assoc::app
