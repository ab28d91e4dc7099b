// SPDX-License-Identifier: MIT
#include "ChangeInverse.h"

#include "Validation.h"

namespace assoc {

namespace {
PlanChange base(const PlanChange &c, PlanChange::Kind kind) {
    PlanChange out;
    out.kind = kind;
    out.fromType = c.fromType;
    out.toType = c.toType;
    out.targetKey = c.targetKey;
    return out;
}

QList<PlanChange> undoCreate(const PlanChange &c) {
    if (c.targetKey.typeId == 0)
        return {}; // the created typeId is not known: nothing safe to delete
    PlanChange d = base(c, PlanChange::Kind::DeleteLabel);
    d.labelText = c.labelText;
    d.labelBefore = c.labelText;
    d.inverseLabelBefore = c.inverseLabel;
    return {d};
}

QList<PlanChange> undoDelete(const PlanChange &c) {
    const QString text = c.labelBefore.isEmpty() ? c.labelText : c.labelBefore;
    if (text.isEmpty())
        return {}; // HubSpot's unlabeled types cannot be created
    // A label whose reverse reads the same was created unpaired.
    const std::optional<QString> inverse =
        c.inverseLabelBefore && !c.inverseLabelBefore->isEmpty() && *c.inverseLabelBefore != text
            ? c.inverseLabelBefore
            : std::nullopt;
    PlanChange create = base(c, PlanChange::Kind::CreateLabel);
    create.targetKey.typeId = 0;
    create.labelText = text;
    create.inverseLabel = inverse;
    create.name =
        c.name.isEmpty() ? Validation::suggestName(text, inverse.value_or(QString())) : c.name;
    QList<PlanChange> out{create};
    if (c.limitBefore) {
        PlanChange limit = base(c, PlanChange::Kind::SetLimit);
        limit.targetKey.typeId = 0;
        limit.labelText = text;
        limit.limitAfter = c.limitBefore;
        out.append(limit);
    }
    const bool sameObject = c.fromType == c.toType;
    if (c.inverseLimitBefore && (!sameObject || inverse)) {
        PlanChange limit = base(c, PlanChange::Kind::SetLimit);
        std::swap(limit.fromType, limit.toType);
        limit.targetKey.typeId = 0;
        limit.labelText = inverse.value_or(text);
        limit.limitAfter = c.inverseLimitBefore;
        out.append(limit);
    }
    return out;
}

QList<PlanChange> undoRename(const PlanChange &c) {
    if (c.targetKey.typeId == 0 || c.labelBefore.isEmpty())
        return {};
    PlanChange r = base(c, PlanChange::Kind::RenameLabel);
    r.labelText = c.labelBefore;
    r.labelBefore = c.labelText;
    r.inverseLabel = c.inverseLabelBefore;
    r.inverseLabelBefore = c.inverseLabel;
    return {r};
}

QList<PlanChange> undoSetLimit(const PlanChange &c) {
    if (c.targetKey.typeId == 0)
        return {};
    PlanChange l =
        base(c, c.limitBefore ? PlanChange::Kind::SetLimit : PlanChange::Kind::RemoveLimit);
    l.labelText = c.labelText;
    l.limitBefore = c.limitAfter;
    l.limitAfter = c.limitBefore;
    return {l};
}

QList<PlanChange> undoRemoveLimit(const PlanChange &c) {
    if (c.targetKey.typeId == 0 || !c.limitBefore)
        return {};
    PlanChange l = base(c, PlanChange::Kind::SetLimit);
    l.labelText = c.labelText;
    l.limitAfter = c.limitBefore;
    return {l};
}
} // namespace

QList<PlanChange> ChangeInverse::of(const ChangeRecord &record) {
    if (record.outcome != ChangeRecord::Outcome::Succeeded)
        return {};
    const PlanChange &c = record.change;
    switch (c.kind) {
    case PlanChange::Kind::CreateLabel:
        return undoCreate(c);
    case PlanChange::Kind::DeleteLabel:
        return undoDelete(c);
    case PlanChange::Kind::RenameLabel:
        return undoRename(c);
    case PlanChange::Kind::SetLimit:
        return undoSetLimit(c);
    case PlanChange::Kind::RemoveLimit:
        return undoRemoveLimit(c);
    }
    return {};
}

} // namespace assoc
