// SPDX-License-Identifier: MIT
#pragma once

#include "core/AssociationLabel.h"

#include <QWidget>
#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace assoc::models {
class LabelTableModel;
}

namespace assoc::app {

// The right side: the selected pair's labels in a sortable table, with a heading that names
// the pair and its label usage, and a placeholder while nothing is selected or loaded. Several
// labels can be selected for one action; the selection survives every update of the pair.
class LabelTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit LabelTablePanel(models::LabelTableModel *model, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    std::optional<AssociationLabel> currentLabel() const;
    // The selected labels in the order the table shows them.
    QList<AssociationLabel> selectedLabels() const;
    // Makes `key` the only selected label (and the current one).
    bool selectLabel(const LabelKey &key);
    // Selects exactly these labels; the first becomes the current one. False if one is not shown.
    bool selectLabels(const QList<LabelKey> &keys);

    void setHeading(const QString &title, const QString &usage, bool usageWarning);
    // Shows the table, or a placeholder with `message`.
    void showPlaceholder(const QString &message);
    void showTable();

signals:
    void selectionChanged();
    void labelActivated();

private:
    models::LabelTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_usage;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTableView *m_table;
    std::optional<LabelKey> m_keepCurrent;
    QList<LabelKey> m_keepSelected;
};

} // namespace assoc::app
