// SPDX-License-Identifier: MIT
#include "JsonView.h"

#include <QJsonArray>

namespace assoc {

QJsonValue JsonView::optionalInt(std::optional<int> value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonView::optionalString(const std::optional<QString> &value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject JsonView::objectType(const ObjectType &type) {
    return {{QStringLiteral("id"), type.id},
            {QStringLiteral("name"), type.name},
            {QStringLiteral("singularLabel"), type.singularLabel},
            {QStringLiteral("pluralLabel"), type.pluralLabel},
            {QStringLiteral("custom"), type.custom},
            {QStringLiteral("fullyQualifiedName"), type.fullyQualifiedName.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(type.fullyQualifiedName)}};
}

QJsonObject JsonView::pair(const ObjectTypePair &pair) {
    return {{QStringLiteral("fromObjectTypeId"), pair.fromId},
            {QStringLiteral("toObjectTypeId"), pair.toId}};
}

QJsonObject JsonView::label(const AssociationLabel &label, std::optional<int> limit) {
    return {{QStringLiteral("typeId"), label.typeId},
            {QStringLiteral("category"), label.category.apiName()},
            {QStringLiteral("label"),
             label.isUnlabeled() ? QJsonValue(QJsonValue::Null) : QJsonValue(*label.label)},
            {QStringLiteral("limit"), optionalInt(limit)}};
}

QJsonObject
JsonView::pairLabels(const ObjectTypePair &pair,
                     const QList<std::pair<AssociationLabel, std::optional<int>>> &labels) {
    QJsonArray list;
    for (const auto &[label, limit] : labels)
        list.append(JsonView::label(label, limit));
    QJsonObject json = JsonView::pair(pair);
    json.insert(QStringLiteral("labels"), list);
    return json;
}

QJsonObject JsonView::limit(const AssociationLimit &limit) {
    return {{QStringLiteral("typeId"), limit.typeId},
            {QStringLiteral("category"), limit.category.apiName()},
            {QStringLiteral("label"), optionalString(limit.label)},
            {QStringLiteral("limit"), optionalInt(limit.maxToObjectIds)}};
}

QJsonObject JsonView::usage(const LabelUsage &usage) {
    auto ref = [](const ObjectTypeRef &r) {
        return QJsonObject{{QStringLiteral("objectTypeId"), r.objectTypeId},
                           {QStringLiteral("singularLabel"), r.singularLabel},
                           {QStringLiteral("pluralLabel"), r.pluralLabel}};
    };
    return {{QStringLiteral("from"), ref(usage.from)},
            {QStringLiteral("to"), ref(usage.to)},
            {QStringLiteral("labels"), QJsonArray::fromStringList(usage.allLabels)},
            {QStringLiteral("usage"), usage.usage},
            {QStringLiteral("limit"), usage.limit},
            {QStringLiteral("percentage"), usage.percentage}};
}

} // namespace assoc
