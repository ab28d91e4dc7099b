// SPDX-License-Identifier: MIT
#include "SchemaPlan.h"

#include <QCoreApplication>

namespace assoc {

namespace {
// lupdate files these strings under "PlanChange" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(PlanChange)
};

constexpr PlanChange::Kind allKinds[] = {
    PlanChange::Kind::CreateLabel, PlanChange::Kind::RenameLabel, PlanChange::Kind::DeleteLabel,
    PlanChange::Kind::SetLimit, PlanChange::Kind::RemoveLimit};
} // namespace

QString PlanChange::kindName(Kind kind) {
    switch (kind) {
    case Kind::CreateLabel:
        return QStringLiteral("create-label");
    case Kind::RenameLabel:
        return QStringLiteral("rename-label");
    case Kind::DeleteLabel:
        return QStringLiteral("delete-label");
    case Kind::SetLimit:
        return QStringLiteral("set-limit");
    case Kind::RemoveLimit:
        return QStringLiteral("remove-limit");
    }
    return {};
}

std::optional<PlanChange::Kind> PlanChange::kindFromName(const QString &name) {
    for (const Kind kind : allKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString PlanChange::quotedLabel(const QString &text) {
    return text.isEmpty() ? Texts::tr("Unlabeled") : QStringLiteral("“%1”").arg(text);
}

QString PlanChange::labelWithInverse(const QString &label, const std::optional<QString> &inverse) {
    if (inverse && !inverse->isEmpty() && *inverse != label)
        return QStringLiteral("%1 / %2").arg(quotedLabel(label), quotedLabel(*inverse));
    return quotedLabel(label);
}

QString PlanChange::limitText(const std::optional<int> &limit) {
    return limit ? Texts::tr("at most %n record(s)", nullptr, *limit) : Texts::tr("no limit");
}

QString PlanChange::id() const {
    // The label text identifies the label in every portal; a rename is known by its old text.
    const QString label = kind == Kind::RenameLabel ? labelBefore : labelText;
    return QStringLiteral("%1 %2→%3 %4").arg(kindName(kind), fromType, toType, label);
}

QString PlanChange::summary() const {
    const QString pair = QStringLiteral("%1 → %2").arg(fromType, toType);
    switch (kind) {
    case Kind::CreateLabel:
        if (inverseLabel && !inverseLabel->isEmpty())
            return Texts::tr("Create label %1 / %2 (%3)")
                .arg(quotedLabel(labelText), quotedLabel(*inverseLabel), pair);
        return Texts::tr("Create label %1 (%2)").arg(quotedLabel(labelText), pair);
    case Kind::RenameLabel:
        return Texts::tr("Rename label %1 to %2 (%3)")
            .arg(quotedLabel(labelBefore), quotedLabel(labelText), pair);
    case Kind::DeleteLabel:
        return Texts::tr("Delete label %1 (%2)").arg(quotedLabel(labelText), pair);
    case Kind::SetLimit:
        if (limitBefore)
            return Texts::tr("Change the limit of %1 from %2 to %3 (%4)")
                .arg(quotedLabel(labelText))
                .arg(*limitBefore)
                .arg(limitAfter.value_or(0))
                .arg(pair);
        return Texts::tr("Limit %1 to %2 (%3)")
            .arg(quotedLabel(labelText))
            .arg(limitAfter.value_or(0))
            .arg(pair);
    case Kind::RemoveLimit:
        return Texts::tr("Remove the limit of %1 (%2)").arg(quotedLabel(labelText), pair);
    }
    return {};
}

} // namespace assoc
