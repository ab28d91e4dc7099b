// SPDX-License-Identifier: MIT
#include "CreateLabelCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "TextTable.h"
#include "api/HubSpotClient.h"
#include "core/ChangeCheck.h"
#include "core/JsonView.h"
#include "core/Validation.h"

#include <QJsonArray>
#include <algorithm>

namespace assoc::cli {

namespace {
QString directionId(CreateLabelCommand::Direction d) {
    switch (d) {
    case CreateLabelCommand::Direction::Forward:
        return QStringLiteral("forward");
    case CreateLabelCommand::Direction::Reverse:
        return QStringLiteral("reverse");
    case CreateLabelCommand::Direction::Both:
        break;
    }
    return QStringLiteral("both");
}
} // namespace

LabelCreateRequest CreateLabelCommand::request() const {
    LabelCreateRequest r;
    r.label = options().label.value_or(QString());
    r.inverseLabel = options().inverseLabel;
    r.name = options().name ? *options().name
                            : Validation::suggestName(r.label, r.inverseLabel.value_or(QString()));
    return r;
}

void CreateLabelCommand::start() {
    const LabelCreateRequest req = request();
    // What can be checked without HubSpot is checked before anything is sent.
    const QList<ValidationIssue> issues = Validation::checkCreate(req);
    if (!issues.isEmpty()) {
        output()->validationError(tr("The label cannot be created as given:"), issues);
        finish(ExitCode::Usage);
        return;
    }
    const QStringList &args = options().arguments;
    resolvePair(args.at(0), args.at(1), [this](const ObjectTypePair &pair) {
        client()
            ->listLabels(pair, Priority::UserAction)
            ->then(this, [this, pair](const ApiResult<QList<AssociationLabel>> &existing) {
                if (!existing) {
                    failApi(existing.error());
                    return;
                }
                const QList<ValidationIssue> problems =
                    Validation::checkCreate(request(), existing.value());
                if (!problems.isEmpty()) {
                    output()->validationError(
                        tr("The label cannot be created on %1:").arg(describe(pair)), problems);
                    finish(ExitCode::Usage);
                    return;
                }
                create(pair);
            });
    });
}

void CreateLabelCommand::create(const ObjectTypePair &pair) {
    readPair(pair, [this, pair](const PortalSchema &state) {
        const LabelCreateRequest req = request();
        PlanChange c = change(pair, PlanChange::Kind::CreateLabel,
                              {AssociationCategory::UserDefined, 0}, state);
        c.name = req.name;
        c.labelText = req.label;
        c.labelBefore.clear();
        if (req.isPaired())
            c.inverseLabel = req.inverseLabel;
        write(pair, c, [this, pair](const ChangeOutcome &outcome) {
            if (!outcome.succeeded())
                return failOutcome(outcome);
            // HubSpot's answer does not say which created type is which direction: the pair
            // read back does.
            client()
                ->readPair(pair, Priority::UserAction)
                ->then(this, [this, pair, outcome](const ApiResult<PortalSchema> &after) {
                    if (!after)
                        return readBackFailed(outcome, after.error());
                    report(pair, outcome, after.value());
                    finish(ExitCode::Success);
                });
        });
    });
}

void CreateLabelCommand::readBackFailed(const ChangeOutcome &outcome, const ApiError &error) {
    output()->note(tr("assocctl: the label was created (%1), but reading it back failed, so which "
                      "id belongs to which direction is not known. Do not create it again; list "
                      "the labels of both directions instead.")
                       .arg(outcome.detail));
    failApi(error);
}

void CreateLabelCommand::report(const ObjectTypePair &pair, const ChangeOutcome &outcome,
                                const PortalSchema &after) {
    const LabelCreateRequest req = request();
    const LabelKey forwardKey = outcome.change.targetKey;
    const ObjectTypePair other = pair.isSameObject() ? pair : pair.reversed();
    struct Row {
        Direction direction;
        ObjectTypePair pair;
        const AssociationLabel *label;
    };
    QList<Row> rows;
    const PairSchema *forward = after.pair(pair);
    if (const AssociationLabel *l = forward ? forward->label(forwardKey) : nullptr) {
        const auto inverse = ChangeCheck::inverseOf(after, pair, forwardKey);
        rows.append({inverse ? Direction::Forward : Direction::Both, pair, l});
        const PairSchema *reverse = after.pair(other);
        if (const AssociationLabel *r = inverse && reverse ? reverse->label(*inverse) : nullptr)
            rows.append({Direction::Reverse, other, r});
    }
    TextTable table(
        {tr("DIRECTION"), tr("FROM"), tr("TO"), tr("TYPE ID"), tr("CATEGORY"), tr("LABEL")});
    table.setAlignment(3, TextTable::Align::Right);
    QJsonArray list;
    for (const Row &row : std::as_const(rows)) {
        const AssociationLabel &l = *row.label;
        table.addRow({directionId(row.direction), typeName(row.pair.fromId),
                      typeName(row.pair.toId), QString::number(l.typeId), l.category.apiName(),
                      l.displayText()});
        QJsonObject o = JsonView::label(l, std::nullopt);
        o.remove(QStringLiteral("limit"));
        o.insert(QStringLiteral("direction"), directionId(row.direction));
        o.insert(QStringLiteral("fromObjectTypeId"), row.pair.fromId);
        o.insert(QStringLiteral("toObjectTypeId"), row.pair.toId);
        list.append(o);
    }
    const bool created = outcome.status == ChangeOutcome::Status::Applied;
    QJsonObject json = JsonView::pair(pair);
    json.insert(QStringLiteral("name"), req.name);
    json.insert(QStringLiteral("action"),
                created ? QStringLiteral("created") : QStringLiteral("exists"));
    json.insert(QStringLiteral("created"), created ? list : QJsonArray());
    json.insert(QStringLiteral("labels"), list);
    if (!created && !output()->isJson())
        output()->note(tr("assocctl: the label exists already (%1); nothing was created.")
                           .arg(outcome.detail));
    output()->result(table, json);
}

} // namespace assoc::cli
