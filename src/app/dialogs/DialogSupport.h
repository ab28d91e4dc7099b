// SPDX-License-Identifier: MIT
#pragma once

// Small helpers shared by the editing dialogs (free functions, no class).

#include "app/PaletteColours.h"
#include "core/Validation.h"

#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <utility>

namespace assoc::app::dialogs {

// The messages of `issues` that concern `field`, one a line.
inline QString messagesFor(const QList<ValidationIssue> &issues, ValidationIssue::Field field) {
    QStringList out;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field && !out.contains(issue.message))
            out.append(issue.message);
    }
    return out.join(QLatin1Char('\n'));
}

// Styles a QLabel as an inline field message (red, selectable, wrapped, hidden when empty).
inline void prepareFieldMessage(QLabel *label) {
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, colours::errorText(pal));
    label->setPalette(pal);
    label->setVisible(false);
}

// Shows `message` next to its field, or hides the label when there is none. Returns whether a
// message is shown.
inline bool setFieldMessage(QLabel *label, const QString &message) {
    if (label->text() != message)
        label->setText(message);
    label->setVisible(!message.isEmpty());
    return !message.isEmpty();
}

// Puts the focus in the first field whose message is shown (fields in tab order), e.g. when
// Enter is pressed while the dialog's button is disabled. Returns whether one was found.
inline bool
focusFirstFieldWithMessage(std::initializer_list<std::pair<QLabel *, QLineEdit *>> fields) {
    for (const auto &[message, edit] : fields) {
        if (!message->isHidden()) {
            edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

// Makes a dialog of fields as tall as they need at its width, e.g. after some were shown or
// hidden: no empty band below them, no wrapped message cut off.
inline void fitHeightToContents(QWidget *dialog) {
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > 0 && needed != dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace assoc::app::dialogs
