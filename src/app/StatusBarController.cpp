// SPDX-License-Identifier: MIT
#include "StatusBarController.h"

#include "models/PortalSession.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace assoc::app {

using models::PortalSession;

StatusBarController::StatusBarController(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_portal(new QLabel(bar))
    , m_state(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar)) {
    m_portal->setObjectName(QStringLiteral("portalLabel"));
    m_state->setObjectName(QStringLiteral("connectionLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setFormat(tr("Loading %v of %m pairs"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel->setObjectName(QStringLiteral("cancelLoading"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading the remaining pairs in the background"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    bar->addWidget(m_portal);
    bar->addWidget(m_state);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->cancelPreload();
    });
    updatePortal();
    updateState();
}

void StatusBarController::setSession(PortalSession *session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &PortalSession::portalInfoChanged, this,
                &StatusBarController::updatePortal);
        connect(session, &PortalSession::connectionStateChanged, this,
                &StatusBarController::updateState);
        connect(session, &PortalSession::loadProgress, this, &StatusBarController::updateProgress);
    }
    updatePortal();
    updateState();
    updateProgress(0, 0);
}

QString StatusBarController::portalText() const {
    return m_portal->text();
}

QString StatusBarController::stateText() const {
    return m_state->text();
}

void StatusBarController::updatePortal() {
    if (!m_session || m_session->schema().portal.portalId == 0) {
        m_portal->setText(m_session ? m_session->client()->config().baseUrl.host() : QString());
        return;
    }
    const PortalInfo &info = m_session->schema().portal;
    m_portal->setText(info.uiDomain.isEmpty()
                          ? tr("Portal %1").arg(info.portalId)
                          : tr("Portal %1 · %2").arg(info.portalId).arg(info.uiDomain));
}

void StatusBarController::updateState() {
    if (!m_session) {
        m_state->setText(tr("Not connected"));
        return;
    }
    switch (m_session->connectionState()) {
    case PortalSession::ConnectionState::Disconnected:
        m_state->setText(tr("Not connected"));
        break;
    case PortalSession::ConnectionState::Connecting:
        m_state->setText(tr("Connecting…"));
        break;
    case PortalSession::ConnectionState::Connected:
        m_state->setText(tr("Connected"));
        break;
    case PortalSession::ConnectionState::Failed:
        m_state->setText(tr("Connection failed"));
        break;
    }
}

void StatusBarController::updateProgress(int done, int total) {
    const bool loading = total > 0 && done < total;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
}

} // namespace assoc::app
