// SPDX-License-Identifier: MIT
#include "PlanTreeModel.h"

namespace assoc::models {

namespace {
// Child rows carry their group (plus one) as internal id; pair rows carry 0.
constexpr quintptr PairRowId = 0;
} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void PlanTreeModel::setPlan(const SchemaPlan &plan) {
    beginResetModel();
    m_plan = plan;
    m_groups.clear();
    m_rowOf.clear();
    m_checked.clear();
    m_outcomes.clear();
    QHash<QString, int> groupOf;
    for (int i = 0; i < m_plan.changes.size(); ++i) {
        const PlanChange &change = m_plan.changes.at(i);
        if (change.isDeletion() && !m_plan.allowDeletes)
            continue;
        const QString key = change.fromType + QLatin1Char('\n') + change.toType;
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, int(m_groups.size()));
            m_groups.append(Group{change.fromType, change.toType, {}});
        }
        Group &group = m_groups[*it];
        m_rowOf.insert(change.id(), Position{*it, int(group.changes.size())});
        group.changes.append(i);
        if (!change.isDeletion())
            m_checked.insert(change.id());
    }
    endResetModel();
    emit selectionChanged();
}

QList<PlanChange> PlanTreeModel::shownChanges() const {
    QList<PlanChange> out;
    for (const PlanChange &change : m_plan.changes) {
        if (m_rowOf.contains(change.id()))
            out.append(change);
    }
    return out;
}

QSet<QString> PlanTreeModel::selectedIds() const {
    return m_checked;
}

void PlanTreeModel::setChecked(const QString &changeId, bool checked) {
    const auto it = m_rowOf.constFind(changeId);
    if (it == m_rowOf.constEnd() || m_checked.contains(changeId) == checked)
        return;
    if (checked)
        m_checked.insert(changeId);
    else
        m_checked.remove(changeId);
    emitChangeRow(*it);
    const QModelIndex pairIndex = index(it->group, ChangeColumn);
    emit dataChanged(pairIndex, pairIndex, {Qt::CheckStateRole});
    emit selectionChanged();
}

void PlanTreeModel::setCheckingEnabled(bool enabled) {
    if (m_checkingEnabled == enabled)
        return;
    m_checkingEnabled = enabled;
    // Only the flags change; views ask again on the next repaint.
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex pairIndex = index(g, ChangeColumn);
        emit dataChanged(pairIndex, pairIndex);
        if (!m_groups.at(g).changes.isEmpty())
            emit dataChanged(
                index(0, ChangeColumn, pairIndex),
                index(int(m_groups.at(g).changes.size()) - 1, ChangeColumn, pairIndex));
    }
}

void PlanTreeModel::setOutcome(const QString &changeId, const ChangeOutcome &outcome) {
    const auto it = m_rowOf.constFind(changeId);
    if (it == m_rowOf.constEnd())
        return;
    m_outcomes.insert(changeId, outcome);
    const QModelIndex parentIndex = index(it->group, ChangeColumn);
    const QModelIndex cell = index(it->row, ResultColumn, parentIndex);
    emit dataChanged(cell, cell);
    const QModelIndex pairResult = index(it->group, ResultColumn);
    emit dataChanged(pairResult, pairResult);
}

void PlanTreeModel::setOutcome(int planIndex, const ChangeOutcome &outcome) {
    if (planIndex < 0 || planIndex >= m_plan.changes.size())
        return;
    setOutcome(m_plan.changes.at(planIndex).id(), outcome);
}

std::optional<ChangeOutcome> PlanTreeModel::outcome(const QString &changeId) const {
    const auto it = m_outcomes.constFind(changeId);
    if (it == m_outcomes.constEnd())
        return std::nullopt;
    return *it;
}

void PlanTreeModel::clearOutcomes() {
    if (m_outcomes.isEmpty())
        return;
    m_outcomes.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex pairIndex = index(g, ChangeColumn);
        emit dataChanged(index(g, ResultColumn), index(g, ResultColumn));
        if (!m_groups.at(g).changes.isEmpty())
            emit dataChanged(
                index(0, ResultColumn, pairIndex),
                index(int(m_groups.at(g).changes.size()) - 1, ResultColumn, pairIndex));
    }
}

std::optional<PlanChange> PlanTreeModel::changeAt(const QModelIndex &index) const {
    if (const PlanChange *change = changeFor(index))
        return *change;
    return std::nullopt;
}

QModelIndex PlanTreeModel::indexOfChange(const QString &changeId, int column) const {
    const auto it = m_rowOf.constFind(changeId);
    if (it == m_rowOf.constEnd())
        return {};
    return index(it->row, column, index(it->group, ChangeColumn));
}

QModelIndex PlanTreeModel::indexOfPair(const QString &fromType, const QString &toType) const {
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).fromType == fromType && m_groups.at(g).toType == toType)
            return index(g, ChangeColumn);
    }
    return {};
}

QString PlanTreeModel::describeBefore(const PlanChange &change) {
    switch (change.kind) {
    case PlanChange::Kind::CreateLabel:
        return tr("no such label");
    case PlanChange::Kind::RenameLabel:
        return PlanChange::labelWithInverse(change.labelBefore, change.inverseLabelBefore);
    case PlanChange::Kind::DeleteLabel:
        return tr("%1, %2").arg(
            PlanChange::labelWithInverse(change.labelText, change.inverseLabelBefore),
            PlanChange::limitText(change.limitBefore));
    case PlanChange::Kind::SetLimit:
    case PlanChange::Kind::RemoveLimit:
        return PlanChange::limitText(change.limitBefore);
    }
    return {};
}

QString PlanTreeModel::describeAfter(const PlanChange &change) {
    switch (change.kind) {
    case PlanChange::Kind::CreateLabel:
        if (change.name.isEmpty())
            return PlanChange::labelWithInverse(change.labelText, change.inverseLabel);
        return tr("%1 (internal name %2)")
            .arg(PlanChange::labelWithInverse(change.labelText, change.inverseLabel), change.name);
    case PlanChange::Kind::RenameLabel:
        return PlanChange::labelWithInverse(change.labelText, change.inverseLabel);
    case PlanChange::Kind::DeleteLabel:
        return tr("deleted");
    case PlanChange::Kind::SetLimit:
        return PlanChange::limitText(change.limitAfter);
    case PlanChange::Kind::RemoveLimit:
        return PlanChange::limitText(std::nullopt);
    }
    return {};
}

QString PlanTreeModel::describeOutcome(const ChangeOutcome &outcome) {
    QString status;
    switch (outcome.status) {
    case ChangeOutcome::Status::Applied:
        status = tr("Applied");
        break;
    case ChangeOutcome::Status::AlreadyInPlace:
        status = tr("Already in place");
        break;
    case ChangeOutcome::Status::Conflict:
        status = tr("Not applied: the portal had changed");
        break;
    case ChangeOutcome::Status::Failed:
        status = tr("Failed");
        break;
    case ChangeOutcome::Status::Skipped:
        status = tr("Skipped");
        break;
    case ChangeOutcome::Status::Cancelled:
        status = tr("Cancelled");
        break;
    }
    QStringList parts{status};
    if (!outcome.detail.isEmpty())
        parts.append(outcome.detail);
    // userMessage() carries HubSpot's message and its correlation id; the detail may be it.
    if (outcome.error && outcome.status != ChangeOutcome::Status::Conflict &&
        outcome.detail != outcome.error->userMessage())
        parts.append(outcome.error->userMessage());
    return parts.join(QStringLiteral(" — "));
}

const PlanChange *PlanTreeModel::changeFor(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == PairRowId)
        return nullptr;
    const int group = int(index.internalId()) - 1;
    if (group < 0 || group >= m_groups.size())
        return nullptr;
    const QList<int> &changes = m_groups.at(group).changes;
    if (index.row() < 0 || index.row() >= changes.size())
        return nullptr;
    return &m_plan.changes.at(changes.at(index.row()));
}

Qt::CheckState PlanTreeModel::groupState(int group) const {
    int checked = 0;
    const QList<int> &changes = m_groups.at(group).changes;
    for (int i : changes) {
        if (m_checked.contains(m_plan.changes.at(i).id()))
            ++checked;
    }
    if (checked == 0)
        return Qt::Unchecked;
    return checked == changes.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, PairRowId) : QModelIndex();
    if (parent.internalId() != PairRowId || parent.column() != ChangeColumn ||
        parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).changes.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == PairRowId)
        return {};
    return createIndex(int(child.internalId()) - 1, ChangeColumn, PairRowId);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != ChangeColumn || parent.internalId() != PairRowId)
        return 0;
    return parent.row() < m_groups.size() ? int(m_groups.at(parent.row()).changes.size()) : 0;
}

int PlanTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == PairRowId)
        return index.row() < m_groups.size() ? pairData(index.row(), index.column(), role)
                                             : QVariant();
    const PlanChange *change = changeFor(index);
    return change ? changeData(*change, index.column(), role) : QVariant();
}

QVariant PlanTreeModel::pairData(int group, int column, int role) const {
    const Group &g = m_groups.at(group);
    if (role == IsPairRole)
        return true;
    if (column == ChangeColumn) {
        if (role == Qt::DisplayRole)
            return tr("%1 → %2").arg(g.fromType, g.toType);
        if (role == Qt::CheckStateRole)
            return int(groupState(group));
        if (role == Qt::ToolTipRole)
            return tr("%n change(s) to the pair %1 → %2", nullptr, int(g.changes.size()))
                .arg(g.fromType, g.toType);
    }
    if (column == ResultColumn && role == Qt::DisplayRole) {
        int ended = 0;
        int failed = 0;
        int conflicts = 0;
        for (int i : g.changes) {
            const auto it = m_outcomes.constFind(m_plan.changes.at(i).id());
            if (it == m_outcomes.constEnd())
                continue;
            ++ended;
            if (it->status == ChangeOutcome::Status::Failed)
                ++failed;
            if (it->status == ChangeOutcome::Status::Conflict)
                ++conflicts;
        }
        if (ended == 0)
            return {};
        if (failed)
            return tr("%n failed", nullptr, failed);
        if (conflicts)
            return tr("%n left alone (the portal had changed)", nullptr, conflicts);
        return tr("%n done", nullptr, ended);
    }
    return {};
}

QVariant PlanTreeModel::changeData(const PlanChange &change, int column, int role) const {
    const QString id = change.id();
    switch (role) {
    case ChangeIdRole:
        return id;
    case IsPairRole:
        return false;
    case IsDeletionRole:
        return change.isDeletion();
    case OutcomeStatusRole: {
        const auto it = m_outcomes.constFind(id);
        return it == m_outcomes.constEnd() ? QVariant() : QVariant(int(it->status));
    }
    default:
        break;
    }
    const auto outcomeIt = m_outcomes.constFind(id);
    const bool hasOutcome = outcomeIt != m_outcomes.constEnd();
    switch (column) {
    case ChangeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return change.summary();
        if (role == Qt::CheckStateRole)
            return int(m_checked.contains(id) ? Qt::Checked : Qt::Unchecked);
        break;
    case BeforeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return describeBefore(change);
        break;
    case AfterColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return describeAfter(change);
        break;
    case ResultColumn:
        if (!hasOutcome)
            break;
        if (role == Qt::DisplayRole)
            return describeOutcome(*outcomeIt);
        if (role == Qt::ToolTipRole)
            return outcomeIt->error ? outcomeIt->error->details() : describeOutcome(*outcomeIt);
        break;
    default:
        break;
    }
    return {};
}

bool PlanTreeModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || index.model() != this || role != Qt::CheckStateRole ||
        index.column() != ChangeColumn || !m_checkingEnabled)
        return false;
    // A partially checked pair clicked by the user becomes fully checked.
    const bool checked = value.toInt() != Qt::Unchecked;
    if (index.internalId() == PairRowId) {
        if (index.row() >= m_groups.size())
            return false;
        setGroupChecked(index.row(), checked);
        return true;
    }
    const PlanChange *change = changeFor(index);
    if (!change)
        return false;
    setChecked(change->id(), checked);
    return true;
}

void PlanTreeModel::setGroupChecked(int group, bool checked) {
    bool changed = false;
    for (int i : m_groups.at(group).changes) {
        const QString id = m_plan.changes.at(i).id();
        if (m_checked.contains(id) == checked)
            continue;
        changed = true;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
    }
    if (!changed)
        return;
    const QModelIndex pairIndex = index(group, ChangeColumn);
    emit dataChanged(pairIndex, pairIndex, {Qt::CheckStateRole});
    emit dataChanged(index(0, ChangeColumn, pairIndex),
                     index(int(m_groups.at(group).changes.size()) - 1, ChangeColumn, pairIndex),
                     {Qt::CheckStateRole});
    emit selectionChanged();
}

void PlanTreeModel::emitChangeRow(const Position &position) {
    const QModelIndex cell = index(position.row, ChangeColumn, index(position.group, ChangeColumn));
    emit dataChanged(cell, cell, {Qt::CheckStateRole});
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ChangeColumn && m_checkingEnabled)
        f |= Qt::ItemIsUserCheckable;
    if (index.internalId() != PairRowId)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace assoc::models
