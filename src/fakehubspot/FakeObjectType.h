// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace assoc::fake {

// One CRM object type of the fake portal (standard `0-x` or custom `2-x`).
struct FakeObjectType {
    QString id;         // "0-1", "2-7300101"
    QString name;       // singular API name: "contact", "vehicle"
    QString pluralName; // "contacts", "vehicles"
    QString singularLabel;
    QString pluralLabel;
    bool custom = false;
    QString fullyQualifiedName; // custom only: p{portalId}_{name}
    QString primaryDisplayProperty;
    QStringList propertyNames;
    QDateTime createdAt;
};

} // namespace assoc::fake
