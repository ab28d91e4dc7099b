// SPDX-License-Identifier: MIT
#include "ObjectTypeTreeModel.h"

#include "ModelRoles.h"
#include "PortalSession.h"

namespace assoc::models {

// Pair rows carry their parent's row + 1 as internal id; type rows carry 0.
ObjectTypeTreeModel::ObjectTypeTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void ObjectTypeTreeModel::setSession(PortalSession *session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &PortalSession::typesLoaded, this, &ObjectTypeTreeModel::reset);
        connect(session, &PortalSession::pairUpdated, this, &ObjectTypeTreeModel::onPairUpdated);
        connect(session, &PortalSession::usageUpdated, this, &ObjectTypeTreeModel::onUsageUpdated);
        connect(session, &PortalSession::snapshotRefreshed, this, [this] {
            for (const ObjectTypePair &pair : m_session->pairsChangedSinceSnapshot())
                onPairUpdated(pair);
        });
    }
    reset();
}

void ObjectTypeTreeModel::reset() {
    beginResetModel();
    m_searchText.clear();
    m_typeIds.clear();
    if (m_session) {
        for (const ObjectType &t : m_session->schema().objectTypes)
            m_typeIds.append(t.id);
    }
    endResetModel();
}

void ObjectTypeTreeModel::onPairUpdated(const ObjectTypePair &pair) {
    m_searchText.remove(pair);
    const QModelIndex first = indexOfPair(pair, 0);
    if (first.isValid())
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

void ObjectTypeTreeModel::onUsageUpdated() {
    // The usage listing also names the labels of pairs not read yet: their counts and search
    // text change with it.
    m_searchText.clear();
    for (int row = 0; row < m_typeIds.size(); ++row) {
        const QModelIndex parentIndex = index(row, 0);
        const int children = rowCount(parentIndex);
        if (children > 0)
            emit dataChanged(index(0, NameColumn, parentIndex),
                             index(children - 1, UsageColumn, parentIndex));
    }
}

QModelIndex ObjectTypeTreeModel::indexOfType(const QString &typeId) const {
    const qsizetype row = m_typeIds.indexOf(typeId);
    return row < 0 ? QModelIndex() : index(int(row), 0);
}

QModelIndex ObjectTypeTreeModel::indexOfPair(const ObjectTypePair &pair, int column) const {
    const qsizetype parentRow = m_typeIds.indexOf(pair.fromId);
    const qsizetype row = m_typeIds.indexOf(pair.toId);
    if (parentRow < 0 || row < 0)
        return {};
    return index(int(row), column, index(int(parentRow), 0));
}

ObjectTypePair ObjectTypeTreeModel::pairAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return {};
    const int parentRow = int(index.internalId()) - 1;
    return {m_typeIds.value(parentRow), m_typeIds.value(index.row())};
}

QModelIndex ObjectTypeTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ObjectTypeTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ObjectTypeTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_typeIds.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_typeIds.size()); // every type, the type itself included, can be a target
}

int ObjectTypeTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant ObjectTypeTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_session)
        return {};
    if (index.internalId() == 0)
        return typeData(index.row(), index.column(), role);
    return pairData(pairAt(index), index.column(), role);
}

QVariant ObjectTypeTreeModel::typeData(int row, int column, int role) const {
    const ObjectType *type = m_session->schema().objectType(m_typeIds.value(row));
    if (!type)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return type->displayName();
        case IdColumn:
            return type->id;
        case KindColumn:
            return type->custom ? tr("Custom") : tr("Standard");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return type->custom ? tr("%1 (custom object, %2)").arg(type->displayName(), type->id)
                            : tr("%1 (standard object, %2)").arg(type->displayName(), type->id);
    case Qt::AccessibleTextRole:
        return column == NameColumn ? type->displayName() : QVariant();
    case TypeIdRole:
        return type->id;
    case IsPairRole:
        return false;
    case IsCustomTypeRole:
        return type->custom;
    case SearchTextRole:
        return QStringList{type->displayName(), type->name, type->id, type->singularLabel}.join(
            QLatin1Char('\n'));
    case SortRole:
        return column == NameColumn ? QVariant(type->displayName()) : QVariant(type->id);
    default:
        return {};
    }
}

bool ObjectTypeTreeModel::usageWarning(const ObjectTypePair &pair) const {
    const auto used = m_session->labelUsage(pair);
    const int maximum = m_session->labelMaximum();
    return used && maximum > 0 && *used >= UsageWarningShare * maximum;
}

QString ObjectTypeTreeModel::searchText(const ObjectTypePair &pair) const {
    if (auto it = m_searchText.constFind(pair); it != m_searchText.constEnd())
        return *it;
    const PortalSchema &schema = m_session->schema();
    QStringList parts;
    for (const QString &id : {pair.fromId, pair.toId}) {
        if (const ObjectType *t = schema.objectType(id))
            parts << t->displayName() << t->name << t->singularLabel;
        parts << id;
    }
    if (const PairSchema *p = schema.pair(pair)) {
        for (const AssociationLabel &l : p->labels) {
            if (l.label)
                parts << *l.label;
        }
    } else {
        parts << m_session->labelsFromUsage(pair); // found by its labels before it is read
    }
    // Folded once here rather than compared case-insensitively on every keystroke.
    return *m_searchText.insert(pair, parts.join(QLatin1Char('\n')).toCaseFolded());
}

QVariant ObjectTypeTreeModel::pairData(const ObjectTypePair &pair, int column, int role) const {
    // Asked for every row on every keystroke of the filter: answered before the counts below.
    if (role == SearchTextRole)
        return searchText(pair);
    if (role == IsPairRole)
        return true;
    const PairSchema *schema = m_session->schema().pair(pair);
    const bool loaded = m_session->isPairLoaded(pair) || schema;
    const int labels = schema ? int(schema->labels.size()) : 0;
    const int limits = schema ? schema->limitCount() : 0;
    const auto used = m_session->labelUsage(pair);
    const int maximum = m_session->labelMaximum();
    // Before the pair is read, the usage listing already names its custom labels (the
    // overview); HubSpot's own labels come with the pair's read.
    const QStringList fromUsage = loaded ? QStringList() : m_session->labelsFromUsage(pair);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return m_session->pairName(pair);
        case IdColumn:
            return tr("%1 → %2").arg(pair.fromId, pair.toId);
        case LabelsColumn:
            if (loaded)
                return labels;
            return fromUsage.isEmpty() ? QVariant(tr("…"))
                                       : QVariant(tr("≥ %1").arg(fromUsage.size()));
        case LimitsColumn:
            return loaded ? QVariant(limits) : QVariant(tr("…"));
        case UsageColumn:
            return used ? QVariant(tr("%1 of %n label(s)", nullptr, maximum).arg(*used))
                        : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (!loaded && fromUsage.isEmpty())
            return tr("%1: loading…").arg(m_session->pairName(pair));
        if (!loaded)
            return tr("%1: %n custom label(s) named by the portal's usage listing: %2\n"
                      "Reading the pair for HubSpot's own labels and the limits…",
                      nullptr, int(fromUsage.size()))
                .arg(m_session->pairName(pair), fromUsage.join(QStringLiteral(", ")));
        QString tip = tr("%1: %n label(s)", nullptr, labels).arg(m_session->pairName(pair));
        tip += QLatin1Char('\n') + tr("%n limit(s) set", nullptr, limits);
        if (used)
            tip += QLatin1Char('\n') +
                   tr("%1 of %n custom label(s) used", nullptr, maximum).arg(*used);
        if (usageWarning(pair))
            tip += QLatin1Char('\n') + tr("Close to the maximum number of labels for this pair.");
        if (m_session->changedSinceSnapshot(pair))
            tip += QLatin1Char('\n') + tr("Changed since the app last read this portal.");
        return tip;
    }
    case ChangedRole:
        return m_session->changedSinceSnapshot(pair);
    case Qt::AccessibleTextRole:
        return column == NameColumn ? QVariant(m_session->pairName(pair)) : QVariant();
    case PairKeyRole:
        return pair.key();
    case TypeIdRole:
        return pair.fromId;
    case IsPairRole:
        return true;
    case IsCustomTypeRole:
        return false;
    case LoadedRole:
        return loaded;
    case LabelCountRole:
        return labels;
    case LimitCountRole:
        return limits;
    case UserLabelCountRole:
        return used ? QVariant(*used) : QVariant();
    case LabelMaximumRole:
        return maximum;
    case UsageWarningRole:
        return usageWarning(pair);
    case SearchTextRole:
        return searchText(pair);
    case SortRole:
        switch (column) {
        case LabelsColumn:
            return loaded ? labels : int(fromUsage.size());
        case LimitsColumn:
            return limits;
        case UsageColumn:
            return used.value_or(-1);
        default:
            return m_session->pairName(pair);
        }
    default:
        return {};
    }
}

QVariant ObjectTypeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Object type / pair");
    case IdColumn:
        return tr("ID");
    case KindColumn:
        return tr("Kind");
    case LabelsColumn:
        return tr("Labels");
    case LimitsColumn:
        return tr("Limits");
    case UsageColumn:
        return tr("Usage");
    default:
        return {};
    }
}

QHash<int, QByteArray> ObjectTypeTreeModel::roleNames() const {
    auto names = QAbstractItemModel::roleNames();
    names.insert(PairKeyRole, "pairKey");
    names.insert(TypeIdRole, "typeId");
    names.insert(LabelCountRole, "labelCount");
    names.insert(LimitCountRole, "limitCount");
    names.insert(UsageWarningRole, "usageWarning");
    return names;
}

} // namespace assoc::models
