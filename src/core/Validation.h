// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLabel.h"
#include "LabelRequests.h"

#include <QList>
#include <QString>

namespace assoc {

// One problem with what the user typed, tied to the field that holds it.
struct ValidationIssue {
    enum Field { Name, Label, InverseLabel, Limit };
    Field field;
    QString message;
    bool operator==(const ValidationIssue &) const = default;
};

// Checks what the user is about to send before anything goes to HubSpot, with messages a
// person understands. HubSpot's own rules are not all documented (notes §7), so these are the
// app's conservative ones.
class Validation {
public:
    static constexpr int MaxLabelLength = 100;
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxLimit = 10000; // HubSpot's UI allows custom limits up to 10,000
    static constexpr int MaxUserLabelsPerPair = 50;

    // existing: labels already on the pair's forward direction, to catch duplicates.
    static QList<ValidationIssue> checkCreate(const LabelCreateRequest &request,
                                              const QList<AssociationLabel> &existing = {});
    static QList<ValidationIssue> checkRename(const LabelUpdateRequest &request,
                                              const QList<AssociationLabel> &existing = {});
    static QList<ValidationIssue> checkLimit(int maxToObjectIds);
    static QList<ValidationIssue> checkLabelText(const QString &text, ValidationIssue::Field field);
    static QList<ValidationIssue> checkName(const QString &name);

    // "Billing contact" -> "billing_contact": the internal name suggested for a label.
    static QString suggestName(const QString &label, const QString &inverseLabel = {});
};

} // namespace assoc
