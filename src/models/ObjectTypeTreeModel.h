// SPDX-License-Identifier: MIT
#pragma once

#include "PortalSession.h"
#include "core/ObjectTypePair.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace assoc::models {

// Object types at the top, and under each the pairs it is the source of ("Contacts →
// Companies") with how many labels and limits they have and how much of the per-pair label
// maximum they use.
class ObjectTypeTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdColumn,
        KindColumn,
        LabelsColumn,
        LimitsColumn,
        UsageColumn,
        ColumnCount
    };
    // Share of the label maximum from which a pair is flagged.
    static constexpr double UsageWarningShare = 0.8;

    explicit ObjectTypeTreeModel(QObject *parent = nullptr);

    void setSession(PortalSession *session);
    PortalSession *session() const { return m_session; }

    QModelIndex indexOfType(const QString &typeId) const;
    QModelIndex indexOfPair(const ObjectTypePair &pair, int column = 0) const;
    ObjectTypePair pairAt(const QModelIndex &index) const; // empty for type rows

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant typeData(int row, int column, int role) const;
    QVariant pairData(const ObjectTypePair &pair, int column, int role) const;
    QString searchText(const ObjectTypePair &pair) const;
    bool usageWarning(const ObjectTypePair &pair) const;
    void reset();
    void onPairUpdated(const ObjectTypePair &pair);
    void onUsageUpdated();

    QPointer<PortalSession> m_session;
    QStringList m_typeIds; // rows, in the session's order
    // Filtering asks every pair row for its search text on each keystroke; building it walks the
    // pair's labels, so it is kept until the pair or the types change.
    mutable QHash<ObjectTypePair, QString> m_searchText;
};

} // namespace assoc::models
