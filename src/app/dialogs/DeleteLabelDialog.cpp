// SPDX-License-Identifier: MIT
#include "DeleteLabelDialog.h"

#include "ui_DeleteLabelDialog.h"

#include <QPushButton>
#include <QStyle>

namespace assoc::app {

namespace {
QString describe(const AssociationLabel &label, std::optional<int> limit) {
    const QString text =
        DeleteLabelDialog::tr("“%1” (typeId %2)").arg(label.displayText()).arg(label.typeId);
    const QString limitText =
        limit ? DeleteLabelDialog::tr("its limit of at most %L1 records is removed").arg(*limit)
              : DeleteLabelDialog::tr("no limit set");
    return DeleteLabelDialog::tr("%1 — %2").arg(text, limitText);
}
} // namespace

DeleteLabelDialog::DeleteLabelDialog(const QString &pairName, const AssociationLabel &forward,
                                     std::optional<int> forwardLimit,
                                     const QString &inversePairName,
                                     const std::optional<AssociationLabel> &inverse,
                                     std::optional<int> inverseLimit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteLabelDialog>()) {
    m_ui->setupUi(this);
    m_ui->busyBar->setVisible(false);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    const bool paired = inverse && inverse->label != forward.label;
    m_ui->headline->setText(paired ? tr("Delete the paired label “%1” / “%2”?")
                                         .arg(forward.displayText(), inverse->displayText())
                                   : tr("Delete the label “%1”?").arg(forward.displayText()));
    QFont headFont = m_ui->headline->font();
    headFont.setBold(true);
    m_ui->headline->setFont(headFont);

    for (QLabel *heading : {m_ui->forwardPairLabel, m_ui->inversePairLabel}) {
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
    }
    m_ui->forwardPairLabel->setText(pairName);
    m_ui->forwardText->setText(describe(forward, forwardLimit));
    m_ui->forwardText->setAccessibleName(tr("Label and limit, %1").arg(pairName));
    if (inverse) {
        m_ui->inversePairLabel->setText(inversePairName);
        m_ui->inverseText->setText(describe(*inverse, inverseLimit));
        m_ui->inverseText->setAccessibleName(tr("Label and limit, %1").arg(inversePairName));
    } else {
        m_ui->inversePairLabel->setVisible(false);
        m_ui->inverseText->setVisible(false);
    }

    QPushButton *del = m_ui->buttons->button(QDialogButtonBox::Ok);
    del->setText(tr("&Delete"));
    del->setToolTip(tr("Delete the label in HubSpot."));
    del->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy)
            emit submitRequested();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    cancel->setFocus();
}

DeleteLabelDialog::~DeleteLabelDialog() = default;

void DeleteLabelDialog::setBusy(bool busy) {
    if (busy && !m_busy) {
        // Park the focus on the dialog: a disabled input would hand it to Cancel,
        // which would then take Enter.
        m_focusBeforeBusy = focusWidget();
        setFocus(Qt::OtherFocusReason);
    }
    const bool wasBusy = m_busy;
    m_busy = busy;
    if (busy)
        m_ui->errorPanel->clear();
    m_ui->busyBar->setVisible(busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    if (wasBusy && !busy && m_focusBeforeBusy && m_focusBeforeBusy->isEnabled() &&
        m_focusBeforeBusy->isVisible())
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
}

void DeleteLabelDialog::showServerError(const ApiError &error) {
    setBusy(false);
    m_ui->errorPanel->showError(error);
}

} // namespace assoc::app
