// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace assoc::app {

// Draws a pair's label usage in a warning colour once it nears the per-pair maximum.
class UsageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace assoc::app
