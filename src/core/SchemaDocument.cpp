// SPDX-License-Identifier: MIT
#include "SchemaDocument.h"

#include "DocumentEnvelope.h"
#include "JsonView.h"
#include "LabelPairing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace assoc {

namespace {
const QString formatName = QStringLiteral("association-studio.schema");
} // namespace

QByteArray SchemaDocument::write(const PortalSchema &schema) {
    return QJsonDocument(toJson(schema)).toJson(QJsonDocument::Indented);
}

QJsonObject SchemaDocument::toJson(const PortalSchema &schema) {
    QHash<QString, QString> nameOf;
    QList<ObjectType> types = schema.objectTypes;
    // By name, then id; pairs and labels below likewise. Stable, so that a schema the reader
    // would refuse (two types of one name) is still written the same way each time.
    std::stable_sort(types.begin(), types.end(), [](const ObjectType &a, const ObjectType &b) {
        const QString nameA = a.portableName(), nameB = b.portableName();
        return nameA != nameB ? nameA < nameB : a.id < b.id;
    });
    QJsonArray typesJson;
    for (const ObjectType &t : types) {
        nameOf.insert(t.id, t.portableName());
        QJsonObject o{{QStringLiteral("name"), t.portableName()},
                      {QStringLiteral("objectTypeId"), t.id},
                      {QStringLiteral("custom"), t.custom},
                      {QStringLiteral("singularLabel"), t.singularLabel},
                      {QStringLiteral("pluralLabel"), t.pluralLabel}};
        if (!t.fullyQualifiedName.isEmpty())
            o.insert(QStringLiteral("fullyQualifiedName"), t.fullyQualifiedName);
        typesJson.append(o);
    }

    struct NamedPair {
        QString from, to;
        const PairSchema *pair;
    };
    QList<NamedPair> named;
    for (const PairSchema &p : schema.pairs) {
        if (!p.labels.isEmpty())
            named.append({nameOf.value(p.pair.fromId, p.pair.fromId),
                          nameOf.value(p.pair.toId, p.pair.toId), &p});
    }
    std::stable_sort(named.begin(), named.end(), [](const NamedPair &a, const NamedPair &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });

    QJsonArray pairsJson;
    for (const NamedPair &np : named) {
        const PairSchema &p = *np.pair;
        const PairSchema *reverse = schema.pair(p.pair.reversed());
        const auto pairing =
            LabelPairing::infer(p.labels, reverse ? reverse->labels : QList<AssociationLabel>{});
        QList<AssociationLabel> labels = p.labels;
        std::stable_sort(
            labels.begin(), labels.end(),
            [](const AssociationLabel &a, const AssociationLabel &b) { return a.key() < b.key(); });
        QJsonArray labelsJson;
        for (const AssociationLabel &l : labels) {
            QJsonObject o{{QStringLiteral("typeId"), l.typeId},
                          {QStringLiteral("category"), l.category.apiName()},
                          {QStringLiteral("hubspotDefined"),
                           l.category.kind() == AssociationCategory::HubSpotDefined},
                          {QStringLiteral("label"), JsonView::optionalString(l.label)},
                          {QStringLiteral("limit"), JsonView::optionalInt(p.limitFor(l.key()))}};
            auto inv = pairing.constFind(l.key());
            if (inv != pairing.constEnd()) {
                o.insert(QStringLiteral("inverseTypeId"), inv->typeId);
                const AssociationLabel *invLabel = reverse ? reverse->label(*inv) : p.label(*inv);
                if (!reverse && p.pair.isSameObject())
                    invLabel = p.label(*inv);
                if (invLabel)
                    o.insert(QStringLiteral("inverseLabel"),
                             JsonView::optionalString(invLabel->label));
            }
            labelsJson.append(o);
        }
        pairsJson.append(QJsonObject{{QStringLiteral("from"), np.from},
                                     {QStringLiteral("to"), np.to},
                                     {QStringLiteral("labels"), labelsJson}});
    }

    QJsonObject root{{QStringLiteral("format"), formatName},
                     {QStringLiteral("formatVersion"), FormatVersion},
                     {QStringLiteral("objectTypes"), typesJson},
                     {QStringLiteral("pairs"), pairsJson}};
    if (schema.portal.portalId != 0) {
        root.insert(QStringLiteral("portal"),
                    QJsonObject{{QStringLiteral("portalId"), double(schema.portal.portalId)},
                                {QStringLiteral("uiDomain"), schema.portal.uiDomain}});
    }
    return root;
}

Expected<PortalSchema, ParseError> SchemaDocument::read(const QByteArray &document) {
    return DocumentEnvelope::read(document, &SchemaDocument::fromJson);
}

Expected<PortalSchema, ParseError> SchemaDocument::fromJson(const QJsonObject &document) {
    using Result = Expected<PortalSchema, ParseError>;
    JsonReader r{QJsonValue(document), QString()};
    DocumentEnvelope::checkFormat(r, formatName, FormatVersion, QStringLiteral("schema document"));

    PortalSchema schema;
    JsonReader portal(r.object().value(QStringLiteral("portal")), QStringLiteral("portal"));
    if (portal.ok()) {
        schema.portal.portalId = portal.optionalInt64(QStringLiteral("portalId")).value_or(0);
        schema.portal.uiDomain = portal.optionalString(QStringLiteral("uiDomain"));
    }
    // "portal" is optional, but one that is there must be readable.
    if (r.has(QStringLiteral("portal")) && !portal.ok())
        r.adoptError(portal.error());

    // Pairs name their types, so a name or id listed twice would make a pair mean one type on
    // this read and another after the next write: each may be listed once, as each direction
    // of a pair and each label of a direction.
    QHash<QString, qsizetype> indexOfName, indexOfId; // where in objectTypes each one is
    const QJsonArray types = r.requiredArray(QStringLiteral("objectTypes"));
    for (qsizetype i = 0; i < types.size() && r.ok(); ++i) {
        JsonReader t(types.at(i), JsonReader::itemPath(QStringLiteral("objectTypes"), i));
        ObjectType type;
        type.name = t.requiredString(QStringLiteral("name"));
        type.id = t.requiredString(QStringLiteral("objectTypeId"));
        type.custom = t.optionalBool(QStringLiteral("custom")).value_or(false);
        type.singularLabel = t.optionalString(QStringLiteral("singularLabel"));
        type.pluralLabel = t.optionalString(QStringLiteral("pluralLabel"));
        type.fullyQualifiedName = t.optionalString(QStringLiteral("fullyQualifiedName"));
        const auto listedOnce = [&t](const QString &key, const QString &value,
                                     const QHash<QString, qsizetype> &seen) {
            if (t.ok() && seen.contains(value))
                t.fail(key, QStringLiteral("%1 is also the %2 of objectTypes[%3]; each object "
                                           "type may be listed once")
                                .arg(value, key)
                                .arg(seen.value(value)));
        };
        listedOnce(QStringLiteral("name"), type.name, indexOfName);
        listedOnce(QStringLiteral("objectTypeId"), type.id, indexOfId);
        if (!t.ok()) {
            r.adoptError(t.error());
            break;
        }
        indexOfName.insert(type.name, i);
        indexOfId.insert(type.id, i);
        schema.objectTypes.append(type);
    }

    const auto idNamed = [&](const QString &name) {
        const auto at = indexOfName.constFind(name);
        return at == indexOfName.constEnd() ? QString() : schema.objectTypes.at(*at).id;
    };
    QMap<ObjectTypePair, qsizetype> indexOfPair;
    const QJsonArray pairs = r.requiredArray(QStringLiteral("pairs"));
    for (qsizetype i = 0; i < pairs.size() && r.ok(); ++i) {
        const QString path = JsonReader::itemPath(QStringLiteral("pairs"), i);
        JsonReader p(pairs.at(i), path);
        const QString from = p.requiredString(QStringLiteral("from"));
        const QString to = p.requiredString(QStringLiteral("to"));
        if (p.ok() && (!indexOfName.contains(from) || !indexOfName.contains(to)))
            p.fail(indexOfName.contains(from) ? QStringLiteral("to") : QStringLiteral("from"),
                   QStringLiteral("names an object type not listed in objectTypes"));
        PairSchema pair;
        pair.pair = {idNamed(from), idNamed(to)};
        if (p.ok() && indexOfPair.contains(pair.pair))
            p.fail(QString(), QStringLiteral("%1 → %2 is listed already as pairs[%3]; each "
                                             "direction may be listed once")
                                  .arg(from, to)
                                  .arg(indexOfPair.value(pair.pair)));
        indexOfPair.insert(pair.pair, i);
        QHash<LabelKey, qsizetype> indexOfLabel;
        const QJsonArray labels = p.requiredArray(QStringLiteral("labels"));
        for (qsizetype j = 0; j < labels.size() && p.ok(); ++j) {
            JsonReader l(labels.at(j),
                         JsonReader::itemPath(p.childPath(QStringLiteral("labels")), j));
            AssociationLabel label;
            label.category =
                AssociationCategory::fromApi(l.requiredString(QStringLiteral("category")));
            label.typeId = l.requiredInt(QStringLiteral("typeId"));
            label.label = l.nullableString(QStringLiteral("label"));
            const auto limit = l.optionalInt64(QStringLiteral("limit"));
            if (limit && (*limit < 1 || *limit > 1000000))
                l.fail(
                    QStringLiteral("limit"),
                    QStringLiteral("must be a number of records from 1 to 1000000, or null; got %1")
                        .arg(*limit));
            if (l.ok() && indexOfLabel.contains(label.key()))
                l.fail(QStringLiteral("typeId"),
                       QStringLiteral("%1 (%2) is listed already as labels[%3] of this pair")
                           .arg(label.typeId)
                           .arg(label.category.apiName())
                           .arg(indexOfLabel.value(label.key())));
            if (!l.ok()) {
                p.adoptError(l.error());
                break;
            }
            indexOfLabel.insert(label.key(), j);
            pair.labels.append(label);
            if (limit)
                pair.limits.append({label.category, label.typeId, label.label, int(*limit)});
        }
        if (!p.ok()) {
            r.adoptError(p.error());
            break;
        }
        schema.pairs.insert(pair.pair, pair);
    }
    if (!r.ok())
        return Result::failure(r.error());
    return schema;
}

} // namespace assoc
