// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace assoc::app {

// A non-blocking strip above the content: HubSpot's message with its correlation id, Retry
// (when the failed step can be repeated), Details, and Close.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // retryAction empty: nothing to repeat, so no Retry button.
    void showError(const ApiError &error, const QString &retryAction = {});
    void dismiss();

    QString message() const;
    QString retryAction() const { return m_retryAction; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *detailsButton() const { return m_detailsButton; }
    bool isDetailsShown() const;

signals:
    void retryRequested(const QString &action);

private:
    QLabel *m_icon;
    QLabel *m_message;
    QPushButton *m_retry;
    QPushButton *m_detailsButton;
    QToolButton *m_close;
    QPlainTextEdit *m_details;
    QString m_retryAction;
};

} // namespace assoc::app
