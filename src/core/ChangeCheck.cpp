// SPDX-License-Identifier: MIT
#include "ChangeCheck.h"

namespace assoc {

namespace {
using Verdict = ChangeCheck::Verdict;

const AssociationLabel *labelOn(const PortalSchema &state, const ObjectTypePair &pair,
                                const LabelKey &key) {
    const PairSchema *schema = state.pair(pair);
    return schema ? schema->label(key) : nullptr;
}

std::optional<int> limitOn(const PortalSchema &state, const ObjectTypePair &pair,
                           const LabelKey &key) {
    const PairSchema *schema = state.pair(pair);
    return schema ? schema->limitFor(key) : std::nullopt;
}

QString textOf(const AssociationLabel &label) {
    return label.label.value_or(QString());
}

// The pair as seen from the other direction (the same pair for a same-object one).
ObjectTypePair otherDirection(const ObjectTypePair &pair) {
    return pair.isSameObject() ? pair : pair.reversed();
}

// Whether a field the change touches may be changed: it holds what the change was approved
// against, or already what the change wants.
template <typename T> bool expected(const T &now, const T &before, const T &after) {
    return now == before || now == after;
}

class Checker {
public:
    Checker(const PlanChange &change, const ObjectTypePair &pair, const PortalSchema &state)
        : m_pair(pair)
        , m_state(state) {
        m_result.change = change;
    }

    ChangeCheck::Result run() {
        switch (m_result.change.kind) {
        case PlanChange::Kind::CreateLabel:
            create();
            break;
        case PlanChange::Kind::RenameLabel:
            rename();
            break;
        case PlanChange::Kind::DeleteLabel:
            remove();
            break;
        case PlanChange::Kind::SetLimit:
        case PlanChange::Kind::RemoveLimit:
            limit();
            break;
        }
        return m_result;
    }

private:
    PlanChange &change() { return m_result.change; }

    void end(Verdict verdict, const QString &detail = {}) {
        m_result.verdict = verdict;
        m_result.detail = detail;
    }

    const AssociationLabel *inverseLabel(const AssociationLabel &label) const {
        const auto key = ChangeCheck::inverseOf(m_state, m_pair, label.key());
        return key ? labelOn(m_state, otherDirection(m_pair), *key) : nullptr;
    }

    void create() {
        const QString &text = change().labelText;
        const QString wantedInverse = change().inverseLabel.value_or(text);
        const PairSchema *forward = m_state.pair(m_pair);
        if (!forward)
            return end(Verdict::Proceed);
        for (const AssociationLabel &l : forward->labels) {
            if (l.category.kind() != AssociationCategory::UserDefined || textOf(l) != text)
                continue;
            const AssociationLabel *other = inverseLabel(l);
            // A label read in one direction only, or a same-object single label, is the same.
            if (!other || textOf(*other) == wantedInverse ||
                (m_pair.isSameObject() && !change().inverseLabel)) {
                change().targetKey = l.key();
                return end(Verdict::AlreadyInPlace,
                           ChangeCheck::tr("exists as typeId %1").arg(l.typeId));
            }
            return end(
                Verdict::Conflict,
                ChangeCheck::tr("a label %1 exists already, its other direction reads %2")
                    .arg(PlanChange::quotedLabel(text), PlanChange::quotedLabel(textOf(*other))));
        }
        end(Verdict::Proceed);
    }

    void rename() {
        const AssociationLabel *current = labelOn(m_state, m_pair, change().targetKey);
        if (!current || !current->category.isUserEditable())
            return end(Verdict::Conflict, ChangeCheck::tr("typeId %1 is no longer a label of "
                                                          "this pair")
                                              .arg(change().targetKey.typeId));
        const AssociationLabel *other = inverseLabel(*current);
        const PlanChange approved = change();
        ChangeCheck::fillBefore(m_state, m_pair, change());
        change().limitBefore.reset();
        change().inverseLimitBefore.reset();
        const QString now = textOf(*current);
        const bool labelDone = now == approved.labelText;
        const bool inverseDone =
            !approved.inverseLabel || !other || textOf(*other) == *approved.inverseLabel;
        if (labelDone && inverseDone)
            return end(Verdict::AlreadyInPlace,
                       ChangeCheck::tr("already reads %1")
                           .arg(PlanChange::labelWithInverse(now, approved.inverseLabel)));
        if (!expected(now, approved.labelBefore, approved.labelText))
            return end(Verdict::Conflict,
                       ChangeCheck::tr("now %1").arg(PlanChange::quotedLabel(now)));
        if (other && approved.inverseLabelBefore && approved.inverseLabel &&
            !expected(textOf(*other), *approved.inverseLabelBefore, *approved.inverseLabel))
            return end(Verdict::Conflict, ChangeCheck::tr("the other direction now reads %1")
                                              .arg(PlanChange::quotedLabel(textOf(*other))));
        end(Verdict::Proceed);
    }

    void remove() {
        const AssociationLabel *current = labelOn(m_state, m_pair, change().targetKey);
        if (!current)
            return end(Verdict::AlreadyInPlace, ChangeCheck::tr("already deleted"));
        if (current->category.kind() != AssociationCategory::UserDefined)
            return end(Verdict::Conflict,
                       ChangeCheck::tr("typeId %1 is not a user-defined label; it cannot be "
                                       "deleted")
                           .arg(current->typeId));
        const PlanChange approved = change();
        ChangeCheck::fillBefore(m_state, m_pair, change());
        const PlanChange &now = change();
        if (now.labelBefore != approved.labelText)
            return end(Verdict::Conflict,
                       ChangeCheck::tr("now %1").arg(PlanChange::quotedLabel(now.labelBefore)));
        if (approved.inverseLabelBefore && now.inverseLabelBefore &&
            *now.inverseLabelBefore != *approved.inverseLabelBefore)
            return end(Verdict::Conflict,
                       ChangeCheck::tr("the other direction now reads %1")
                           .arg(PlanChange::quotedLabel(*now.inverseLabelBefore)));
        // Deleting a label drops its limits: one set meanwhile is someone else's decision.
        if (now.limitBefore != approved.limitBefore)
            return end(
                Verdict::Conflict,
                ChangeCheck::tr("its limit is now %1").arg(PlanChange::limitText(now.limitBefore)));
        if (now.inverseLimitBefore != approved.inverseLimitBefore)
            return end(Verdict::Conflict, ChangeCheck::tr("the other direction's limit is now %1")
                                              .arg(PlanChange::limitText(now.inverseLimitBefore)));
        change().labelText = now.labelBefore;
        end(Verdict::Proceed);
    }

    // The association type a limit change is about; a label the same plan creates (typeId 0)
    // is found by its text.
    const AssociationLabel *limitTarget() const {
        const PlanChange &c = m_result.change;
        if (c.targetKey.typeId != 0)
            return labelOn(m_state, m_pair, c.targetKey);
        const PairSchema *schema = m_state.pair(m_pair);
        if (!schema)
            return nullptr;
        for (const AssociationLabel &l : schema->labels) {
            if (l.category == c.targetKey.category && textOf(l) == c.labelText)
                return &l;
        }
        return nullptr;
    }

    void limit() {
        const bool set = change().kind == PlanChange::Kind::SetLimit;
        const AssociationLabel *label = limitTarget();
        if (!label) {
            if (!set)
                return end(Verdict::AlreadyInPlace, ChangeCheck::tr("no limit set"));
            if (change().targetKey.typeId == 0)
                return end(Verdict::Skip,
                           ChangeCheck::tr("the label %1 is not on this pair (it was not "
                                           "created)")
                               .arg(PlanChange::quotedLabel(change().labelText)));
            return end(Verdict::Conflict, ChangeCheck::tr("typeId %1 is no longer on this pair")
                                              .arg(change().targetKey.typeId));
        }
        // A typeId that now names another label (a plan edited by hand, or a label deleted and
        // its id reused) is not what was approved.
        if (textOf(*label) != change().labelText)
            return end(Verdict::Conflict, ChangeCheck::tr("typeId %1 now reads %2")
                                              .arg(label->typeId)
                                              .arg(PlanChange::quotedLabel(textOf(*label))));
        const std::optional<int> approvedBefore = change().limitBefore;
        change().targetKey = label->key();
        change().limitBefore = limitOn(m_state, m_pair, label->key());
        if (!set)
            change().limitAfter.reset();
        const std::optional<int> now = change().limitBefore;
        if (now == change().limitAfter)
            return end(Verdict::AlreadyInPlace,
                       set ? ChangeCheck::tr("already %1").arg(PlanChange::limitText(now))
                           : ChangeCheck::tr("no limit set"));
        if (now != approvedBefore)
            return end(Verdict::Conflict,
                       ChangeCheck::tr("now %1").arg(PlanChange::limitText(now)));
        end(Verdict::Proceed);
    }

    const ObjectTypePair m_pair;
    const PortalSchema &m_state;
    ChangeCheck::Result m_result;
};
} // namespace

ChangeCheck::Result ChangeCheck::check(const PlanChange &change, const ObjectTypePair &pair,
                                       const PortalSchema &state) {
    return Checker(change, pair, state).run();
}

PlanChange ChangeCheck::changeTo(PlanChange::Kind kind, const ObjectTypePair &pair,
                                 const LabelKey &key, const PortalSchema &state,
                                 const std::function<QString(const QString &id)> &typeName) {
    PlanChange change;
    change.kind = kind;
    change.fromType = typeName(pair.fromId);
    change.toType = typeName(pair.toId);
    change.targetKey = key;
    fillBefore(state, pair, change);
    change.labelText = change.labelBefore;
    return change;
}

void ChangeCheck::fillBefore(const PortalSchema &state, const ObjectTypePair &pair,
                             PlanChange &change) {
    const LabelKey &key = change.targetKey;
    const AssociationLabel *label = labelOn(state, pair, key);
    change.labelBefore = label ? textOf(*label) : QString();
    change.limitBefore = limitOn(state, pair, key);
    change.inverseLabelBefore.reset();
    change.inverseLimitBefore.reset();
    if (const auto inverse = inverseOf(state, pair, key)) {
        const ObjectTypePair other = otherDirection(pair);
        if (const AssociationLabel *l = labelOn(state, other, *inverse)) {
            change.inverseLabelBefore = textOf(*l);
            change.inverseLimitBefore = limitOn(state, other, *inverse);
        }
    }
}

std::optional<LabelKey> ChangeCheck::inverseOf(const PortalSchema &state,
                                               const ObjectTypePair &pair, const LabelKey &key) {
    const std::optional<LabelKey> inverse = state.inverseOf(pair, key);
    if (!inverse || (pair.isSameObject() && *inverse == key))
        return std::nullopt;
    return inverse;
}

} // namespace assoc
