// SPDX-License-Identifier: MIT
#include "FakePortalState.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {

const QStringList kCategories{u"HUBSPOT_DEFINED"_s, u"USER_DEFINED"_s, u"INTEGRATOR_DEFINED"_s,
                              u"WORK"_s};

StateError notFound(int typeId, const QString &fromId, const QString &toId) {
    StateError e;
    e.httpStatus = 404;
    e.category = u"OBJECT_NOT_FOUND"_s;
    e.message =
        u"Association type %1 was not found between %2 and %3."_s.arg(typeId).arg(fromId, toId);
    e.context.insert(u"associationTypeId"_s, {QString::number(typeId)});
    return e;
}

StateError validation(const QString &message, const QMap<QString, QStringList> &context = {}) {
    StateError e;
    e.message = message;
    e.context = context;
    return e;
}

// `pattern` takes the type id, its category, and the two object types, in that order.
StateError limitError(const QString &pattern, const QString &fromId, const QString &toId,
                      const QString &category, int typeId) {
    return validation(pattern.arg(typeId).arg(category, fromId, toId),
                      {{u"typeId"_s, {QString::number(typeId)}}});
}

// Limits and association types are both keyed by pair, category and type id.
template <typename Keyed>
bool hasKey(const Keyed &k, const QString &fromId, const QString &toId, const QString &category,
            int typeId) {
    return k.fromId == fromId && k.toId == toId && k.category == category && k.typeId == typeId;
}

// The entries of `all` about one direction of a pair.
template <typename OfPair>
QList<OfPair> ofPair(const QList<OfPair> &all, const QString &fromId, const QString &toId) {
    QList<OfPair> out;
    for (const auto &entry : all) {
        if (entry.fromId == fromId && entry.toId == toId)
            out.append(entry);
    }
    return out;
}

} // namespace

void FakePortalState::clear() {
    *this = FakePortalState();
}

void FakePortalState::addObjectType(const FakeObjectType &type) {
    m_objectTypes.append(type);
}

const FakeObjectType *FakePortalState::objectType(const QString &id) const {
    for (const auto &t : m_objectTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const FakeObjectType *FakePortalState::resolveObjectType(const QString &token,
                                                         bool acceptFullyQualifiedName,
                                                         bool namesForAllStandardTypes) const {
    for (const auto &t : m_objectTypes) {
        if (t.id == token)
            return &t;
        // HubSpot accepts names only for standard objects.
        const bool byName = !t.custom && (namesForAllStandardTypes || t.nameInDocs);
        if (byName && (token.compare(t.name, Qt::CaseInsensitive) == 0 ||
                       token.compare(t.pluralName, Qt::CaseInsensitive) == 0))
            return &t;
        if (t.custom && acceptFullyQualifiedName &&
            token.compare(t.fullyQualifiedName, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

void FakePortalState::addAssociationType(const FakeAssociationType &type) {
    m_types.append(type);
}

QList<FakeAssociationType> FakePortalState::labels(const QString &fromId,
                                                   const QString &toId) const {
    return ofPair(m_types, fromId, toId);
}

const FakeAssociationType *FakePortalState::findType(const QString &fromId, const QString &toId,
                                                     int typeId, const QString &category) const {
    const FakeAssociationType *fallback = nullptr;
    for (const auto &t : m_types) {
        if (t.fromId != fromId || t.toId != toId || t.typeId != typeId)
            continue;
        if (!category.isEmpty()) {
            if (t.category == category)
                return &t;
            continue;
        }
        if (t.category == u"USER_DEFINED")
            return &t;
        if (!fallback)
            fallback = &t;
    }
    return fallback;
}

FakeAssociationType *FakePortalState::findMutable(const QString &fromId, const QString &toId,
                                                  int typeId) {
    return const_cast<FakeAssociationType *>(std::as_const(*this).findType(fromId, toId, typeId));
}

FakeAssociationType *FakePortalState::inverseOf(const FakeAssociationType &type) {
    if (type.inverseTypeId == 0)
        return nullptr;
    for (auto &t : m_types) {
        if (t.fromId == type.toId && t.toId == type.fromId && t.typeId == type.inverseTypeId &&
            t.category == type.category)
            return &t;
    }
    return nullptr;
}

int FakePortalState::userLabelCount(const QString &fromId, const QString &toId) const {
    // A same-object paired label has two ids but is one label: count names.
    QSet<QString> names;
    for (const auto &t : m_types) {
        if (t.fromId == fromId && t.toId == toId && t.isUserLabel())
            names.insert(t.name);
    }
    return int(names.size());
}

std::optional<StateError> FakePortalState::validateLabelText(const QString &field,
                                                             const QString &text,
                                                             const FakeConfig &config) const {
    if (text.trimmed().isEmpty())
        return validation(u"%1 must not be empty."_s.arg(field), {{u"field"_s, {field}}});
    if (text.size() > config.maxLabelLength)
        return validation(u"%1 must be at most %2 characters long, got %3."_s.arg(field)
                              .arg(config.maxLabelLength)
                              .arg(text.size()),
                          {{u"field"_s, {field}}});
    return std::nullopt;
}

std::optional<StateError> FakePortalState::createLabel(const QString &fromId, const QString &toId,
                                                       const QString &name, const QString &label,
                                                       const QString &inverseLabel,
                                                       const FakeConfig &config,
                                                       QList<FakeAssociationType> *created) {
    const QRegularExpression namePattern(config.labelNamePattern);
    if (!namePattern.match(name).hasMatch())
        return validation(u"Invalid association label name '%1': it must match %2 (a lowercase "
                          u"letter, then lowercase letters, digits or underscores)."_s.arg(
                              name, config.labelNamePattern),
                          {{u"name"_s, {name}}});
    if (auto e = validateLabelText(u"label"_s, label, config))
        return e;
    const bool paired = !inverseLabel.isEmpty();
    if (paired) {
        if (auto e = validateLabelText(u"inverseLabel"_s, inverseLabel, config))
            return e;
    }
    for (const auto &t : m_types) {
        const bool samePair =
            (t.fromId == fromId && t.toId == toId) || (t.fromId == toId && t.toId == fromId);
        if (samePair && t.category == u"USER_DEFINED" && t.name == name)
            return validation(
                u"An association label named '%1' already exists between %2 and %3."_s.arg(
                    name, fromId, toId),
                {{u"name"_s, {name}}});
    }
    if (userLabelCount(fromId, toId) >= config.maxLabelsPerPair)
        return validation(u"Cannot create association label '%1': the object pair %2 and %3 "
                          u"already has the maximum of %4 labels."_s.arg(name, fromId, toId)
                              .arg(config.maxLabelsPerPair),
                          {{u"limit"_s, {QString::number(config.maxLabelsPerPair)}}});

    auto make = [&](const QString &from, const QString &to, int id, const QString &text, int inv) {
        FakeAssociationType t;
        t.fromId = from;
        t.toId = to;
        t.typeId = id;
        t.category = u"USER_DEFINED"_s;
        t.label = text;
        t.name = name;
        t.inverseTypeId = inv;
        return t;
    };
    QList<FakeAssociationType> made;
    const int first = m_nextTypeId;
    if (fromId != toId || paired || config.sameObjectSingleLabelTwoIds) {
        // Two directions, consecutive ids; the docs' example lists the higher id first.
        m_nextTypeId += 2;
        const QString second = paired ? inverseLabel : label;
        made.append(make(toId, fromId, first + 1, second, first));
        made.append(make(fromId, toId, first, label, first + 1));
    } else {
        // Same-object single label: one symmetric id, like 449..452.
        m_nextTypeId += 1;
        made.append(make(fromId, toId, first, label, 0));
    }
    for (auto it = made.crbegin(); it != made.crend(); ++it)
        m_types.append(*it);
    if (created)
        *created = made;
    return std::nullopt;
}

std::optional<StateError> FakePortalState::renameLabel(const QString &fromId, const QString &toId,
                                                       int typeId, const QString &label,
                                                       const QString &inverseLabel,
                                                       const FakeConfig &config) {
    FakeAssociationType *type = nullptr;
    if (auto e = findUserLabel(fromId, toId, typeId, config, u"renamed"_s, &type))
        return e;
    if (auto e = validateLabelText(u"label"_s, label, config))
        return e;
    if (!inverseLabel.isNull()) {
        if (auto e = validateLabelText(u"inverseLabel"_s, inverseLabel, config))
            return e;
    }
    FakeAssociationType *inverse = inverseOf(*type);
    const bool wasSingle = inverse && inverse->label == type->label;
    type->label = label;
    if (inverse && !inverseLabel.isNull())
        inverse->label = inverseLabel;
    else if (inverse && wasSingle)
        inverse->label = label; // a single label stays single
    return std::nullopt;
}

std::optional<StateError> FakePortalState::findUserLabel(const QString &fromId, const QString &toId,
                                                         int typeId, const FakeConfig &config,
                                                         const QString &verb,
                                                         FakeAssociationType **found) {
    FakeAssociationType *type = findMutable(fromId, toId, typeId);
    if (!type && config.acceptInverseIdOnPath)
        type = findMutable(toId, fromId, typeId);
    if (!type)
        return notFound(typeId, fromId, toId);
    if (!type->isUserLabel())
        return validation(u"Association type %1 is %2 and cannot be %3."_s.arg(typeId).arg(
                              type->label.isNull() ? u"unlabeled"_s : type->category, verb),
                          {{u"associationTypeId"_s, {QString::number(typeId)}}});
    *found = type;
    return std::nullopt;
}

void FakePortalState::removeType(const FakeAssociationType &type) {
    const FakeAssociationType copy = type; // `type` may point into m_types
    removeLimit(copy.fromId, copy.toId, copy.category, copy.typeId);
    m_types.removeIf([&](const FakeAssociationType &t) {
        return hasKey(t, copy.fromId, copy.toId, copy.category, copy.typeId);
    });
}

std::optional<StateError> FakePortalState::deleteLabel(const QString &fromId, const QString &toId,
                                                       int typeId, const FakeConfig &config) {
    FakeAssociationType *type = nullptr;
    if (auto e = findUserLabel(fromId, toId, typeId, config, u"deleted"_s, &type))
        return e;
    const FakeAssociationType self = *type;
    std::optional<FakeAssociationType> inverse;
    if (const FakeAssociationType *inv = inverseOf(self))
        inverse = *inv;
    removeType(self);
    if (inverse && config.deleteBothDirections) {
        removeType(*inverse);
    } else if (inverse) {
        // The remaining direction loses its partner.
        if (FakeAssociationType *rest =
                findMutable(inverse->fromId, inverse->toId, inverse->typeId))
            rest->inverseTypeId = 0;
    }
    return std::nullopt;
}

QList<FakeLimit> FakePortalState::limits(const QString &fromId, const QString &toId) const {
    return ofPair(m_limits, fromId, toId);
}

std::optional<int> FakePortalState::limit(const QString &fromId, const QString &toId,
                                          const QString &category, int typeId) const {
    for (const auto &l : m_limits) {
        if (hasKey(l, fromId, toId, category, typeId))
            return l.maxToObjectIds;
    }
    return std::nullopt;
}

void FakePortalState::setLimit(const QString &fromId, const QString &toId, const QString &category,
                               int typeId, int maxToObjectIds) {
    for (auto &l : m_limits) {
        if (hasKey(l, fromId, toId, category, typeId)) {
            l.maxToObjectIds = maxToObjectIds;
            return;
        }
    }
    m_limits.append(FakeLimit{fromId, toId, category, typeId, maxToObjectIds});
}

std::optional<StateError> FakePortalState::validateLimitInput(const QString &fromId,
                                                              const QString &toId,
                                                              const QString &category, int typeId,
                                                              int maxToObjectIds,
                                                              const FakeConfig &config) const {
    const QMap<QString, QStringList> ctx{{u"typeId"_s, {QString::number(typeId)}},
                                         {u"category"_s, {category}}};
    if (!kCategories.contains(category))
        return validation(u"Unknown association category '%1'."_s.arg(category), ctx);
    if (!findType(fromId, toId, typeId, category))
        return validation(
            u"Association type %1 of category %2 does not exist from %3 to %4."_s.arg(typeId).arg(
                category, fromId, toId),
            ctx);
    if (maxToObjectIds < 1 || maxToObjectIds > config.maxToObjectIdsCeiling)
        return validation(u"Invalid maxToObjectIds %1 for association type %2: the valid range is "
                          u"1-%3."_s.arg(maxToObjectIds)
                              .arg(typeId)
                              .arg(config.maxToObjectIdsCeiling),
                          ctx);
    return std::nullopt;
}

std::optional<StateError> FakePortalState::createLimit(const QString &fromId, const QString &toId,
                                                       const QString &category, int typeId,
                                                       int maxToObjectIds,
                                                       const FakeConfig &config) {
    if (auto e = validateLimitInput(fromId, toId, category, typeId, maxToObjectIds, config))
        return e;
    if (limit(fromId, toId, category, typeId))
        return limitError(u"A limit is already set for association type %1 (%2) from %3 to %4; "
                          u"use batch/update to change it."_s,
                          fromId, toId, category, typeId);
    setLimit(fromId, toId, category, typeId, maxToObjectIds);
    return std::nullopt;
}

std::optional<StateError> FakePortalState::updateLimit(const QString &fromId, const QString &toId,
                                                       const QString &category, int typeId,
                                                       int maxToObjectIds,
                                                       const FakeConfig &config) {
    if (auto e = validateLimitInput(fromId, toId, category, typeId, maxToObjectIds, config))
        return e;
    if (!limit(fromId, toId, category, typeId))
        return limitError(u"No limit is set for association type %1 (%2) from %3 to %4; use "
                          u"batch/create to set one."_s,
                          fromId, toId, category, typeId);
    setLimit(fromId, toId, category, typeId, maxToObjectIds);
    return std::nullopt;
}

std::optional<StateError> FakePortalState::checkPurge(const QString &fromId, const QString &toId,
                                                      const QString &category, int typeId) const {
    if (!limit(fromId, toId, category, typeId))
        return limitError(u"No limit is set for association type %1 (%2) from %3 to %4."_s, fromId,
                          toId, category, typeId);
    return std::nullopt;
}

void FakePortalState::removeLimit(const QString &fromId, const QString &toId,
                                  const QString &category, int typeId) {
    m_limits.removeIf(
        [&](const FakeLimit &l) { return hasKey(l, fromId, toId, category, typeId); });
}

QList<FakeRecordUsage> FakePortalState::recordUsages(const QString &fromId,
                                                     const QString &toId) const {
    return ofPair(m_records, fromId, toId);
}

int FakePortalState::recordLimit(const QString &fromId, const QString &toId,
                                 const FakeConfig &config) const {
    int result = config.defaultRecordAssociationLimit;
    for (const auto &l : m_limits) {
        if (l.fromId == fromId && l.toId == toId)
            result = std::min(result, l.maxToObjectIds);
    }
    return result;
}

QJsonObject FakePortalState::toJson() const {
    QJsonArray types;
    for (const auto &t : m_objectTypes) {
        types.append(QJsonObject{{u"id"_s, t.id},
                                 {u"name"_s, t.name},
                                 {u"pluralName"_s, t.pluralName},
                                 {u"singularLabel"_s, t.singularLabel},
                                 {u"pluralLabel"_s, t.pluralLabel},
                                 {u"custom"_s, t.custom},
                                 {u"fullyQualifiedName"_s, t.fullyQualifiedName}});
    }
    QJsonArray assocs;
    for (const auto &t : m_types) {
        assocs.append(
            QJsonObject{{u"fromObjectTypeId"_s, t.fromId},
                        {u"toObjectTypeId"_s, t.toId},
                        {u"typeId"_s, t.typeId},
                        {u"category"_s, t.category},
                        {u"label"_s, t.label.isNull() ? QJsonValue() : QJsonValue(t.label)},
                        {u"name"_s, t.name},
                        {u"inverseTypeId"_s, t.inverseTypeId}});
    }
    QJsonArray limitsJson;
    for (const auto &l : m_limits) {
        limitsJson.append(QJsonObject{{u"fromObjectTypeId"_s, l.fromId},
                                      {u"toObjectTypeId"_s, l.toId},
                                      {u"category"_s, l.category},
                                      {u"typeId"_s, l.typeId},
                                      {u"maxToObjectIds"_s, l.maxToObjectIds}});
    }
    QJsonArray records;
    for (const auto &r : m_records) {
        records.append(QJsonObject{{u"fromObjectTypeId"_s, r.fromId},
                                   {u"toObjectTypeId"_s, r.toId},
                                   {u"objectId"_s, r.objectId},
                                   {u"label"_s, r.label},
                                   {u"associationCount"_s, r.associationCount}});
    }
    return QJsonObject{{u"portalId"_s, m_portalId},
                       {u"nextTypeId"_s, m_nextTypeId},
                       {u"objectTypes"_s, types},
                       {u"deniedObjectTypes"_s, QJsonArray::fromStringList(m_deniedObjectTypes)},
                       {u"associationTypes"_s, assocs},
                       {u"limits"_s, limitsJson},
                       {u"recordUsages"_s, records}};
}

} // namespace assoc::fake
