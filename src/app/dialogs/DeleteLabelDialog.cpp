// SPDX-License-Identifier: MIT
#include "DeleteLabelDialog.h"

#include "core/SchemaPlan.h"
#include "ui_DeleteLabelDialog.h"

#include <QPushButton>
#include <QStyle>

namespace assoc::app {

namespace {
QString textOf(const AssociationLabel &label) {
    return label.label.value_or(QString());
}

// "typeId 144 · at most 5 records": the direction's id and the limit deleted with it.
QString describe(const AssociationLabel &label, std::optional<int> limit) {
    return DeleteLabelDialog::tr("typeId %1 · %2")
        .arg(label.typeId)
        .arg(PlanChange::limitText(limit));
}
} // namespace

DeleteLabelDialog::DeleteLabelDialog(const QString &pairName, const QString &inversePairName,
                                     const QList<DeleteTarget> &targets, QWidget *parent)
    : BulkChangeDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteLabelDialog>())
    , m_targets(targets) {
    m_ui->setupUi(this);
    setUpBulk(m_ui->changeList, m_ui->buttons, m_ui->errorPanel);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    const int n = int(targets.size());
    if (n == 1) {
        const DeleteTarget &t = targets.first();
        const bool paired = t.inverse && t.inverse->label != t.label.label;
        m_ui->headline->setText(
            paired ? tr("Delete the paired label %1?")
                         .arg(PlanChange::labelWithInverse(textOf(t.label), textOf(*t.inverse)))
                   : tr("Delete the label %1?").arg(PlanChange::quotedLabel(textOf(t.label))));
    } else {
        m_ui->headline->setText(tr("Delete %n label(s) of %1?", nullptr, n).arg(pairName));
    }
    QFont headFont = m_ui->headline->font();
    headFont.setBold(true);
    m_ui->headline->setFont(headFont);
    m_ui->consequencesLabel->setText(
        tr("Associations that use the %n label(s) lose them, and the limits set for them are "
           "removed with them. This cannot be undone.",
           nullptr, n));

    // A same-object pair reads the same both ways: say which column is the other direction.
    const QString inverseHeading = inversePairName == pairName
                                       ? tr("%1 (other direction)").arg(inversePairName)
                                       : inversePairName;
    m_ui->changeList->setColumns({tr("Label"), pairName, inverseHeading});
    QList<QStringList> rows;
    for (const DeleteTarget &t : targets)
        rows.append(cellsOf(t));
    m_ui->changeList->setItems(rows);

    QPushButton *del = confirmButton();
    del->setText(n == 1 ? tr("&Delete") : tr("&Delete %n Labels", nullptr, n));
    del->setToolTip(tr("Delete the label(s) in HubSpot.", nullptr, n));
    del->setAutoDefault(false);
    QPushButton *cancel = cancelButton();
    cancel->setDefault(true);
    cancel->setFocus();
}

DeleteLabelDialog::~DeleteLabelDialog() = default;

QStringList DeleteLabelDialog::cellsOf(const DeleteTarget &t) const {
    const std::optional<QString> inverse =
        t.inverse ? std::optional<QString>(textOf(*t.inverse)) : std::nullopt;
    return {PlanChange::labelWithInverse(textOf(t.label), inverse), describe(t.label, t.limit),
            t.inverse ? describe(*t.inverse, t.inverseLimit) : tr("the same type both ways")};
}

void DeleteLabelDialog::setTarget(int index, const DeleteTarget &target) {
    if (index < 0 || index >= m_targets.size())
        return;
    m_targets[index] = target;
    m_ui->changeList->setItem(index, cellsOf(target));
}

} // namespace assoc::app
