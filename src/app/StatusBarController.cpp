// SPDX-License-Identifier: MIT
#include "StatusBarController.h"

#include "api/RequestScheduler.h"
#include "models/PortalSession.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace assoc::app {

using models::PortalSession;

StatusBarController::StatusBarController(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_demo(new QLabel(bar))
    , m_portal(new QLabel(bar))
    , m_state(new QLabel(bar))
    , m_snapshot(new QLabel(bar))
    , m_circuit(new QLabel(bar))
    , m_unavailable(new QLabel(bar))
    , m_http2(new QLabel(bar))
    , m_tryNow(new QToolButton(bar))
    , m_circuitEnds(new QTimer(this))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar)) {
    m_demo->setObjectName(QStringLiteral("demoLabel"));
    m_demo->setText(tr("DEMO"));
    m_demo->setToolTip(tr("The demo portal: sample data on this computer; nothing reaches "
                          "HubSpot and it is not saved as a profile."));
    m_demo->setAccessibleName(tr("Demo portal"));
    // A badge in the palette's highlight colours, so it reads in light, dark and high-contrast
    // themes alike.
    m_demo->setAutoFillBackground(true);
    m_demo->setForegroundRole(QPalette::HighlightedText);
    m_demo->setBackgroundRole(QPalette::Highlight);
    m_demo->setContentsMargins(6, 0, 6, 0);
    QFont bold = m_demo->font();
    bold.setBold(true);
    m_demo->setFont(bold);
    m_demo->hide();
    m_portal->setObjectName(QStringLiteral("portalLabel"));
    m_state->setObjectName(QStringLiteral("connectionLabel"));
    m_snapshot->setObjectName(QStringLiteral("snapshotLabel"));
    m_circuit->setObjectName(QStringLiteral("circuitLabel"));
    m_unavailable->setObjectName(QStringLiteral("unavailableTypesLabel"));
    m_http2->setObjectName(QStringLiteral("http2Label"));
    m_http2->setText(tr("HTTP/1.1 only: slower loads"));
    m_tryNow->setObjectName(QStringLiteral("tryNow"));
    m_tryNow->setText(tr("Try Now"));
    m_tryNow->setToolTip(tr("Send requests again now instead of waiting for the pause to end"));
    m_circuitEnds->setSingleShot(true);
    connect(m_circuitEnds, &QTimer::timeout, this, [this] { updateCircuit(false, {}); });
    connect(m_tryNow, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->client()->scheduler()->closeCircuit();
        updateCircuit(false, {});
        emit tryNowClicked();
    });
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel->setObjectName(QStringLiteral("cancelLoading"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading the remaining pairs in the background"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    bar->addWidget(m_demo);
    bar->addWidget(m_portal);
    bar->addWidget(m_state);
    bar->addWidget(m_snapshot);
    bar->addWidget(m_unavailable);
    m_unavailable->hide();
    bar->addPermanentWidget(m_http2);
    m_http2->hide();
    bar->addPermanentWidget(m_circuit);
    bar->addPermanentWidget(m_tryNow);
    m_circuit->hide();
    m_tryNow->hide();
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
        connect(session, &PortalSession::snapshotRefreshed, this,
                &StatusBarController::snapshotRefreshed);
        connect(session, &PortalSession::unavailableTypesChanged, this,
                &StatusBarController::updateUnavailable);
        connect(session->client()->scheduler(), &RequestScheduler::circuitChanged, this,
                &StatusBarController::updateCircuit);
        connect(session->client()->scheduler(), &RequestScheduler::http2Unavailable, this,
                [this](const QString &notice) {
                    m_http2->setToolTip(notice);
                    m_http2->setAccessibleDescription(notice);
                    m_http2->show();
                });
    }
    m_http2->hide();
    updateCircuit(false, {});
    m_snapshotTakenAt = session ? session->snapshotTakenAt() : QDateTime();
    updatePortal();
    updateState();
    updateSnapshot();
    updateUnavailable();
    updateProgress(0, 0);
}

QString StatusBarController::unavailableText() const {
    return m_unavailable->isVisibleTo(m_unavailable->parentWidget()) ? m_unavailable->toolTip()
                                                                     : QString();
}

void StatusBarController::updateUnavailable() {
    const QList<UnavailableObjectType> types =
        m_session ? m_session->schema().unavailableTypes : QList<UnavailableObjectType>();
    m_unavailable->setVisible(!types.isEmpty());
    if (types.isEmpty()) {
        m_unavailable->clear();
        return;
    }
    QStringList names;
    for (const UnavailableObjectType &t : types)
        names.append(t.type.displayName());
    // The names fit the bar; the reasons, HubSpot's words included, are in the tooltip.
    m_unavailable->setText(tr("Not available: %1").arg(names.join(QStringLiteral(", "))));
    QStringList reasons;
    for (const UnavailableObjectType &t : types)
        reasons.append(t.describe());
    m_unavailable->setToolTip(reasons.join(QLatin1Char('\n')));
}

void StatusBarController::setDemo(bool demo) {
    m_demo->setVisible(demo);
}

QString StatusBarController::demoText() const {
    return m_demo->isHidden() ? QString() : m_demo->text();
}

QString StatusBarController::portalText() const {
    return m_portal->text();
}

QString StatusBarController::http2Text() const {
    return m_http2->isHidden() ? QString() : m_http2->toolTip();
}

QString StatusBarController::stateText() const {
    return m_state->text();
}

QString StatusBarController::snapshotText() const {
    return m_snapshot->text();
}

QString StatusBarController::circuitText() const {
    return m_circuit->isVisibleTo(m_circuit->parentWidget()) ? m_circuit->text() : QString();
}

void StatusBarController::updateCircuit(bool open, const QDateTime &until) {
    m_circuit->setVisible(open);
    m_tryNow->setVisible(open);
    if (!open) {
        m_circuitEnds->stop();
        return;
    }
    m_circuit->setText(
        tr("Paused after repeated failures until %1")
            .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
    m_circuit->setToolTip(tr("HubSpot or the network failed several times in a row, so the app "
                             "waits before sending more requests."));
    m_circuitEnds->start(int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(until))));
}

void StatusBarController::updateSnapshot() {
    const bool showing = m_session && m_session->isShowingSnapshot();
    m_snapshot->setVisible(showing);
    if (!showing) {
        m_snapshot->clear();
        return;
    }
    const QString when = QLocale().toString(m_snapshotTakenAt.toLocalTime(), QLocale::ShortFormat);
    m_snapshot->setText(tr("Showing the portal as of %1; reading it again…").arg(when));
    m_snapshot->setToolTip(tr("What you see was saved when the app last read this portal. It is "
                              "replaced pair by pair as the portal answers; changed pairs are "
                              "shown in bold."));
}

void StatusBarController::snapshotRefreshed() {
    const QString when = QLocale().toString(m_snapshotTakenAt.toLocalTime(), QLocale::ShortFormat);
    const int pairs = m_session ? int(m_session->pairsChangedSinceSnapshot().size()) : 0;
    m_snapshot->setText(
        pairs == 0
            ? tr("Up to date; nothing changed since %1.").arg(when)
            : tr("Up to date; %n pair(s) changed since %1 (in bold).", nullptr, pairs).arg(when));
    m_snapshot->setVisible(true);
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
    // %v is the progress bar's own placeholder; %n picks the plural form of the total.
    m_progress->setFormat(tr("Loading %v of %n pair(s)", nullptr, total));
    m_progress->setValue(done);
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
}

} // namespace assoc::app
