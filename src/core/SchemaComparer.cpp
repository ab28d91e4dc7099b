// SPDX-License-Identifier: MIT
// Over 450 lines on purpose: matching labels between portals by name in both directions and
// ordering the changes safely is one algorithm, and its helpers are private to it.
#include "SchemaComparer.h"

#include "LabelPairing.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace assoc {

namespace {
// lupdate files these strings under "SchemaComparer" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(SchemaComparer)
};

// A label admins made. A custom object's default association is USER_DEFINED too, but has no
// label: like HubSpot's own types it comes with the object and only its limit can differ.
bool isUser(const AssociationLabel &l) {
    return l.category.kind() == AssociationCategory::UserDefined && !l.isUnlabeled();
}

QString textOf(const AssociationLabel &l) {
    return l.label.value_or(QString());
}

// Both directions of one pair of object types {a, b} in one schema, named by portable names
// (a <= b). "forward" is a→b, "reverse" b→a; a same-object pair has only the forward one.
struct PairView {
    QString a;
    QString b;
    const PairSchema *ab = nullptr;
    const PairSchema *ba = nullptr;
    QHash<LabelKey, LabelKey> abToBa;
    QHash<LabelKey, LabelKey> baToAb;

    bool sameObject() const { return a == b; }
    const PairSchema *side(bool forward) const { return forward || sameObject() ? ab : ba; }
    QList<AssociationLabel> labels(bool forward) const {
        const PairSchema *p = side(forward);
        return p ? p->labels : QList<AssociationLabel>{};
    }
    std::optional<int> limit(bool forward, const LabelKey &key) const {
        const PairSchema *p = side(forward);
        return p ? p->limitFor(key) : std::nullopt;
    }
    std::optional<LabelKey> inverse(bool forward, const LabelKey &key) const {
        const auto &map = forward || sameObject() ? abToBa : baToAb;
        auto it = map.constFind(key);
        return it == map.constEnd() ? std::nullopt : std::optional<LabelKey>(*it);
    }
};

PairView makeView(const PortalSchema &schema, const QHash<QString, QString> &idOf, const QString &a,
                  const QString &b) {
    PairView v;
    v.a = a;
    v.b = b;
    v.ab = schema.pair({idOf.value(a), idOf.value(b)});
    v.ba = v.sameObject() ? v.ab : schema.pair({idOf.value(b), idOf.value(a)});
    const QList<AssociationLabel> ab = v.ab ? v.ab->labels : QList<AssociationLabel>{};
    if (v.sameObject()) {
        v.abToBa = LabelPairing::infer(ab, ab);
        return v;
    }
    const QList<AssociationLabel> ba = v.ba ? v.ba->labels : QList<AssociationLabel>{};
    v.abToBa = LabelPairing::infer(ab, ba);
    for (auto it = v.abToBa.cbegin(); it != v.abToBa.cend(); ++it)
        v.baToAb.insert(it.value(), it.key());
    return v;
}

// A user-defined label as admins see it: one association type per direction (one for a
// symmetric same-object label), created and deleted together.
struct LogicalLabel {
    bool forward = true;                     // direction of `label`, the one with the lower typeId
    AssociationLabel label;                  // canonical direction
    std::optional<AssociationLabel> inverse; // the other direction (same list when same-object)

    // The association types of this label listed under one direction.
    QList<AssociationLabel> in(bool direction, bool sameObject) const {
        QList<AssociationLabel> out;
        if (sameObject || forward == direction)
            out.append(label);
        if (inverse && (sameObject || forward != direction))
            out.append(*inverse);
        return out;
    }
    std::optional<QString> textIn(bool direction, bool sameObject) const {
        const QList<AssociationLabel> here = in(direction, sameObject);
        return here.isEmpty() ? std::nullopt : std::optional<QString>(textOf(here.first()));
    }
    // What identifies it across portals: its texts, direction by direction.
    QString matchKey(bool sameObject) const {
        const QChar unit(0x1f);
        if (sameObject) {
            QString x = textOf(label);
            QString y = inverse ? textOf(*inverse) : x;
            if (y < x)
                std::swap(x, y);
            return x + unit + y;
        }
        const QChar none(0x1e);
        return textIn(true, false).value_or(QString(none)) + unit +
               textIn(false, false).value_or(QString(none));
    }
};

QList<LogicalLabel> logicalLabels(const PairView &v) {
    QList<LogicalLabel> out;
    QSet<QPair<bool, int>> seen; // (direction, typeId); user-defined only
    const QList<bool> directions = v.sameObject() ? QList<bool>{true} : QList<bool>{true, false};
    for (const bool forward : directions) {
        const QList<AssociationLabel> here = v.labels(forward);
        for (const AssociationLabel &l : here) {
            if (!isUser(l) || seen.contains({forward, l.typeId}))
                continue;
            seen.insert({forward, l.typeId});
            LogicalLabel logical;
            logical.forward = forward;
            logical.label = l;
            const std::optional<LabelKey> invKey = v.inverse(forward, l.key());
            if (invKey && !(v.sameObject() && *invKey == l.key())) {
                const bool invForward = v.sameObject() ? true : !forward;
                const PairSchema *side = v.side(invForward);
                const AssociationLabel *inv = side ? side->label(*invKey) : nullptr;
                if (inv && isUser(*inv) && !seen.contains({invForward, inv->typeId})) {
                    seen.insert({invForward, inv->typeId});
                    logical.inverse = *inv;
                    // The lower typeId leads; on a tie the a→b direction.
                    if (inv->typeId < l.typeId) {
                        logical.forward = invForward;
                        logical.label = *inv;
                        logical.inverse = l;
                    }
                }
            }
            out.append(logical);
        }
    }
    return out;
}

// Whether two cross-object labels, one of them known in one direction only, agree.
bool looselyMatch(const LogicalLabel &s, const LogicalLabel &t) {
    if (s.inverse && t.inverse)
        return false;
    bool any = false;
    for (const bool direction : {true, false}) {
        const auto x = s.textIn(direction, false);
        const auto y = t.textIn(direction, false);
        if (x && y) {
            if (*x != *y)
                return false;
            any = true;
        }
    }
    return any;
}

// The target's association type in `direction` that corresponds to source type `s`.
std::optional<AssociationLabel> counterpart(const LogicalLabel &t, bool direction, bool sameObject,
                                            const AssociationLabel &s, bool byId) {
    const QList<AssociationLabel> candidates = t.in(direction, sameObject);
    for (const AssociationLabel &c : candidates) {
        if (byId ? c.key() == s.key() : textOf(c) == textOf(s))
            return c;
    }
    if (!byId && candidates.size() == 1 && !sameObject)
        return candidates.first();
    return std::nullopt;
}

class PairComparer {
public:
    PairComparer(const PairView &source, const PairView &target, bool samePortal, bool allowDeletes,
                 SchemaPlan &plan)
        : m_s(source)
        , m_t(target)
        , m_samePortal(samePortal)
        , m_allowDeletes(allowDeletes)
        , m_plan(plan) {}

    void run() {
        compareUserLabels();
        compareOtherTypes();
    }

private:
    QString fromName(bool forward) const { return forward ? m_s.a : m_s.b; }
    QString toName(bool forward) const { return forward ? m_s.b : m_s.a; }

    PlanChange change(PlanChange::Kind kind, bool forward) const {
        PlanChange c;
        c.kind = kind;
        c.fromType = fromName(forward);
        c.toType = toName(forward);
        return c;
    }

    // Limits of one association type: the source's wins; a target limit the source lacks goes
    // only when deletions are allowed.
    void compareLimit(bool forward, const AssociationLabel &s, const AssociationLabel &t) {
        const std::optional<int> want = m_s.limit(forward, s.key());
        const std::optional<int> have = m_t.limit(forward, t.key());
        if (want == have)
            return;
        if (want) {
            PlanChange c = change(PlanChange::Kind::SetLimit, forward);
            c.targetKey = t.key();
            c.labelText = textOf(t);
            c.limitBefore = have;
            c.limitAfter = want;
            m_plan.changes.append(c);
        } else if (m_allowDeletes) {
            PlanChange c = change(PlanChange::Kind::RemoveLimit, forward);
            c.targetKey = t.key();
            c.labelText = textOf(t);
            c.limitBefore = have;
            m_plan.changes.append(c);
        }
    }

    void compareUserLabels() {
        const bool same = m_s.sameObject();
        const QList<LogicalLabel> source = logicalLabels(m_s);
        const QList<LogicalLabel> target = logicalLabels(m_t);
        QList<int> match(source.size(), -1);
        QList<bool> taken(target.size(), false);
        auto pair = [&](qsizetype si, qsizetype ti) {
            match[si] = int(ti);
            taken[ti] = true;
        };

        // The same portal keeps typeIds, so a label whose text changed is a rename.
        if (m_samePortal) {
            for (qsizetype si = 0; si < source.size(); ++si) {
                const LogicalLabel &s = source.at(si);
                for (qsizetype ti = 0; ti < target.size() && match[si] < 0; ++ti) {
                    if (taken[ti])
                        continue;
                    const QList<AssociationLabel> there = target.at(ti).in(s.forward, same);
                    if (std::any_of(there.begin(), there.end(), [&s](const AssociationLabel &l) {
                            return l.key() == s.label.key();
                        }))
                        pair(si, ti);
                }
            }
        }
        for (qsizetype si = 0; si < source.size(); ++si) {
            for (qsizetype ti = 0; ti < target.size() && match[si] < 0; ++ti) {
                if (!taken[ti] && source.at(si).matchKey(same) == target.at(ti).matchKey(same))
                    pair(si, ti);
            }
        }
        if (!same) {
            for (qsizetype si = 0; si < source.size(); ++si) {
                for (qsizetype ti = 0; ti < target.size() && match[si] < 0; ++ti) {
                    if (!taken[ti] && looselyMatch(source.at(si), target.at(ti)))
                        pair(si, ti);
                }
            }
        }

        for (qsizetype si = 0; si < source.size(); ++si) {
            const LogicalLabel &s = source.at(si);
            if (match[si] < 0) {
                create(s);
                continue;
            }
            const LogicalLabel &t = target.at(match[si]);
            const QList<AssociationLabel> there = t.in(s.forward, same);
            const bool byId = m_samePortal && std::any_of(there.begin(), there.end(),
                                                          [&s](const AssociationLabel &l) {
                                                              return l.key() == s.label.key();
                                                          });
            if (byId)
                renameIfNeeded(s, t);
            const QList<std::pair<bool, AssociationLabel>> types =
                s.inverse ? QList<std::pair<bool, AssociationLabel>>{{s.forward, s.label},
                                                                     {same ? true : !s.forward,
                                                                      *s.inverse}}
                          : QList<std::pair<bool, AssociationLabel>>{{s.forward, s.label}};
            for (const auto &[direction, label] : types) {
                if (auto c = counterpart(t, direction, same, label, byId))
                    compareLimit(direction, label, *c);
            }
        }
        if (!m_allowDeletes)
            return;
        for (qsizetype ti = 0; ti < target.size(); ++ti) {
            if (!taken[ti])
                remove(target.at(ti));
        }
    }

    void create(const LogicalLabel &s) {
        const bool same = m_s.sameObject();
        PlanChange c = change(PlanChange::Kind::CreateLabel, s.forward);
        c.targetKey = {s.label.category, 0};
        c.labelText = textOf(s.label);
        // A label that reads the same both ways is created single, as HubSpot's UI does.
        if (s.inverse && textOf(*s.inverse) != c.labelText)
            c.inverseLabel = textOf(*s.inverse);
        c.name = Validation::suggestName(c.labelText, c.inverseLabel.value_or(QString()));
        m_plan.changes.append(c);

        auto limitOnCreated = [&](bool direction, const AssociationLabel &l) {
            const std::optional<int> want = m_s.limit(direction, l.key());
            if (!want)
                return;
            PlanChange limit = change(PlanChange::Kind::SetLimit, direction);
            limit.targetKey = {l.category, 0};
            limit.labelText = textOf(l);
            limit.limitAfter = want;
            m_plan.changes.append(limit);
        };
        limitOnCreated(s.forward, s.label);
        if (s.inverse)
            limitOnCreated(same ? true : !s.forward, *s.inverse);
    }

    void renameIfNeeded(const LogicalLabel &s, const LogicalLabel &t) {
        const bool same = m_s.sameObject();
        const QList<AssociationLabel> here = t.in(s.forward, same);
        const auto current =
            std::find_if(here.begin(), here.end(),
                         [&s](const AssociationLabel &l) { return l.key() == s.label.key(); });
        if (current == here.end())
            return;
        std::optional<QString> inverseBefore;
        for (const AssociationLabel &l : t.in(same ? true : !s.forward, same)) {
            if (l.key() != current->key())
                inverseBefore = textOf(l);
        }
        const std::optional<QString> inverseAfter =
            s.inverse ? std::optional<QString>(textOf(*s.inverse)) : std::nullopt;
        const bool labelChanged = textOf(*current) != textOf(s.label);
        const bool inverseChanged =
            inverseAfter && inverseBefore && *inverseAfter != *inverseBefore;
        if (!labelChanged && !inverseChanged)
            return;
        PlanChange c = change(PlanChange::Kind::RenameLabel, s.forward);
        c.targetKey = current->key();
        c.labelText = textOf(s.label);
        c.labelBefore = textOf(*current);
        c.inverseLabel = inverseAfter;
        c.inverseLabelBefore = inverseBefore;
        m_plan.changes.append(c);
    }

    void remove(const LogicalLabel &t) {
        const bool same = m_t.sameObject();
        PlanChange c = change(PlanChange::Kind::DeleteLabel, t.forward);
        c.targetKey = t.label.key();
        c.labelText = textOf(t.label);
        c.labelBefore = c.labelText;
        c.limitBefore = m_t.limit(t.forward, t.label.key());
        if (t.inverse) {
            c.inverseLabelBefore = textOf(*t.inverse);
            c.inverseLimitBefore = m_t.limit(same ? true : !t.forward, t.inverse->key());
        }
        m_plan.changes.append(c);
    }

    // HubSpot's own and integrators' types: never created or deleted, only their limits.
    void compareOtherTypes() {
        const QList<bool> directions =
            m_s.sameObject() ? QList<bool>{true} : QList<bool>{true, false};
        for (const bool forward : directions) {
            const QList<AssociationLabel> targetLabels = m_t.labels(forward);
            for (const AssociationLabel &s : m_s.labels(forward)) {
                if (isUser(s))
                    continue;
                const AssociationLabel *t = nullptr;
                const bool byId =
                    m_samePortal || s.category.kind() == AssociationCategory::HubSpotDefined;
                int candidates = 0;
                for (const AssociationLabel &l : targetLabels) {
                    if (l.category != s.category)
                        continue;
                    if (byId ? l.typeId == s.typeId : textOf(l) == textOf(s)) {
                        ++candidates;
                        t = t ? t : &l;
                    }
                }
                if (!t || candidates > 1) {
                    if (m_s.limit(forward, s.key()))
                        m_plan.notes.append(
                            Texts::tr(
                                "The limit of %1 type %2 (%3) on %4 → %5 is left out: the target "
                                "has no such association type.")
                                .arg(s.category.apiName())
                                .arg(s.typeId)
                                .arg(s.displayText(), fromName(forward), toName(forward)));
                    continue;
                }
                compareLimit(forward, s, *t);
            }
        }
    }

    const PairView &m_s;
    const PairView &m_t;
    bool m_samePortal;
    bool m_allowDeletes;
    SchemaPlan &m_plan;
};

int kindRank(PlanChange::Kind kind) {
    switch (kind) {
    case PlanChange::Kind::CreateLabel:
    case PlanChange::Kind::RenameLabel:
        return 0;
    case PlanChange::Kind::SetLimit:
        return 1;
    case PlanChange::Kind::RemoveLimit:
        return 2;
    case PlanChange::Kind::DeleteLabel:
        return 3;
    }
    return 4;
}

QHash<QString, QString> idsByName(const PortalSchema &schema) {
    QHash<QString, QString> out;
    for (const ObjectType &t : schema.objectTypes)
        out.insert(t.portableName(), t.id);
    return out;
}

QString describeType(const PortalSchema &schema, const QString &name) {
    for (const ObjectType &t : schema.objectTypes) {
        if (t.portableName() == name)
            return t.custom ? QStringLiteral("%1 (%2)").arg(name, t.id) : name;
    }
    return name;
}
} // namespace

SchemaPlan SchemaComparer::plan(const PortalSchema &source, const PortalSchema &target,
                                Options options) {
    SchemaPlan plan;
    plan.targetPortalId = target.portal.portalId;
    plan.allowDeletes = options.allowDeletes;
    const bool samePortal =
        source.portal.portalId != 0 && source.portal.portalId == target.portal.portalId;

    const QHash<QString, QString> sourceIds = idsByName(source);
    const QHash<QString, QString> targetIds = idsByName(target);
    QStringList onlySource;
    QStringList onlyTarget;
    for (auto it = sourceIds.cbegin(); it != sourceIds.cend(); ++it) {
        if (!targetIds.contains(it.key()))
            onlySource.append(it.key());
    }
    for (auto it = targetIds.cbegin(); it != targetIds.cend(); ++it) {
        if (!sourceIds.contains(it.key()))
            onlyTarget.append(it.key());
    }
    std::sort(onlySource.begin(), onlySource.end());
    std::sort(onlyTarget.begin(), onlyTarget.end());
    for (const QString &name : std::as_const(onlySource))
        plan.notes.append(
            Texts::tr("Object type %1 exists only in the source; its labels and limits are "
                      "left out.")
                .arg(describeType(source, name)));
    for (const QString &name : std::as_const(onlyTarget))
        plan.notes.append(
            Texts::tr("Object type %1 exists only in the target; its labels and limits are "
                      "left as they are.")
                .arg(describeType(target, name)));

    // Every pair of types both sides know that either side has association types on.
    QHash<QString, QString> sourceNames;
    for (auto it = sourceIds.cbegin(); it != sourceIds.cend(); ++it)
        sourceNames.insert(it.value(), it.key());
    QHash<QString, QString> targetNames;
    for (auto it = targetIds.cbegin(); it != targetIds.cend(); ++it)
        targetNames.insert(it.value(), it.key());
    QSet<QPair<QString, QString>> unordered;
    auto collect = [&unordered, &sourceIds, &targetIds](const PortalSchema &schema,
                                                        const QHash<QString, QString> &names) {
        for (const ObjectTypePair &p : schema.pairs.keys()) {
            QString a = names.value(p.fromId);
            QString b = names.value(p.toId);
            if (!sourceIds.contains(a) || !targetIds.contains(a) || !sourceIds.contains(b) ||
                !targetIds.contains(b))
                continue;
            if (b < a)
                std::swap(a, b);
            unordered.insert({a, b});
        }
    };
    collect(source, sourceNames);
    collect(target, targetNames);

    QList<QPair<QString, QString>> pairs(unordered.begin(), unordered.end());
    std::sort(pairs.begin(), pairs.end());
    for (const auto &[a, b] : std::as_const(pairs)) {
        const PairView s = makeView(source, sourceIds, a, b);
        const PairView t = makeView(target, targetIds, a, b);
        PairComparer(s, t, samePortal, options.allowDeletes, plan).run();
    }

    std::stable_sort(plan.changes.begin(), plan.changes.end(),
                     [](const PlanChange &x, const PlanChange &y) {
                         const int rx = kindRank(x.kind);
                         const int ry = kindRank(y.kind);
                         if (rx != ry)
                             return rx < ry;
                         if (x.fromType != y.fromType)
                             return x.fromType < y.fromType;
                         if (x.toType != y.toType)
                             return x.toType < y.toType;
                         return x.labelText < y.labelText;
                     });
    return plan;
}

} // namespace assoc
