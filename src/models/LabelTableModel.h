// SPDX-License-Identifier: MIT
#pragma once

#include "PortalSession.h"
#include "core/AssociationLabel.h"
#include "core/ObjectTypePair.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <optional>

namespace assoc::models {

// The labels of one pair, one row per association type of the selected direction, with the
// inverse direction's label and the limit in force.
class LabelTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        TypeIdColumn,
        CategoryColumn,
        InverseLabelColumn,
        InverseTypeIdColumn,
        LimitColumn,
        ColumnCount
    };

    explicit LabelTableModel(QObject *parent = nullptr);

    void setSession(PortalSession *session);
    void setPair(const ObjectTypePair &pair);
    const ObjectTypePair &pair() const { return m_pair; }
    bool isLoaded() const;

    std::optional<AssociationLabel> labelAt(int row) const;
    std::optional<AssociationLabel> inverseOf(const AssociationLabel &label) const;
    std::optional<int> limitOf(const ObjectTypePair &pair, const LabelKey &key) const;
    int rowOf(const LabelKey &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();
    void onPairUpdated(const ObjectTypePair &pair);

    QPointer<PortalSession> m_session;
    ObjectTypePair m_pair;
    QList<AssociationLabel> m_labels;
};

} // namespace assoc::models
