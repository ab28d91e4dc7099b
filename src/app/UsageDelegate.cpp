// SPDX-License-Identifier: MIT
#include "UsageDelegate.h"

#include "PaletteColours.h"
#include "models/ModelRoles.h"

namespace assoc::app {

void UsageDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(models::UsageWarningRole).toBool())
        return;
    option->palette.setColor(QPalette::Text, colours::warningText(option->palette));
    option->font.setBold(true);
}

} // namespace assoc::app
