// SPDX-License-Identifier: MIT
#include "LabelTablePanel.h"

#include "PaletteColours.h"
#include "models/LabelTableModel.h"
#include "models/ModelRoles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace assoc::app {

using models::LabelTableModel;

LabelTablePanel::LabelTablePanel(LabelTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_table(new QTableView(this)) {
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pairTitle"));
    m_usage->setObjectName(QStringLiteral("pairUsage"));

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_table->setObjectName(QStringLiteral("labelTable"));
    m_table->setAccessibleName(tr("Labels of the selected pair"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LabelTableModel::TypeIdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelTableModel::LabelColumn,
                                                      QHeaderView::Stretch);
    // The inverse label sized to its texts and header (long in German): only the label column
    // gives way.

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);
    setFocusProxy(m_table);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_usage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LabelTablePanel::selectionChanged);
    connect(m_table, &QTableView::activated, this, &LabelTablePanel::labelActivated);
    // Every update of the pair resets the model: keep the labels the user had selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const auto label = currentLabel();
        m_keepCurrent = label ? std::optional<LabelKey>(label->key()) : std::nullopt;
        m_keepSelected.clear();
        for (const AssociationLabel &l : selectedLabels())
            m_keepSelected.append(l.key());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QList<LabelKey> keys = m_keepSelected;
        if (m_keepCurrent) {
            keys.removeAll(*m_keepCurrent);
            keys.prepend(*m_keepCurrent);
        }
        selectLabels(keys);
        m_keepCurrent.reset();
        m_keepSelected.clear();
        emit selectionChanged();
    });
    showPlaceholder(tr("Select a pair of object types to see its labels."));
}

std::optional<AssociationLabel> LabelTablePanel::currentLabel() const {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->labelAt(m_proxy->mapToSource(index).row());
}

QList<AssociationLabel> LabelTablePanel::selectedLabels() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<AssociationLabel> out;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const auto label = m_model->labelAt(m_proxy->mapToSource(index).row()))
            out.append(*label);
    }
    return out;
}

bool LabelTablePanel::selectLabel(const LabelKey &key) {
    return selectLabels({key});
}

bool LabelTablePanel::selectLabels(const QList<LabelKey> &keys) {
    QItemSelection selection;
    QModelIndex first;
    bool all = true;
    for (const LabelKey &key : keys) {
        const int row = m_model->rowOf(key);
        if (row < 0) {
            all = false;
            continue;
        }
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    QItemSelectionModel *model = m_table->selectionModel();
    if (!first.isValid()) {
        model->clearSelection();
        return false;
    }
    model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
    return all;
}

void LabelTablePanel::setHeading(const QString &title, const QString &usage, bool usageWarning) {
    m_title->setText(title);
    m_usage->setText(usage);
    QPalette pal = palette();
    if (usageWarning)
        pal.setColor(QPalette::WindowText, colours::warningText(pal));
    m_usage->setPalette(pal);
}

void LabelTablePanel::showPlaceholder(const QString &message) {
    m_placeholder->setText(message);
    m_stack->setCurrentWidget(m_placeholder);
}

void LabelTablePanel::showTable() {
    m_stack->setCurrentWidget(m_table);
}

} // namespace assoc::app
