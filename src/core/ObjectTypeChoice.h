// SPDX-License-Identifier: MIT
#pragma once

#include "Expected.h"
#include "ObjectType.h"

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace assoc {

// Which object types a portal is read with. The API cannot list the standard types a portal
// has, and reading every pair of 30-odd types costs about a thousand requests, so each profile
// (and each assocctl run) chooses:
// - Core: contacts, companies, deals, tickets, plus the portal's custom objects;
// - All: every standard type of the API notes, plus the custom objects;
// - Auto (the default): Core plus every standard type the portal-wide listings mention, so
//   whatever an admin customised shows without asking for every pair;
// - List: exactly the types named, standard ones by id or name, custom ones by id, schema
//   name or fully qualified name.
class ObjectTypeChoice {
public:
    enum class Mode { Core, All, Auto, List };

    ObjectTypeChoice() = default; // Auto
    static ObjectTypeChoice core() { return ObjectTypeChoice(Mode::Core, {}); }
    static ObjectTypeChoice all() { return ObjectTypeChoice(Mode::All, {}); }
    static ObjectTypeChoice automatic() { return ObjectTypeChoice(Mode::Auto, {}); }
    // Entries as parse() accepts them; an empty list is not a choice (parse() refuses it).
    static ObjectTypeChoice list(const QStringList &entries);

    Mode mode() const { return m_mode; }
    // List only: standard types by API name ("line_items"), others lower-cased as given.
    const QStringList &entries() const { return m_entries; }

    // "core", "all", "auto", or type ids and names separated by commas ("0-1,0-3,p123_cars",
    // "deals,line_items"). The error names what was not understood.
    static Expected<ObjectTypeChoice, QString> parse(const QString &text);
    // The text parse() reads back into an equal choice.
    QString toString() const;
    QJsonValue toJson() const { return toString(); }
    static Expected<ObjectTypeChoice, QString> fromJson(const QJsonValue &value);

    // contacts, companies, deals and tickets: in every portal.
    static const QStringList &coreTypeIds();
    static bool isCoreType(const QString &typeId) { return coreTypeIds().contains(typeId); }

    // Whether select() needs the standard types the portal-wide listings mention.
    bool usesMentionedTypes() const { return m_mode == Mode::Auto; }
    // The standard types known to be chosen before the portal has answered anything.
    QStringList standardTypeIds() const;
    // The types to read: the chosen standard types in the notes' order, then the chosen custom
    // ones in the portal's order. `mentioned` (type ids) matters for Auto only.
    QList<ObjectType> select(const QList<ObjectType> &custom,
                             const QSet<QString> &mentioned = {}) const;
    // List entries that name neither a standard type nor one of `custom`.
    QStringList unmatchedEntries(const QList<ObjectType> &custom) const;

    bool operator==(const ObjectTypeChoice &) const = default;

private:
    ObjectTypeChoice(Mode mode, QStringList entries)
        : m_mode(mode)
        , m_entries(std::move(entries)) {}

    Mode m_mode = Mode::Auto;
    QStringList m_entries;
};

} // namespace assoc
