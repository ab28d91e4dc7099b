// SPDX-License-Identifier: MIT
#include "LabelTableModel.h"

#include "ModelRoles.h"
#include "PortalSession.h"

#include <limits>

namespace assoc::models {

LabelTableModel::LabelTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void LabelTableModel::setSession(PortalSession *session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &PortalSession::pairUpdated, this, &LabelTableModel::onPairUpdated);
        connect(session, &PortalSession::typesLoaded, this, &LabelTableModel::reload);
    }
    reload();
}

void LabelTableModel::setPair(const ObjectTypePair &pair) {
    if (pair == m_pair)
        return;
    m_pair = pair;
    reload();
}

bool LabelTableModel::isLoaded() const {
    return m_session && m_session->isPairLoaded(m_pair);
}

void LabelTableModel::onPairUpdated(const ObjectTypePair &pair) {
    if (pair == m_pair || pair == m_pair.reversed())
        reload();
}

void LabelTableModel::reload() {
    beginResetModel();
    m_labels.clear();
    if (m_session) {
        if (const PairSchema *schema = m_session->schema().pair(m_pair))
            m_labels = schema->labels;
    }
    endResetModel();
}

std::optional<AssociationLabel> LabelTableModel::labelAt(int row) const {
    if (row < 0 || row >= m_labels.size())
        return std::nullopt;
    return m_labels.at(row);
}

int LabelTableModel::rowOf(const LabelKey &key) const {
    for (int row = 0; row < m_labels.size(); ++row) {
        if (m_labels.at(row).key() == key)
            return row;
    }
    return -1;
}

std::optional<AssociationLabel> LabelTableModel::inverseOf(const AssociationLabel &label) const {
    if (!m_session)
        return std::nullopt;
    const PortalSchema &schema = m_session->schema();
    const auto key = schema.inverseOf(m_pair, label.key());
    if (!key)
        return std::nullopt;
    const PairSchema *reverse = schema.pair(m_pair.reversed());
    const AssociationLabel *inverse = reverse ? reverse->label(*key) : nullptr;
    if (!inverse)
        return std::nullopt;
    return *inverse;
}

std::optional<int> LabelTableModel::limitOf(const ObjectTypePair &pair, const LabelKey &key) const {
    if (!m_session)
        return std::nullopt;
    const PairSchema *schema = m_session->schema().pair(pair);
    return schema ? schema->limitFor(key) : std::nullopt;
}

int LabelTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_labels.size());
}

int LabelTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssociationLabel &label = m_labels.at(index.row());
    const std::optional<AssociationLabel> inverse = inverseOf(label);
    const std::optional<int> limit = limitOf(m_pair, label.key());
    const bool editable = label.category.isUserEditable();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LabelColumn:
            return label.displayText();
        case TypeIdColumn:
            return label.typeId;
        case CategoryColumn:
            return label.category.displayName();
        case InverseLabelColumn:
            return inverse ? inverse->displayText() : QString();
        case InverseTypeIdColumn:
            return inverse ? QVariant(inverse->typeId) : QVariant(QString());
        case LimitColumn:
            return limit ? QVariant(*limit) : QVariant(tr("No limit"));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!editable)
            return tr("Defined by HubSpot: it cannot be renamed or deleted, but its limit can "
                      "be set.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TypeIdColumn || index.column() == InverseTypeIdColumn ||
            index.column() == LimitColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case LabelRole:
        return QVariant::fromValue(label);
    case LabelKeyRole:
        return QVariant::fromValue(label.key());
    case EditableRole:
        return editable;
    case LimitRole:
        return limit ? QVariant(*limit) : QVariant();
    case InverseLabelRole:
        return inverse ? QVariant::fromValue(*inverse) : QVariant();
    case SortRole:
        switch (index.column()) {
        case TypeIdColumn:
            return label.typeId;
        case InverseTypeIdColumn:
            return inverse ? inverse->typeId : -1;
        case LimitColumn:
            return limit.value_or(std::numeric_limits<int>::max()); // "no limit" sorts last
        case LabelColumn:
            return label.displayText();
        case CategoryColumn:
            return label.category.displayName();
        case InverseLabelColumn:
            return inverse ? inverse->displayText() : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LabelTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case TypeIdColumn:
        return tr("Type ID");
    case CategoryColumn:
        return tr("Category");
    case InverseLabelColumn:
        return tr("Inverse label");
    case InverseTypeIdColumn:
        return tr("Inverse type ID");
    case LimitColumn:
        return tr("Limit");
    default:
        return {};
    }
}

QHash<int, QByteArray> LabelTableModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(LabelKeyRole, "labelKey");
    names.insert(EditableRole, "editable");
    names.insert(LimitRole, "limit");
    return names;
}

} // namespace assoc::models
