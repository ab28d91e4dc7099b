// SPDX-License-Identifier: MIT
#include "LabelTablePanel.h"

#include "models/LabelTableModel.h"
#include "models/ModelRoles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

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
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelTableModel::LabelColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LabelTableModel::InverseLabelColumn,
                                                      QHeaderView::Stretch);

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

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LabelTablePanel::currentLabelChanged);
    connect(m_table, &QTableView::activated, this, &LabelTablePanel::labelActivated);
    // Every update of the pair resets the model: keep the label the user was on.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const auto label = currentLabel();
        m_keep = label ? std::optional<LabelKey>(label->key()) : std::nullopt;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep)
            selectLabel(*m_keep);
        m_keep.reset();
        emit currentLabelChanged();
    });
    showPlaceholder(tr("Select a pair of object types to see its labels."));
}

std::optional<AssociationLabel> LabelTablePanel::currentLabel() const {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->labelAt(m_proxy->mapToSource(index).row());
}

bool LabelTablePanel::selectLabel(const LabelKey &key) {
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void LabelTablePanel::setHeading(const QString &title, const QString &usage, bool usageWarning) {
    m_title->setText(title);
    m_usage->setText(usage);
    QPalette pal = palette();
    if (usageWarning)
        pal.setColor(QPalette::WindowText, QColor(0xb4, 0x53, 0x09));
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
