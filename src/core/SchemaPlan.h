// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLabel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace assoc {

// One change that makes a target portal's association schema look like a source's. The same
// type describes a step of a compare plan, an entry of the change history and the inverse that
// undoes it. Object types are named by their portable names (ObjectType::portableName), which
// are the same in every portal; typeIds are those of the target portal.
struct PlanChange {
    enum class Kind { CreateLabel, RenameLabel, DeleteLabel, SetLimit, RemoveLimit };
    Kind kind = Kind::CreateLabel;

    QString fromType; // portable name, e.g. "contacts" or a custom object's "vehicles"
    QString toType;

    // The association type in the target. For CreateLabel it is empty in a plan and filled in
    // with the created typeId once applied (history). For SetLimit on a label the same plan
    // creates, typeId is 0 and the label is found by labelText when the plan is applied.
    LabelKey targetKey;

    QString name;                        // CreateLabel: the internal name to create it with
    QString labelText;                   // the label after the change (current one for Delete /
                                         // limits); empty for HubSpot's unlabeled default type
    std::optional<QString> inverseLabel; // Create / Rename of a paired label: reverse direction
    QString labelBefore;                 // RenameLabel / DeleteLabel: the text before
    std::optional<QString> inverseLabelBefore;

    std::optional<int> limitBefore;        // SetLimit / RemoveLimit / DeleteLabel: the limit before
    std::optional<int> limitAfter;         // SetLimit: the new limit
    std::optional<int> inverseLimitBefore; // DeleteLabel of a paired label: reverse direction's

    // “Manager”, or “Unlabeled” for HubSpot's unlabeled default types: how every view of a
    // change names a label.
    static QString quotedLabel(const QString &text);
    // “Manager” / “Employee” for a paired label; one text when both directions read the same.
    static QString labelWithInverse(const QString &label, const std::optional<QString> &inverse);
    // "at most 3 records" or "no limit": how every view of a change words a limit.
    static QString limitText(const std::optional<int> &limit);

    // "create-label", "set-limit", …: how plan files and the history name a kind.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    // A stable identifier, the same for the same change in every run (checkboxes, resume,
    // results): e.g. "create-label contacts→companies Manager".
    QString id() const;
    // One line a person reads: "Create label “Manager” (contacts → companies)".
    QString summary() const;
    bool isDeletion() const { return kind == Kind::DeleteLabel || kind == Kind::RemoveLimit; }
    bool operator==(const PlanChange &) const = default;
};

// What would make `target` match `source`, in the order it is safe to apply: label creations
// and renames, then limits, then (only when asked for) limit removals and label deletions.
struct SchemaPlan {
    static constexpr int FormatVersion = 1;
    QString source; // descriptions shown to the user, e.g. "Production (portal 7001234)"
    QString target;
    qint64 targetPortalId = 0; // 0 when unknown (a file)
    bool allowDeletes = false;
    QList<PlanChange> changes;
    // What the comparison left out and why, one sentence each: object types only one side has,
    // limits of types the target lacks. Not changes; an empty plan may have notes.
    QStringList notes;

    bool isEmpty() const { return changes.isEmpty(); }
};

} // namespace assoc
