// SPDX-License-Identifier: MIT
#pragma once

#include "models/PortalSession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;

namespace assoc::app {

// The status bar: which portal, whether it is connected, and how far the background loading
// is, with a button to stop it.
class StatusBarController : public QObject {
    Q_OBJECT
public:
    explicit StatusBarController(QStatusBar *bar, QObject *parent = nullptr);

    void setSession(models::PortalSession *session);
    // Marks the connection as the demo portal (a badge before the portal's name).
    void setDemo(bool demo);
    // The badge's text while the demo portal is shown, else empty.
    QString demoText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    QString portalText() const;
    QString stateText() const;
    // "As of …" while the snapshot cache is shown; afterwards what changed since it.
    QString snapshotText() const;
    // Shown while the circuit breaker holds requests back, with "Try now".
    QString circuitText() const;
    // Chosen object types that could not be read, each with its reason; empty when none.
    QString unavailableText() const;
    QToolButton *tryNowButton() const { return m_tryNow; }
    // Shown once HubSpot answered over HTTP/1.1 although HTTP/2 is on (loads are slower).
    QString http2Text() const;

signals:
    // The user closed the circuit breaker: what failed meanwhile may be repeated.
    void tryNowClicked();

private:
    void updatePortal();
    void updateState();
    void updateProgress(int done, int total);
    void updateSnapshot();
    void updateCircuit(bool open, const QDateTime &until);
    void snapshotRefreshed();
    void updateUnavailable();

    QPointer<models::PortalSession> m_session;
    QLabel *m_demo;
    QLabel *m_portal;
    QLabel *m_state;
    QLabel *m_snapshot;
    QLabel *m_circuit;
    QLabel *m_unavailable;
    QLabel *m_http2;
    QToolButton *m_tryNow;
    QTimer *m_circuitEnds;
    QDateTime m_snapshotTakenAt;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace assoc::app
