// SPDX-License-Identifier: MIT
#include "AssociationLabel.h"

#include <QCoreApplication>

namespace assoc {

QString AssociationLabel::displayText() const {
    if (isUnlabeled())
        return QCoreApplication::translate("AssociationLabel", "Unlabeled");
    return *label;
}

} // namespace assoc
