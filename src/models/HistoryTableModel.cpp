// SPDX-License-Identifier: MIT
#include "HistoryTableModel.h"

#include "history/HistoryStore.h"

#include <QLocale>

namespace assoc::models {

using history::HistoryFilter;
using history::HistoryStore;

namespace {
QString originText(ChangeRecord::Origin origin) {
    switch (origin) {
    case ChangeRecord::Origin::App:
        return HistoryTableModel::tr("app");
    case ChangeRecord::Origin::Cli:
        return HistoryTableModel::tr("assocctl");
    case ChangeRecord::Origin::Apply:
        return HistoryTableModel::tr("apply");
    case ChangeRecord::Origin::Undo:
        return HistoryTableModel::tr("undo");
    }
    return {};
}
} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent) {
    // The newest changes are the ones looked at; a long history stays quick to list.
    m_filter.limit = 1000;
}

void HistoryTableModel::setStore(HistoryStore *store) {
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &HistoryStore::recorded, this, &HistoryTableModel::reload);
    reload();
}

void HistoryTableModel::setFilter(const HistoryFilter &filter) {
    m_filter = filter;
    reload();
}

void HistoryTableModel::reload() {
    beginResetModel();
    m_records = m_store ? m_store->query(m_filter) : QList<ChangeRecord>();
    m_undone = m_store ? m_store->undoneIds() : QSet<qint64>();
    endResetModel();
}

std::optional<ChangeRecord> HistoryTableModel::recordAt(int row) const {
    if (row < 0 || row >= m_records.size())
        return std::nullopt;
    return m_records.at(row);
}

int HistoryTableModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

QString HistoryTableModel::beforeText(const PlanChange &c) {
    switch (c.kind) {
    case PlanChange::Kind::CreateLabel:
        return tr("—");
    case PlanChange::Kind::RenameLabel:
        return PlanChange::labelWithInverse(c.labelBefore, c.inverseLabelBefore);
    case PlanChange::Kind::DeleteLabel: {
        QString text = PlanChange::labelWithInverse(
            c.labelBefore.isEmpty() ? c.labelText : c.labelBefore, c.inverseLabelBefore);
        if (c.limitBefore || c.inverseLimitBefore)
            text += tr(", limits %1 / %2")
                        .arg(c.limitBefore ? QString::number(*c.limitBefore) : tr("none"),
                             c.inverseLimitBefore ? QString::number(*c.inverseLimitBefore)
                                                  : tr("none"));
        return text;
    }
    case PlanChange::Kind::SetLimit:
    case PlanChange::Kind::RemoveLimit:
        return PlanChange::limitText(c.limitBefore);
    }
    return {};
}

QString HistoryTableModel::afterText(const PlanChange &c) {
    switch (c.kind) {
    case PlanChange::Kind::CreateLabel: {
        const QString text = PlanChange::labelWithInverse(c.labelText, c.inverseLabel);
        return c.targetKey.typeId ? tr("%1 (typeId %2)").arg(text).arg(c.targetKey.typeId) : text;
    }
    case PlanChange::Kind::RenameLabel:
        return PlanChange::labelWithInverse(c.labelText, c.inverseLabel);
    case PlanChange::Kind::DeleteLabel:
        return tr("—");
    case PlanChange::Kind::SetLimit:
        return PlanChange::limitText(c.limitAfter);
    case PlanChange::Kind::RemoveLimit:
        return PlanChange::limitText(std::nullopt);
    }
    return {};
}

QString HistoryTableModel::outcomeText(const ChangeRecord &r) {
    switch (r.outcome) {
    case ChangeRecord::Outcome::Succeeded:
        return tr("Succeeded");
    case ChangeRecord::Outcome::Failed:
        return r.message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(r.message);
    case ChangeRecord::Outcome::Cancelled:
        return tr("Cancelled");
    case ChangeRecord::Outcome::Skipped:
        return r.message.isEmpty() ? tr("Skipped") : tr("Skipped: %1").arg(r.message);
    }
    return {};
}

QString HistoryTableModel::details(const ChangeRecord &r) {
    QStringList lines;
    lines << tr("Change #%1: %2").arg(r.id).arg(r.change.summary());
    lines << tr("When: %1").arg(r.when.toUTC().toString(Qt::ISODate));
    lines << tr("Profile: %1").arg(r.profile);
    lines << tr("Portal: %1").arg(r.portalId);
    lines << tr("Made by: %1").arg(originText(r.origin));
    lines << tr("Object types: %1 → %2 (%3)").arg(r.change.fromType, r.change.toType, r.pair.key());
    if (r.change.targetKey.typeId)
        lines << tr("Association type: %1 %2")
                     .arg(r.change.targetKey.category.apiName())
                     .arg(r.change.targetKey.typeId);
    lines << tr("Before: %1").arg(beforeText(r.change));
    lines << tr("After: %1").arg(afterText(r.change));
    lines << tr("Outcome: %1").arg(outcomeText(r));
    if (!r.correlationId.isEmpty())
        lines << tr("Correlation id: %1").arg(r.correlationId);
    if (r.undoOf)
        lines << tr("Undoes change #%1").arg(r.undoOf);
    return lines.join(QLatin1Char('\n'));
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeRecord &r = m_records.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case UndoneRole:
        return m_undone.contains(r.id);
    case SortRole:
        if (index.column() == WhenColumn)
            return r.when.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return details(r);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case WhenColumn:
        return QLocale().toString(r.when.toLocalTime(), QLocale::ShortFormat);
    case PortalColumn:
        return r.portalId ? tr("%1 (%2)").arg(r.profile).arg(r.portalId) : r.profile;
    case ChangeColumn: {
        QString text = r.change.summary();
        if (r.origin == ChangeRecord::Origin::Undo && r.undoOf)
            text = tr("Undo #%1: %2").arg(r.undoOf).arg(text);
        return text;
    }
    case BeforeColumn:
        return beforeText(r.change);
    case AfterColumn:
        return afterText(r.change);
    case OutcomeColumn:
        return m_undone.contains(r.id) ? tr("Succeeded, undone") : outcomeText(r);
    case CorrelationColumn:
        return r.correlationId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case PortalColumn:
        return tr("Profile / portal");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case OutcomeColumn:
        return tr("Outcome");
    case CorrelationColumn:
        return tr("Correlation id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace assoc::models
