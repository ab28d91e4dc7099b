// SPDX-License-Identifier: MIT
#pragma once

#include "core/ChangeRecord.h"

#include <QDockWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace assoc::models {
class HistoryTableModel;
}

namespace assoc::app {

class RedactingProxyModel;

// The History dock: every recorded change, newest first, filtered by text and by outcome or
// kind, with Undo for the selected change and its details for the clipboard.
class HistoryPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(models::HistoryTableModel *model, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *filterCombo() const { return m_combo; }
    QTableView *tableView() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *copyButton() const { return m_copy; }

    std::optional<ChangeRecord> currentRecord() const;
    bool selectRecord(qint64 id);
    // Whether Undo applies to the selection, and if not, why (as the button's tool tip).
    void setUndoState(bool enabled, const QString &reason);
    // Shown under the table, e.g. why there is no history.
    void setNote(const QString &note);

signals:
    void currentRecordChanged();
    void undoRequested(qint64 recordId);

private:
    void applyFilter();
    void copyDetails();

    models::HistoryTableModel *m_model;
    RedactingProxyModel *m_shown;
    QLineEdit *m_filter;
    QComboBox *m_combo;
    QTableView *m_table;
    QPushButton *m_undo;
    QPushButton *m_copy;
    QLabel *m_note;
    qint64 m_keep = 0;
};

} // namespace assoc::app
