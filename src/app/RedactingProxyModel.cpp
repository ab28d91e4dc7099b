// SPDX-License-Identifier: MIT
#include "RedactingProxyModel.h"

#include "auth/Redactor.h"

namespace assoc::app {

QVariant RedactingProxyModel::data(const QModelIndex &index, int role) const {
    const QVariant value = QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::StatusTipRole:
    case Qt::WhatsThisRole:
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole:
        if (value.typeId() == QMetaType::QString)
            return auth::Redactor::forDisplay(value.toString());
        return value;
    default:
        return value;
    }
}

} // namespace assoc::app
