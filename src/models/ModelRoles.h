// SPDX-License-Identifier: MIT
#pragma once

#include "core/AssociationLabel.h"
#include "core/ObjectTypePair.h"

#include <QMetaType>
#include <Qt>

namespace assoc::models {

// Roles shared by the models, so views and proxies can ask any of them the same way.
enum Role {
    PairKeyRole = Qt::UserRole + 1, // QString "0-1:0-2" (pair rows of the tree)
    TypeIdRole,                     // QString object type id (type rows; the from-type of pairs)
    IsPairRole,                     // bool
    IsCustomTypeRole,               // bool (type rows)
    LoadedRole,                     // bool: the pair's labels and limits are known
    LabelCountRole,                 // int
    LimitCountRole,                 // int
    UserLabelCountRole,             // int: labels counted against the per-pair maximum
    LabelMaximumRole,               // int: that maximum
    UsageWarningRole,               // bool: 80 % or more of the maximum is used
    SearchTextRole,                 // QString: what the filter matches against, case-folded
    LabelRole,                      // assoc::AssociationLabel (table rows)
    LabelKeyRole,                   // assoc::LabelKey
    EditableRole,                   // bool: renamable and deletable (user-defined)
    LimitRole,                      // int, or an invalid QVariant when there is no limit
    InverseLabelRole,               // assoc::AssociationLabel, or invalid when unknown
    SortRole,                       // a value that sorts naturally (numbers as numbers)
    ChangedRole,                    // bool: differs from the snapshot shown at start
};

} // namespace assoc::models

Q_DECLARE_METATYPE(assoc::AssociationLabel)
Q_DECLARE_METATYPE(assoc::LabelKey)
Q_DECLARE_METATYPE(assoc::ObjectTypePair)
