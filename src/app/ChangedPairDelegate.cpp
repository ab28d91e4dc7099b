// SPDX-License-Identifier: MIT
#include "ChangedPairDelegate.h"

#include "models/ModelRoles.h"

namespace assoc::app {

void ChangedPairDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(models::ChangedRole).toBool())
        return;
    option->font.setBold(true);
    if (index.column() == 0)
        option->text = QStringLiteral("● ") + option->text;
}

} // namespace assoc::app
