// SPDX-License-Identifier: MIT
#pragma once

#include "api/ChangeOutcome.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace assoc::app {

// The items of one change to several labels (or one), a row each, and how each ended: while the
// changes are made one after another a progress bar counts them ("2 of 3"), and every item's
// outcome appears in its row as it ends, with a summary once all have. Used in the .ui files as
// a promoted widget.
class BulkChangeList : public QWidget {
    Q_OBJECT
public:
    explicit BulkChangeList(QWidget *parent = nullptr);

    // The columns that describe an item; an "Outcome" column follows them.
    void setColumns(const QStringList &headers);
    void setItems(const QList<QStringList> &rows);
    // Describes item `index` anew (what the portal holds now); its outcome stays.
    void setItem(int index, const QStringList &cells);
    int count() const;

    void beginRun(int total);
    void setProgress(int done, int total);
    void setItemStarted(int index);
    void setOutcome(int index, ChangeOutcome::Status status, const QString &text);
    void endRun();

    std::optional<ChangeOutcome::Status> status(int index) const;
    QString outcomeText(int index) const;
    // "2 applied, 1 left alone because someone changed it": how the last run ended.
    QString summary() const { return m_summary; }
    QTreeWidget *view() const { return m_view; }

private:
    int outcomeColumn() const { return int(m_headers.size()); }
    void fitHeight();
    void showDetail();

    QStringList m_headers;
    QTreeWidget *m_view;
    QProgressBar *m_progress;
    QLabel *m_summaryLabel;
    QLabel *m_detail;
    QList<std::optional<ChangeOutcome::Status>> m_status;
    QString m_summary;
};

} // namespace assoc::app
