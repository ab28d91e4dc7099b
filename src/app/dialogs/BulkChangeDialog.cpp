// SPDX-License-Identifier: MIT
#include "BulkChangeDialog.h"

#include "BulkChangeList.h"
#include "ErrorPanel.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QPushButton>

namespace assoc::app {

BulkChangeDialog::BulkChangeDialog(QWidget *parent)
    : QDialog(parent) {}

void BulkChangeDialog::setUpBulk(BulkChangeList *list, QDialogButtonBox *buttons,
                                 ErrorPanel *errorPanel) {
    m_list = list;
    m_buttons = buttons;
    m_errorPanel = errorPanel;
    m_cancelText = cancelButton()->text();
    m_busyState.setUpdate([this] { updateRunning(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isRunning() && canSubmit())
            emit submitRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkChangeDialog::reject);
}

QPushButton *BulkChangeDialog::confirmButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *BulkChangeDialog::cancelButton() const {
    return m_buttons->button(QDialogButtonBox::Cancel);
}

void BulkChangeDialog::updateConfirm() {
    confirmButton()->setEnabled(!isRunning() && canSubmit());
}

void BulkChangeDialog::setRunning(bool running) {
    m_busyState.setBusy(running);
}

void BulkChangeDialog::updateRunning() {
    const bool running = m_busyState.isBusy();
    if (running) {
        m_errorPanel->clear();
        m_ranBefore = true;
    }
    updateConfirm();
    QPushButton *cancel = cancelButton();
    if (running) {
        cancel->setText(tr("&Stop"));
        cancel->setToolTip(tr("Stop after the change being made now; the others are not started."));
    } else {
        cancel->setText(m_ranBefore ? tr("&Close") : m_cancelText);
        cancel->setToolTip(m_ranBefore ? tr("Close, leaving what was not done as it is.")
                                       : QString());
    }
}

void BulkChangeDialog::showRunEnded(const QString &message) {
    setRunning(false);
    m_errorPanel->showMessage(message);
    growToFit();
}

void BulkChangeDialog::showServerError(const ApiError &error) {
    setRunning(false);
    m_errorPanel->showError(error);
    growToFit();
}

void BulkChangeDialog::growToFit() {
    // Wrapped texts (outcomes, messages) need more height at this width than a window's
    // minimum size says: grow to what the layout needs, never shrink what the person chose.
    QLayout *top = layout();
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                : top->totalMinimumSize().height();
    if (needed > height())
        resize(width(), needed);
}

void BulkChangeDialog::reject() {
    // Closing while changes are being made would abandon the ones not started without a word:
    // stop them, and stay open to show how each ended.
    if (isRunning()) {
        emit stopRequested();
        return;
    }
    QDialog::reject();
}

} // namespace assoc::app
