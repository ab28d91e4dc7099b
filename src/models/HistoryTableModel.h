// SPDX-License-Identifier: MIT
#pragma once

#include "core/ChangeRecord.h"
#include "history/HistoryFilter.h"
#include "history/HistoryStore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <optional>

namespace assoc::models {

// The change history, newest first, one row per recorded write, as the filter selects it. It
// reloads when the store records something new.
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        PortalColumn,
        ChangeColumn,
        BeforeColumn,
        AfterColumn,
        OutcomeColumn,
        CorrelationColumn,
        ColumnCount
    };
    enum HistoryRole {
        RecordIdRole = Qt::UserRole + 100, // qint64
        UndoneRole,                        // bool: a later successful undo reversed it
        SortRole,                          // a value that sorts naturally
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    void setStore(history::HistoryStore *store);
    history::HistoryStore *store() const { return m_store; }
    void setFilter(const history::HistoryFilter &filter);
    const history::HistoryFilter &filter() const { return m_filter; }
    void reload();

    std::optional<ChangeRecord> recordAt(int row) const;
    bool isUndone(qint64 id) const { return m_undone.contains(id); }
    int rowOf(qint64 id) const;

    // The before and after of a change in words, as the table shows them.
    static QString beforeText(const PlanChange &change);
    static QString afterText(const PlanChange &change);
    static QString outcomeText(const ChangeRecord &record);
    // Every field of a record, one a line, for the clipboard or a support request.
    static QString details(const ChangeRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<history::HistoryStore> m_store;
    history::HistoryFilter m_filter;
    QList<ChangeRecord> m_records;
    QSet<qint64> m_undone;
};

} // namespace assoc::models
