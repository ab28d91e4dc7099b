// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QMessageBox;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace assoc {
class ApiCall;
}
namespace assoc::models {
class PortalSession;
}

namespace assoc::app {

// File → Export Schema…: reads the whole portal open in the main window (progress and Cancel in
// the status bar), then writes it as a schema document (docs/schema-format.md) in one go, so a
// failed or cancelled export never leaves half a file behind.
class SchemaExportController : public QObject {
    Q_OBJECT
public:
    // `window` parents the file and error dialogs; the progress goes into `bar`.
    SchemaExportController(QWidget *window, QStatusBar *bar, QObject *parent = nullptr);

    void setSession(models::PortalSession *session);
    // Asks where to save, then exportTo() there.
    void exportSchema();
    void exportTo(const QString &path);
    bool isExporting() const { return !m_call.isNull(); }
    void cancel();

    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    // Named "exportError": the error shown when the export failed (open, not exec()'d).
    QMessageBox *errorBox() const;

signals:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    void setBusy(bool busy);
    void fail(const QString &message, const QString &details = {});

    QWidget *m_window;
    QStatusBar *m_bar;
    QWidget *m_busy;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QPointer<models::PortalSession> m_session;
    QPointer<ApiCall> m_call;
    QPointer<QMessageBox> m_errorBox;
};

} // namespace assoc::app
