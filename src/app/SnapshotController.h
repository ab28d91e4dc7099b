// SPDX-License-Identifier: MIT
#pragma once

#include "core/PortalSchema.h"
#include "core/SnapshotCache.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace assoc::models {
class PortalSession;
}

namespace assoc::app {

// Keeps each profile's last full reading of its portal on disk, so the window can show it at
// once on the next start while the portal is read again. Only complete readings are stored: a
// snapshot never stands for a portal that was half read.
class SnapshotController : public QObject {
    Q_OBJECT
public:
    // A preload of hundreds of pairs is written once, this long after its last pair.
    static constexpr int DefaultStoreDelayMs = 500;

    explicit SnapshotController(QString directory = defaultDirectory(), QObject *parent = nullptr,
                                int storeDelayMs = DefaultStoreDelayMs);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);

    // The stored snapshot of a profile, if there is a readable one.
    std::optional<PortalSchema> load(const QString &profileId) const;
    // Stores the session's schema whenever it is complete: after the preload and after writes.
    void watch(models::PortalSession *session, const QString &profileId);
    void forget(const QString &profileId) const;

    // How long a complete reading waits before it is stored (changes meanwhile restart it).
    void setStoreDelay(int ms) { m_debounce.setInterval(ms); }
    int storeDelay() const { return m_debounce.interval(); }
    // A complete reading waits to be stored: stored() follows unless the session goes first.
    bool isStorePending() const { return m_debounce.isActive(); }

signals:
    void stored(const QString &profileId);

private:
    void storeNow();

    QString m_directory;
    QPointer<models::PortalSession> m_session;
    QString m_profileId;
    QTimer m_debounce;
};

} // namespace assoc::app
