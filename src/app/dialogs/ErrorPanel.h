// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace assoc::app {

// The error area of the editing dialogs: HubSpot's message in selectable text (userMessage(),
// which carries the correlation id) and a collapsed "Details" expander with details().
// Used in the .ui files as a promoted widget.
class ErrorPanel : public QFrame {
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    // A message of our own, without details.
    void showMessage(const QString &message);
    void clear();

    QString message() const;
    QString detailsText() const;
    bool isDetailsExpanded() const;
    void setDetailsExpanded(bool expanded);

private:
    QLabel *m_message = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace assoc::app
