// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>

namespace assoc::app {

// What a dialog looks like while it waits for an answer: its inputs disabled (so nothing typed
// can change under the request), a progress indicator shown, the busy cursor, and the focus
// parked on the dialog — a disabled input would hand it to Cancel, which would then take
// Enter. Leaving the busy state gives each input back the enabled state it had before and the
// focus back to where it was. One per dialog; the dialog keeps its own rules for its buttons.
class DialogBusyState {
public:
    explicit DialogBusyState(QWidget *dialog);

    // The widgets disabled while busy.
    void setInputs(const QList<QWidget *> &inputs);
    // Shown only while busy (a progress bar); may be null.
    void setIndicator(QWidget *indicator);
    // Called on each change of the state, after the inputs and before the focus returns.
    void setUpdate(std::function<void()> update) { m_update = std::move(update); }

    bool isBusy() const { return m_busy; }
    // Enters or leaves the busy state; false (and nothing done) when already in it.
    bool setBusy(bool busy);

private:
    struct Input {
        QPointer<QWidget> widget;
        bool enabledBefore = true;
    };

    QWidget *m_dialog;
    QList<Input> m_inputs;
    QPointer<QWidget> m_indicator;
    std::function<void()> m_update;
    QPointer<QWidget> m_focusBefore;
    bool m_busy = false;
};

} // namespace assoc::app
