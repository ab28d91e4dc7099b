// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace assoc::app {

// Shows in bold, with a marker, the pairs that differ from the snapshot the window opened with,
// so the user sees at a glance what changed in the portal since the app last read it.
class ChangedPairDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace assoc::app
