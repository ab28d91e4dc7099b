// SPDX-License-Identifier: MIT
#include "UsageDelegate.h"

#include "models/ModelRoles.h"

namespace assoc::app {

void UsageDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(models::UsageWarningRole).toBool())
        return;
    option->palette.setColor(QPalette::Text, QColor(0xb4, 0x53, 0x09));
    option->font.setBold(true);
}

} // namespace assoc::app
