// SPDX-License-Identifier: MIT
#include "DialogBusyState.h"

namespace assoc::app {

DialogBusyState::DialogBusyState(QWidget *dialog)
    : m_dialog(dialog) {}

void DialogBusyState::setInputs(const QList<QWidget *> &inputs) {
    m_inputs.clear();
    for (QWidget *input : inputs)
        m_inputs.append({input, true});
}

void DialogBusyState::setIndicator(QWidget *indicator) {
    m_indicator = indicator;
    if (m_indicator)
        m_indicator->setVisible(m_busy);
}

bool DialogBusyState::setBusy(bool busy) {
    if (busy == m_busy)
        return false;
    m_busy = busy;
    if (busy) {
        m_focusBefore = m_dialog->focusWidget();
        m_dialog->setFocus(Qt::OtherFocusReason);
        for (Input &input : m_inputs) {
            if (!input.widget)
                continue;
            // The widget's own flag, not isEnabled(): a disabled parent must not be mistaken
            // for a disabled input.
            input.enabledBefore = !input.widget->testAttribute(Qt::WA_ForceDisabled);
            input.widget->setEnabled(false);
        }
        m_dialog->setCursor(Qt::BusyCursor);
    } else {
        for (const Input &input : std::as_const(m_inputs)) {
            if (input.widget)
                input.widget->setEnabled(input.enabledBefore);
        }
        m_dialog->unsetCursor();
    }
    if (m_indicator)
        m_indicator->setVisible(busy);
    if (m_update)
        m_update();
    if (!busy && m_focusBefore && m_focusBefore->isEnabled() && m_focusBefore->isVisible())
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace assoc::app
