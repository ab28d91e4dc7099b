// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace assoc {

// A CRM object type: a standard one (id 0-n) or a portal's custom one (id 2-n).
struct ObjectType {
    QString id;                 // "0-1", "2-3456789"
    QString name;               // "contacts"; for custom types the schema name, e.g. "vehicles"
    QString singularLabel;      // "Contact"
    QString pluralLabel;        // "Contacts"
    QString fullyQualifiedName; // custom types only: "p7001234_vehicles"
    bool custom = false;

    // The name users recognise: the plural label, falling back to the name and the id.
    QString displayName() const;
    // The name that identifies the type in any portal: the API name of a standard type, the
    // schema name of a custom one (its id and fully-qualified name contain the portal id).
    QString portableName() const { return name.isEmpty() ? id : name; }
    bool operator==(const ObjectType &) const = default;
};

// HubSpot's standard object types (notes §6), looked up by id or by API name.
class StandardObjectTypes {
public:
    static const QList<ObjectType> &all();
    // Accepts an id ("0-1") or a name in singular or plural form ("contact", "contacts").
    static std::optional<ObjectType> find(const QString &idOrName);
};

} // namespace assoc
