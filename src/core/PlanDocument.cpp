// SPDX-License-Identifier: MIT
#include "PlanDocument.h"

#include "DocumentEnvelope.h"
#include "JsonView.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace assoc {

namespace {
const QString formatName = QStringLiteral("association-studio.plan");

// The same range the schema document accepts for a limit.
std::optional<int> readLimit(JsonReader &r, const QString &key) {
    const std::optional<qint64> value = r.optionalInt64(key);
    if (!value)
        return std::nullopt;
    if (*value < 1 || *value > 1000000) {
        r.fail(key, QStringLiteral("must be a number of records from 1 to 1000000, or null; got %1")
                        .arg(*value));
        return std::nullopt;
    }
    return int(*value);
}

void requireNonEmpty(JsonReader &r, const QString &key, const QString &value, const QString &kind) {
    if (r.ok() && value.trimmed().isEmpty())
        r.fail(key, QStringLiteral("must not be empty for %1").arg(kind));
}

PlanChange readChange(JsonReader &r, bool allowDeletes) {
    PlanChange c;
    const QString kind = r.requiredString(QStringLiteral("kind"));
    const auto parsedKind = PlanChange::kindFromName(kind);
    if (r.ok() && !parsedKind)
        r.fail(QStringLiteral("kind"),
               QStringLiteral("must be one of create-label, rename-label, delete-label, "
                              "set-limit, remove-limit; got \"%1\"")
                   .arg(kind));
    c.kind = parsedKind.value_or(PlanChange::Kind::CreateLabel);
    c.fromType = r.requiredString(QStringLiteral("fromType"));
    c.toType = r.requiredString(QStringLiteral("toType"));
    requireNonEmpty(r, QStringLiteral("fromType"), c.fromType, kind);
    requireNonEmpty(r, QStringLiteral("toType"), c.toType, kind);
    c.targetKey.category =
        AssociationCategory::fromApi(r.requiredString(QStringLiteral("category")));
    c.targetKey.typeId = r.requiredInt(QStringLiteral("typeId"));
    if (r.ok() && c.targetKey.typeId < 0)
        r.fail(QStringLiteral("typeId"), QStringLiteral("must not be negative"));
    c.name = r.optionalString(QStringLiteral("name"));
    c.labelText = r.requiredString(QStringLiteral("label"));
    c.inverseLabel = r.nullableString(QStringLiteral("inverseLabel"));
    c.labelBefore = r.optionalString(QStringLiteral("labelBefore"));
    c.inverseLabelBefore = r.nullableString(QStringLiteral("inverseLabelBefore"));
    c.limitBefore = readLimit(r, QStringLiteral("limitBefore"));
    c.limitAfter = readLimit(r, QStringLiteral("limitAfter"));
    c.inverseLimitBefore = readLimit(r, QStringLiteral("inverseLimitBefore"));
    if (!r.ok())
        return c;

    switch (c.kind) {
    case PlanChange::Kind::CreateLabel:
        requireNonEmpty(r, QStringLiteral("label"), c.labelText, kind);
        requireNonEmpty(r, QStringLiteral("name"), c.name, kind);
        break;
    case PlanChange::Kind::RenameLabel:
        requireNonEmpty(r, QStringLiteral("label"), c.labelText, kind);
        requireNonEmpty(r, QStringLiteral("labelBefore"), c.labelBefore, kind);
        if (r.ok() && c.targetKey.typeId == 0)
            r.fail(QStringLiteral("typeId"), QStringLiteral("must name the label to rename"));
        break;
    case PlanChange::Kind::DeleteLabel:
    case PlanChange::Kind::RemoveLimit:
        if (c.targetKey.typeId == 0)
            r.fail(QStringLiteral("typeId"), QStringLiteral("must name the association type"));
        break;
    case PlanChange::Kind::SetLimit:
        if (!c.limitAfter)
            r.fail(QStringLiteral("limitAfter"), QStringLiteral("is required for set-limit"));
        else if (c.targetKey.typeId == 0 && c.labelText.isEmpty())
            r.fail(QStringLiteral("label"),
                   QStringLiteral("must name the label when typeId is 0 (a label the plan "
                                  "creates)"));
        break;
    }
    if (r.ok() && c.isDeletion() && !allowDeletes)
        r.fail(QStringLiteral("kind"),
               QStringLiteral("is a deletion, but the plan does not allow deletions "
                              "(allowDeletes is false)"));
    return c;
}
} // namespace

QByteArray PlanDocument::write(const SchemaPlan &plan) {
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

QJsonObject PlanDocument::toJson(const PlanChange &c) {
    // id and summary are derived, for people and scripts reading the file; read() ignores them.
    return QJsonObject{
        {QStringLiteral("id"), c.id()},
        {QStringLiteral("summary"), c.summary()},
        {QStringLiteral("kind"), PlanChange::kindName(c.kind)},
        {QStringLiteral("fromType"), c.fromType},
        {QStringLiteral("toType"), c.toType},
        {QStringLiteral("category"), c.targetKey.category.apiName()},
        {QStringLiteral("typeId"), c.targetKey.typeId},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("label"), c.labelText},
        {QStringLiteral("inverseLabel"), JsonView::optionalString(c.inverseLabel)},
        {QStringLiteral("labelBefore"), c.labelBefore},
        {QStringLiteral("inverseLabelBefore"), JsonView::optionalString(c.inverseLabelBefore)},
        {QStringLiteral("limitBefore"), JsonView::optionalInt(c.limitBefore)},
        {QStringLiteral("limitAfter"), JsonView::optionalInt(c.limitAfter)},
        {QStringLiteral("inverseLimitBefore"), JsonView::optionalInt(c.inverseLimitBefore)}};
}

QJsonObject PlanDocument::toJson(const SchemaPlan &plan) {
    QJsonArray changes;
    for (const PlanChange &c : plan.changes)
        changes.append(toJson(c));
    return QJsonObject{{QStringLiteral("format"), formatName},
                       {QStringLiteral("formatVersion"), FormatVersion},
                       {QStringLiteral("source"), plan.source},
                       {QStringLiteral("target"), plan.target},
                       {QStringLiteral("targetPortalId"), double(plan.targetPortalId)},
                       {QStringLiteral("allowDeletes"), plan.allowDeletes},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
                       {QStringLiteral("changes"), changes}};
}

Expected<SchemaPlan, ParseError> PlanDocument::read(const QByteArray &document) {
    return DocumentEnvelope::read(document, &PlanDocument::fromJson);
}

Expected<SchemaPlan, ParseError> PlanDocument::fromJson(const QJsonObject &document) {
    using Result = Expected<SchemaPlan, ParseError>;
    JsonReader r{QJsonValue(document), QString()};
    DocumentEnvelope::checkFormat(r, formatName, FormatVersion, QStringLiteral("plan document"));

    SchemaPlan plan;
    plan.source = r.optionalString(QStringLiteral("source"));
    plan.target = r.optionalString(QStringLiteral("target"));
    plan.targetPortalId = r.optionalInt64(QStringLiteral("targetPortalId")).value_or(0);
    if (r.ok() && plan.targetPortalId < 0)
        r.fail(QStringLiteral("targetPortalId"), QStringLiteral("must not be negative"));
    plan.allowDeletes = r.optionalBool(QStringLiteral("allowDeletes")).value_or(false);
    const QJsonArray notes = r.optionalArray(QStringLiteral("notes"));
    for (qsizetype i = 0; i < notes.size() && r.ok(); ++i) {
        if (!notes.at(i).isString())
            r.fail(JsonReader::itemPath(QStringLiteral("notes"), i),
                   QStringLiteral("expected a string, got %1").arg(jsonTypeName(notes.at(i))));
        else
            plan.notes.append(notes.at(i).toString());
    }
    const QJsonArray changes = r.requiredArray(QStringLiteral("changes"));
    for (qsizetype i = 0; i < changes.size() && r.ok(); ++i) {
        JsonReader c(changes.at(i), JsonReader::itemPath(QStringLiteral("changes"), i));
        const PlanChange change = readChange(c, plan.allowDeletes);
        if (!c.ok()) {
            r.adoptError(c.error());
            break;
        }
        plan.changes.append(change);
    }
    if (!r.ok())
        return Result::failure(r.error());
    return plan;
}

} // namespace assoc
