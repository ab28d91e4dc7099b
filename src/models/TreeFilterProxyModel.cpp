// SPDX-License-Identifier: MIT
#include "TreeFilterProxyModel.h"

#include "ModelRoles.h"

#include <utility>

namespace assoc::models {

TreeFilterProxyModel::TreeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true); // a matching pair keeps its type
    setDynamicSortFilter(true);         // labels arrive later and may match then
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TreeFilterProxyModel::setSourceModel(QAbstractItemModel *model) {
    if (sourceModel())
        sourceModel()->disconnect(this);
    QSortFilterProxyModel::setSourceModel(model);
    forgetAccepted();
    if (!model)
        return;
    // Rows that move or change may match now; their remembered verdicts no longer hold.
    connect(model, &QAbstractItemModel::modelReset, this, &TreeFilterProxyModel::forgetAccepted);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TreeFilterProxyModel::forgetAccepted);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TreeFilterProxyModel::forgetAccepted);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TreeFilterProxyModel::forgetAccepted);
    connect(model, &QAbstractItemModel::dataChanged, this, &TreeFilterProxyModel::forgetAccepted);
}

void TreeFilterProxyModel::setFilterText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    const QString folded = trimmed.toCaseFolded();
    m_narrowing = m_acceptedValid && !m_folded.isEmpty() && folded.contains(m_folded);
    m_previous = std::exchange(m_accepted, {});
    m_text = trimmed;
    m_folded = folded;
    invalidateFilter();
    m_narrowing = false;
    m_acceptedValid = !m_folded.isEmpty();
}

bool TreeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_folded.isEmpty())
        return true;
    // Type rows are kept through their matching pairs (recursive filtering); a pair's text
    // includes both type names, so a type that matches keeps all of its pairs.
    if (!sourceParent.isValid())
        return false;
    const quint64 key = rowKey(sourceRow, sourceParent);
    if (m_narrowing && !m_previous.contains(key))
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!index.data(SearchTextRole).toString().contains(m_folded))
        return false;
    m_accepted.insert(key);
    return true;
}

} // namespace assoc::models
