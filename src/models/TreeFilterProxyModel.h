// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace assoc::models {

// Narrows the object type tree to the pairs whose type names, type ids or label texts contain
// the filter text as a phrase (case-insensitive), keeping the types such pairs belong to.
class TreeFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TreeFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static quint64 rowKey(int row, const QModelIndex &parent) {
        return (quint64(quint32(parent.row())) << 32) | quint32(row);
    }
    void forgetAccepted() { m_acceptedValid = false; }

    QString m_text;
    QString m_folded;
    // Typing narrows the filter: a pair rejected for "bill" cannot match "billi", so while the
    // rows stay where they are only the pairs accepted last time are searched again.
    mutable QSet<quint64> m_accepted;
    QSet<quint64> m_previous;
    bool m_narrowing = false;
    bool m_acceptedValid = false;
};

} // namespace assoc::models
