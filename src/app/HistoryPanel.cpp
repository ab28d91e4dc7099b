// SPDX-License-Identifier: MIT
#include "HistoryPanel.h"

#include "RedactingProxyModel.h"
#include "auth/Redactor.h"
#include "models/HistoryTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace assoc::app {

using models::HistoryTableModel;

namespace {
// What the combo filters by: an outcome or a kind of change.
struct ComboFilter {
    std::optional<ChangeRecord::Outcome> outcome;
    std::optional<PlanChange::Kind> kind;
};
} // namespace

HistoryPanel::HistoryPanel(HistoryTableModel *model, QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_model(model)
    , m_shown(new RedactingProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_combo(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_copy(new QPushButton(tr("Copy &Details"), this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("historyDock"));
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter by label, object type, profile or message"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the history"));
    m_combo->setObjectName(QStringLiteral("historyKind"));
    m_combo->setAccessibleName(tr("Show which changes"));
    const QList<std::pair<QString, ComboFilter>> entries = {
        {tr("All changes"), {}},
        {tr("Succeeded"), {ChangeRecord::Outcome::Succeeded, std::nullopt}},
        {tr("Failed"), {ChangeRecord::Outcome::Failed, std::nullopt}},
        {tr("Skipped (portal had changed)"), {ChangeRecord::Outcome::Skipped, std::nullopt}},
        {tr("Label creations"), {std::nullopt, PlanChange::Kind::CreateLabel}},
        {tr("Renames"), {std::nullopt, PlanChange::Kind::RenameLabel}},
        {tr("Label deletions"), {std::nullopt, PlanChange::Kind::DeleteLabel}},
        {tr("Limits set"), {std::nullopt, PlanChange::Kind::SetLimit}},
        {tr("Limits removed"), {std::nullopt, PlanChange::Kind::RemoveLimit}},
    };
    for (const auto &[text, filter] : entries) {
        m_combo->addItem(text,
                         QVariantList{filter.outcome ? QVariant(int(*filter.outcome)) : QVariant(),
                                      filter.kind ? QVariant(int(*filter.kind)) : QVariant()});
    }
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Changes made to portals"));
    // Failed changes quote HubSpot's messages: the table and its tool tips show them redacted.
    m_shown->setSourceModel(model);
    m_table->setModel(m_shown);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::ChangeColumn,
                                                      QHeaderView::Stretch);
    m_undo->setObjectName(QStringLiteral("historyUndo"));
    m_copy->setObjectName(QStringLiteral("historyCopy"));
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_combo);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPanel::applyFilter);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_copy, &QPushButton::clicked, this, &HistoryPanel::copyDetails);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (const auto record = currentRecord())
            emit undoRequested(record->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const auto record = currentRecord())
            m_keep = record->id;
        emit currentRecordChanged();
    });
    // The model reloads when a change is recorded: keep the user's selection.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep == 0 || !selectRecord(m_keep))
            emit currentRecordChanged();
    });
    m_copy->setEnabled(false);
    m_undo->setEnabled(false);
}

std::optional<ChangeRecord> HistoryPanel::currentRecord() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->recordAt(current.row());
}

bool HistoryPanel::selectRecord(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_shown->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void HistoryPanel::setUndoState(bool enabled, const QString &reason) {
    m_undo->setEnabled(enabled);
    m_undo->setToolTip(reason);
    m_copy->setEnabled(currentRecord().has_value());
}

void HistoryPanel::setNote(const QString &note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void HistoryPanel::applyFilter() {
    history::HistoryFilter filter = m_model->filter();
    filter.text = m_filter->text().trimmed();
    const QVariantList data = m_combo->currentData().toList();
    filter.outcome.reset();
    filter.kind.reset();
    if (data.size() == 2) {
        if (data[0].isValid())
            filter.outcome = ChangeRecord::Outcome(data[0].toInt());
        if (data[1].isValid())
            filter.kind = PlanChange::Kind(data[1].toInt());
    }
    m_model->setFilter(filter);
}

void HistoryPanel::copyDetails() {
    if (const auto record = currentRecord())
        QApplication::clipboard()->setText(
            auth::Redactor::forDisplay(HistoryTableModel::details(*record)));
}

} // namespace assoc::app
