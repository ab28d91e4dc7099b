// SPDX-License-Identifier: MIT
#include "ObjectTypeChoice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace assoc {

namespace {
// lupdate files these strings under "ObjectTypeChoice"; see Validation.cpp.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(ObjectTypeChoice)
};

QString keyword(ObjectTypeChoice::Mode mode) {
    switch (mode) {
    case ObjectTypeChoice::Mode::Core:
        return QStringLiteral("core");
    case ObjectTypeChoice::Mode::All:
        return QStringLiteral("all");
    case ObjectTypeChoice::Mode::Auto:
        return QStringLiteral("auto");
    case ObjectTypeChoice::Mode::List:
        break;
    }
    return {};
}

// A standard type becomes its API name; anything else must look like a custom type's id
// ("2-123"), schema name or fully qualified name ("p123_cars").
std::optional<QString> normalisedEntry(const QString &raw) {
    const QString entry = raw.trimmed().toLower();
    if (auto standard = StandardObjectTypes::find(entry))
        return standard->name;
    static const QRegularExpression custom(QStringLiteral("^(2-[0-9]+|[a-z][a-z0-9_]*)$"));
    if (custom.match(entry).hasMatch())
        return entry;
    return std::nullopt;
}

bool matchesCustom(const QString &entry, const ObjectType &type) {
    return entry == type.id || entry == type.name.toLower() ||
           entry == type.fullyQualifiedName.toLower();
}
} // namespace

ObjectTypeChoice ObjectTypeChoice::list(const QStringList &entries) {
    QStringList normalised;
    for (const QString &e : entries) {
        const QString n = normalisedEntry(e).value_or(e.trimmed().toLower());
        if (!n.isEmpty() && !normalised.contains(n))
            normalised.append(n);
    }
    return ObjectTypeChoice(Mode::List, normalised);
}

Expected<ObjectTypeChoice, QString> ObjectTypeChoice::parse(const QString &text) {
    using Result = Expected<ObjectTypeChoice, QString>;
    const QString t = text.trimmed().toLower();
    for (Mode m : {Mode::Core, Mode::All, Mode::Auto}) {
        if (t == keyword(m))
            return ObjectTypeChoice(m, {});
    }
    QStringList entries;
    for (const QString &part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto n = normalisedEntry(part);
        if (!n) {
            return Result::failure(
                Texts::tr("\"%1\" is not an object type: use core, all, auto, or type ids and "
                          "names separated by commas (0-1,0-3,line_items,2-123).")
                    .arg(part.trimmed()));
        }
        if (!entries.contains(*n))
            entries.append(*n);
    }
    if (entries.isEmpty()) {
        return Result::failure(Texts::tr("No object types given: use core, all, auto, or type ids "
                                         "and names separated by commas."));
    }
    return ObjectTypeChoice(Mode::List, entries);
}

QString ObjectTypeChoice::toString() const {
    return m_mode == Mode::List ? m_entries.join(QLatin1Char(',')) : keyword(m_mode);
}

Expected<ObjectTypeChoice, QString> ObjectTypeChoice::fromJson(const QJsonValue &value) {
    if (!value.isString()) {
        return Expected<ObjectTypeChoice, QString>::failure(
            Texts::tr("The object-type choice must be a text such as \"auto\"."));
    }
    return parse(value.toString());
}

const QStringList &ObjectTypeChoice::coreTypeIds() {
    static const QStringList ids = {QStringLiteral("0-1"), QStringLiteral("0-2"),
                                    QStringLiteral("0-3"), QStringLiteral("0-5")};
    return ids;
}

QStringList ObjectTypeChoice::standardTypeIds() const {
    QStringList ids;
    for (const ObjectType &t : StandardObjectTypes::all()) {
        const bool chosen = m_mode == Mode::All ||
                            (m_mode == Mode::List ? m_entries.contains(t.name) : isCoreType(t.id));
        if (chosen)
            ids.append(t.id);
    }
    return ids;
}

QList<ObjectType> ObjectTypeChoice::select(const QList<ObjectType> &custom,
                                           const QSet<QString> &mentioned) const {
    const QStringList standard = standardTypeIds();
    QList<ObjectType> out;
    for (const ObjectType &t : StandardObjectTypes::all()) {
        if (standard.contains(t.id) || (usesMentionedTypes() && mentioned.contains(t.id)))
            out.append(t);
    }
    for (const ObjectType &t : custom) {
        const bool chosen = m_mode != Mode::List ||
                            std::any_of(m_entries.begin(), m_entries.end(),
                                        [&t](const QString &e) { return matchesCustom(e, t); });
        if (chosen)
            out.append(t);
    }
    return out;
}

QStringList ObjectTypeChoice::unmatchedEntries(const QList<ObjectType> &custom) const {
    QStringList out;
    for (const QString &e : m_entries) {
        if (StandardObjectTypes::find(e))
            continue;
        if (std::none_of(custom.begin(), custom.end(),
                         [&e](const ObjectType &t) { return matchesCustom(e, t); }))
            out.append(e);
    }
    return out;
}

} // namespace assoc
