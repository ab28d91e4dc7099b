// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectTypePair.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace assoc::models {
class ObjectTypeTreeModel;
class TreeFilterProxyModel;
} // namespace assoc::models

namespace assoc::app {

// The left side: a filter box over the tree of object types and their pairs.
class PairTreePanel : public QWidget {
    Q_OBJECT
public:
    explicit PairTreePanel(models::ObjectTypeTreeModel *model, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *treeView() const { return m_tree; }
    models::TreeFilterProxyModel *proxy() const { return m_proxy; }

    ObjectTypePair currentPair() const;
    // Selects and shows the pair, clearing the filter if it hides it.
    bool selectPair(const ObjectTypePair &pair);
    // Scrolls to the type and expands it, keeping the selected pair.
    void showType(const QString &typeId);
    void focusFilter();

signals:
    void pairSelected(const assoc::ObjectTypePair &pair);

private:
    void onCurrentChanged();
    void onFilterChanged(const QString &text);

    models::ObjectTypeTreeModel *m_model;
    models::TreeFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    ObjectTypePair m_current;
};

} // namespace assoc::app
