// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace assoc::fake {

// Why the portal refused an operation; handlers turn it into HubSpot's Error shape.
struct StateError {
    int httpStatus = 400;
    QString category = QStringLiteral("VALIDATION_ERROR");
    QString message;
    QMap<QString, QStringList> context;
};

} // namespace assoc::fake
