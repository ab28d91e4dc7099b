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
    // The granular scope HubSpot names (requiredGranularScopes) when a token may not read the type.
    QString readScope;
    // Standard type the docs say paths may name ("contacts, companies, deals, tickets, and notes").
    bool nameInDocs = false;
    QString primaryDisplayProperty;
    QStringList propertyNames;
    QDateTime createdAt;

    // A custom object type as a portal defines it: labels default to the name, and the
    // fully-qualified name carries the portal id.
    static FakeObjectType customObject(qint64 portalId, const QString &id, const QString &name,
                                       const QString &singularLabel = {},
                                       const QString &pluralLabel = {}) {
        FakeObjectType t;
        t.id = id;
        t.name = name;
        t.pluralName = name;
        t.singularLabel = singularLabel.isEmpty() ? name : singularLabel;
        t.pluralLabel = pluralLabel.isEmpty() ? name : pluralLabel;
        t.custom = true;
        t.fullyQualifiedName = QStringLiteral("p%1_%2").arg(portalId).arg(name);
        t.readScope = QStringLiteral("crm.objects.custom.read");
        return t;
    }
};

} // namespace assoc::fake
