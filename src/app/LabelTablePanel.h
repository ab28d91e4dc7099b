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
// the pair and its label usage, and a placeholder while nothing is selected or loaded.
class LabelTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit LabelTablePanel(models::LabelTableModel *model, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    std::optional<AssociationLabel> currentLabel() const;
    bool selectLabel(const LabelKey &key);

    void setHeading(const QString &title, const QString &usage, bool usageWarning);
    // Shows the table, or a placeholder with `message`.
    void showPlaceholder(const QString &message);
    void showTable();

signals:
    void currentLabelChanged();
    void labelActivated();

private:
    models::LabelTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_usage;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTableView *m_table;
    std::optional<LabelKey> m_keep;
};

} // namespace assoc::app
