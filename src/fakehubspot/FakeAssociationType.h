// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace assoc::fake {

// One association type in one direction. HubSpot gives each direction its own
// typeId; `inverseTypeId` links the other direction (0 = none, e.g. 449).
struct FakeAssociationType {
    QString fromId;
    QString toId;
    int typeId = 0;
    QString category; // HUBSPOT_DEFINED, USER_DEFINED, INTEGRATOR_DEFINED, WORK
    QString label;    // null QString = unlabeled (serialised as JSON null)
    QString name;     // internal name of user labels
    int inverseTypeId = 0;

    bool isUserLabel() const {
        return category == QLatin1String("USER_DEFINED") && !label.isNull();
    }
};

} // namespace assoc::fake
