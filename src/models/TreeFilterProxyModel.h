// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace assoc::models {

// Narrows the object type tree to the pairs whose type names, type ids or label texts contain
// the filter text as a phrase (case-insensitive), keeping the types such pairs belong to.
class TreeFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TreeFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace assoc::models
