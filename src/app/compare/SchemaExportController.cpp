// SPDX-License-Identifier: MIT
#include "SchemaExportController.h"

#include "api/PortalLoader.h"
#include "auth/Redactor.h"
#include "core/SchemaFile.h"
#include "models/PortalSession.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace assoc::app {

SchemaExportController::SchemaExportController(QWidget *window, QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_bar(bar)
    , m_busy(new QWidget(bar))
    , m_label(new QLabel(tr("Exporting the schema…"), m_busy))
    , m_progress(new QProgressBar(m_busy))
    , m_cancel(new QToolButton(m_busy)) {
    m_busy->setObjectName(QStringLiteral("exportProgress"));
    auto *layout = new QHBoxLayout(m_busy);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel exporting"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_cancel->setToolTip(tr("Stop exporting; no file is written."));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &SchemaExportController::cancel);
    m_bar->addWidget(m_busy);
    m_busy->setVisible(false);
}

QMessageBox *SchemaExportController::errorBox() const {
    return m_errorBox;
}

void SchemaExportController::setSession(models::PortalSession *session) {
    if (m_session != session)
        cancel();
    m_session = session;
}

void SchemaExportController::exportSchema() {
    if (!m_session || isExporting())
        return;
    const qint64 portalId = m_session->schema().portal.portalId;
    auto *dialog = new QFileDialog(m_window, tr("Export Schema"), QDir::homePath(),
                                   tr("Schema files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportSchemaDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(portalId ? QStringLiteral("portal-%1-schema.json").arg(portalId)
                                : QStringLiteral("portal-schema.json"));
    connect(dialog, &QFileDialog::fileSelected, this, &SchemaExportController::exportTo);
    dialog->open();
}

void SchemaExportController::exportTo(const QString &path) {
    if (isExporting())
        return;
    if (!m_session || !m_session->client()) {
        fail(tr("No portal is open: connect to one first."));
        return;
    }
    // A complete, fresh read: the session may not have read every pair yet.
    auto *loader = new PortalLoader(m_session->client(), m_session->client());
    auto *call = loader->load(Priority::UserAction);
    m_call = call;
    setBusy(true);
    connect(call, &ApiCall::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    call->then(this, [this, loader, path](const ApiResult<PortalSchema> &result) {
        loader->deleteLater();
        setBusy(false);
        if (!result) {
            if (result.error().kind == ApiError::Kind::Canceled) {
                m_bar->showMessage(tr("Export cancelled; no file was written."), 5000);
                emit failed(auth::Redactor::forDisplay(result.error().userMessage()));
                return;
            }
            fail(result.error().userMessage(), result.error().details());
            return;
        }
        if (const auto written = SchemaFile::write(path, result.value()); !written) {
            fail(written.error());
            return;
        }
        m_bar->showMessage(tr("Exported the schema of portal %1 to %2.")
                               .arg(result.value().portal.portalId)
                               .arg(QDir::toNativeSeparators(path)),
                           8000);
        emit exported(path);
    });
    // If the portal is closed meanwhile its client takes the load with it: end the export too.
    connect(call, &QObject::destroyed, this, [this] {
        if (!m_busy->isHidden())
            setBusy(false);
    });
}

void SchemaExportController::cancel() {
    if (m_call)
        m_call->cancel();
}

void SchemaExportController::setBusy(bool busy) {
    m_progress->setRange(0, 0);
    m_busy->setVisible(busy);
    m_cancel->setEnabled(busy);
}

void SchemaExportController::fail(const QString &message, const QString &details) {
    if (m_errorBox)
        m_errorBox->close();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Export Schema"),
                        tr("The schema could not be exported."), QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("exportError"));
    // HubSpot's words may echo what was sent; nothing secret reaches the box.
    box->setInformativeText(auth::Redactor::forDisplay(message));
    box->setDetailedText(auth::Redactor::forDisplay(details));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox = box;
    box->open();
    emit failed(auth::Redactor::forDisplay(message));
}

} // namespace assoc::app
