// SPDX-License-Identifier: MIT
#pragma once

#include "models/PortalSession.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace assoc::app {

// The status bar: which portal, whether it is connected, and how far the background loading
// is, with a button to stop it.
class StatusBarController : public QObject {
    Q_OBJECT
public:
    explicit StatusBarController(QStatusBar *bar, QObject *parent = nullptr);

    void setSession(models::PortalSession *session);
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    QString portalText() const;
    QString stateText() const;

private:
    void updatePortal();
    void updateState();
    void updateProgress(int done, int total);

    QPointer<models::PortalSession> m_session;
    QLabel *m_portal;
    QLabel *m_state;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace assoc::app
