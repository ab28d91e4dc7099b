// SPDX-License-Identifier: MIT
#pragma once

#include "api/PlanApplier.h"
#include "core/SchemaPlan.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace assoc::models {

// A compare plan as a tree: one top-level row per ordered pair ("contacts → companies") with
// the pair's changes below it, each with a checkbox. A pair's checkbox shows whether all, some or
// none of its changes are checked and toggles all of them. Deletions appear only when the plan
// was made with allowDeletes, and even then start unchecked: removing something is never the
// default. Once changes have been applied, the Result column says how each one ended.
class PlanTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ChangeColumn, BeforeColumn, AfterColumn, ResultColumn, ColumnCount };
    enum Role {
        ChangeIdRole = Qt::UserRole + 200, // QString (change rows)
        IsPairRole,                        // bool
        IsDeletionRole,                    // bool (change rows)
        OutcomeStatusRole,                 // int ChangeOutcome::Status, invalid without a result
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(const SchemaPlan &plan);
    const SchemaPlan &plan() const { return m_plan; }
    // The changes shown (deletions left out unless the plan allows them), in plan order.
    QList<PlanChange> shownChanges() const;
    int changeCount() const { return int(m_rowOf.size()); }

    // The ids of the checked changes, for PlanApplier::apply.
    QSet<QString> selectedIds() const;
    int selectedCount() const { return int(m_checked.size()); }
    bool isChecked(const QString &changeId) const { return m_checked.contains(changeId); }
    void setChecked(const QString &changeId, bool checked);
    // While changes are being applied the selection must not move under the applier.
    void setCheckingEnabled(bool enabled);

    void setOutcome(const QString &changeId, const ChangeOutcome &outcome);
    // `planIndex` is the change's index in plan().changes, as PlanApplier::changeFinished gives.
    void setOutcome(int planIndex, const ChangeOutcome &outcome);
    std::optional<ChangeOutcome> outcome(const QString &changeId) const;
    void clearOutcomes();

    std::optional<PlanChange> changeAt(const QModelIndex &index) const;
    QModelIndex indexOfChange(const QString &changeId, int column = ChangeColumn) const;
    QModelIndex indexOfPair(const QString &fromType, const QString &toType) const;

    // Before and after of a change, in words, as the Before / After columns show them.
    static QString describeBefore(const PlanChange &change);
    static QString describeAfter(const PlanChange &change);
    static QString describeOutcome(const ChangeOutcome &outcome);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The set of checked changes changed (by the user or by setChecked).
    void selectionChanged();

private:
    struct Group {
        QString fromType;
        QString toType;
        QList<int> changes; // indexes into m_plan.changes
    };
    struct Position {
        int group = -1;
        int row = -1;
    };

    const PlanChange *changeFor(const QModelIndex &index) const;
    Qt::CheckState groupState(int group) const;
    QVariant pairData(int group, int column, int role) const;
    QVariant changeData(const PlanChange &change, int column, int role) const;
    void setGroupChecked(int group, bool checked);
    void emitChangeRow(const Position &position);

    SchemaPlan m_plan;
    QList<Group> m_groups;
    QHash<QString, Position> m_rowOf; // change id → where it is shown
    QSet<QString> m_checked;
    QHash<QString, ChangeOutcome> m_outcomes;
    bool m_checkingEnabled = true;
};

} // namespace assoc::models
