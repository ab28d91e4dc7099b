// SPDX-License-Identifier: MIT
#include "ScreenshotTaker.h"

#include "ActionSet.h"
#include "LabelTablePanel.h"
#include "MainWindow.h"
#include "auth/Redactor.h"
#include "core/DocumentFile.h"
#include "dialogs/LimitImpactPanel.h"
#include "models/PortalSession.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QPixmap>
#include <QTimer>
#include <algorithm>

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
        QTimer::singleShot(
            0, this, m_dialog.isEmpty() ? &ScreenshotTaker::capture : &ScreenshotTaker::openDialog);
    }
}

QStringList ScreenshotTaker::dialogNames() {
    return {QStringLiteral("set-limit"), QStringLiteral("remove-limit")};
}

void ScreenshotTaker::openDialog() {
    if (!m_window)
        return fail(tr("The window was closed."));
    QAction *action = m_dialog == QLatin1String("set-limit") ? m_window->actions()->setLimit()
                      : m_dialog == QLatin1String("remove-limit")
                          ? m_window->actions()->removeLimit()
                          : nullptr;
    if (!action) {
        m_done = false;
        return fail(tr("No dialog is called \"%1\"; one of: %2.")
                        .arg(m_dialog, dialogNames().join(QStringLiteral(", "))));
    }
    const ObjectTypePair pair = m_window->currentPair();
    const PairSchema *schema = m_window->session()->schema().pair(pair);
    std::optional<LabelKey> withLimit;
    for (const AssociationLabel &label : schema ? schema->labels : QList<AssociationLabel>()) {
        if (label.category == AssociationCategory::UserDefined && schema->limitFor(label.key())) {
            withLimit = label.key();
            break;
        }
    }
    if (!withLimit || !m_window->tablePanel()->selectLabel(*withLimit) || !action->isEnabled()) {
        m_done = false;
        return fail(tr("The pair has no user-defined label with a limit."));
    }
    action->trigger();
    m_poll = new QTimer(this);
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &ScreenshotTaker::waitForDialog);
    m_poll->start();
}

// Until the dialog is shown and its impact panels have their reports (or two seconds passed).
void ScreenshotTaker::waitForDialog() {
    auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
    if (!dialog || !dialog->isVisible())
        return;
    const auto panels = dialog->findChildren<LimitImpactPanel *>();
    const bool reported = std::all_of(panels.begin(), panels.end(), [](LimitImpactPanel *p) {
        return !p->isVisible() || p->hasReport();
    });
    if (!reported && ++m_polls < 40)
        return;
    m_poll->stop();
    m_target = dialog;
    capture();
}

void ScreenshotTaker::capture() {
    if (!m_window) {
        fail(tr("The window was closed."));
        return;
    }
    m_timeout->stop();
    QWidget *target = m_target ? m_target.data() : m_window.data();
    const QPixmap image = target->grab();
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
