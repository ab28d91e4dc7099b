// SPDX-License-Identifier: MIT
#include "TreeFilterProxyModel.h"

#include "ModelRoles.h"

namespace assoc::models {

TreeFilterProxyModel::TreeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true); // a matching pair keeps its type
    setDynamicSortFilter(true);         // labels arrive later and may match then
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TreeFilterProxyModel::setFilterText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool TreeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Type rows are kept through their matching pairs (recursive filtering); a pair's text
    // includes both type names, so a type that matches keeps all of its pairs.
    if (!index.data(IsPairRole).toBool())
        return false;
    return index.data(SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace assoc::models
