// SPDX-License-Identifier: MIT
#pragma once

#include "ObjectTypePair.h"
#include "PortalSchema.h"
#include "SchemaPlan.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace assoc {

// Decides whether one change may be written, given what its pair holds just before the write.
// A change carries what the person approved it against: the label texts, category and limits
// it changes from (PlanChange's before-fields). It is made only if the portal still holds
// those; if someone else changed them meanwhile, nothing is written and the verdict says what
// the portal holds now. A field that already reads what the change wants counts as expected,
// so a change made halfway (or by someone else, identically) is completed, never undone.
class ChangeCheck {
    Q_DECLARE_TR_FUNCTIONS(ChangeCheck)
public:
    enum class Verdict {
        Proceed,        // write it
        AlreadyInPlace, // the portal already reads as the change wants: nothing to write
        Conflict,       // the portal no longer holds what the change expects: write nothing
        Skip,           // a limit of a label the same plan should have created, which is not there
    };
    struct Result {
        Verdict verdict = Verdict::Proceed;
        // The change as it would be made: its association type resolved (a limit on a label a
        // plan creates is found by its text), its before-fields as the portal holds them now.
        PlanChange change;
        // AlreadyInPlace, Conflict, Skip: one line for the user, e.g. "now “Someone else's
        // label”" or "already at most 3".
        QString detail;
    };

    // `state` holds `pair` and its reverse as read just before writing (one PairSchema for a
    // same-object pair).
    static Result check(const PlanChange &change, const ObjectTypePair &pair,
                        const PortalSchema &state);

    // Fills `change`'s before-fields from `state` for change.targetKey on `pair`: the label
    // texts and the limits of both directions, as undo needs them.
    static void fillBefore(const PortalSchema &state, const ObjectTypePair &pair,
                           PlanChange &change);
    // A change of `kind` to `key` on `pair` as `state` holds it now: before-fields filled as
    // above, the label text the current one, the object types named by `typeName` (portable
    // names, so that history and plans read the same for every portal). The caller adds the
    // "after".
    static PlanChange changeTo(PlanChange::Kind kind, const ObjectTypePair &pair,
                               const LabelKey &key, const PortalSchema &state,
                               const std::function<QString(const QString &id)> &typeName);

    // The other direction's association type of `key`, unless `key` is its own inverse (a
    // symmetric same-object type).
    static std::optional<LabelKey> inverseOf(const PortalSchema &state, const ObjectTypePair &pair,
                                             const LabelKey &key);
};

} // namespace assoc
