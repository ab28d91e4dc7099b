// SPDX-License-Identifier: MIT
#include "PairTreePanel.h"

#include "AppIcons.h"
#include "ChangedPairDelegate.h"
#include "UsageDelegate.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/TreeFilterProxyModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace assoc::app {

using models::ObjectTypeTreeModel;

PairTreePanel::PairTreePanel(ObjectTypeTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new models::TreeFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this)) {
    m_proxy->setSourceModel(model);

    m_filter->setObjectName(QStringLiteral("pairFilter"));
    m_filter->setPlaceholderText(tr("Filter by object, type ID or label"));
    m_filter->setAccessibleName(tr("Filter object types, pairs and labels"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(AppIcons::icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);

    m_tree->setObjectName(QStringLiteral("pairTree"));
    m_tree->setAccessibleName(tr("Object types and pairs"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setItemDelegate(new ChangedPairDelegate(m_tree));
    m_tree->setItemDelegateForColumn(ObjectTypeTreeModel::UsageColumn, new UsageDelegate(m_tree));
    m_tree->setColumnHidden(ObjectTypeTreeModel::IdColumn, true);
    m_tree->setColumnHidden(ObjectTypeTreeModel::KindColumn, true);
    m_tree->header()->setSectionResizeMode(ObjectTypeTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c : {ObjectTypeTreeModel::LabelsColumn, ObjectTypeTreeModel::LimitsColumn,
                  ObjectTypeTreeModel::UsageColumn})
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);
    setTabOrder(m_filter, m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &PairTreePanel::onFilterChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PairTreePanel::onCurrentChanged);
    // After a reset (new types) keep the pair the user was on.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_current.fromId.isEmpty()) {
            const ObjectTypePair keep = m_current;
            m_current = {};
            selectPair(keep);
        }
    });
}

ObjectTypePair PairTreePanel::currentPair() const {
    return m_current;
}

void PairTreePanel::onCurrentChanged() {
    const QModelIndex source = m_proxy->mapToSource(m_tree->currentIndex());
    const ObjectTypePair pair = m_model->pairAt(source);
    if (pair.fromId.isEmpty() || pair == m_current)
        return;
    m_current = pair;
    emit pairSelected(pair);
}

void PairTreePanel::onFilterChanged(const QString &text) {
    m_proxy->setFilterText(text);
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
    else if (!m_current.fromId.isEmpty())
        m_tree->scrollTo(m_proxy->mapFromSource(m_model->indexOfPair(m_current)));
}

bool PairTreePanel::selectPair(const ObjectTypePair &pair) {
    const QModelIndex source = m_model->indexOfPair(pair);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void PairTreePanel::showType(const QString &typeId) {
    const QModelIndex source = m_model->indexOfType(typeId);
    if (!source.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_tree->expand(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtTop);
}

void PairTreePanel::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace assoc::app
