// SPDX-License-Identifier: MIT
#include "RenameLabelCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "core/JsonView.h"
#include "core/Validation.h"

namespace assoc::cli {

LabelUpdateRequest RenameLabelCommand::request(int typeId) const {
    LabelUpdateRequest r;
    r.associationTypeId = typeId;
    r.label = options().label.value_or(QString());
    r.inverseLabel = options().inverseLabel;
    return r;
}

void RenameLabelCommand::start() {
    const QStringList &args = options().arguments;
    const std::optional<int> typeId = parsePositive(args.at(2));
    if (!typeId) {
        failUsage(
            tr("ID must be a label's typeId, a positive number; got \"%1\".").arg(args.at(2)));
        return;
    }
    const QList<ValidationIssue> issues = Validation::checkRename(request(*typeId));
    if (!issues.isEmpty()) {
        output()->validationError(tr("The label cannot be renamed as given:"), issues);
        finish(ExitCode::Usage);
        return;
    }
    resolvePair(args.at(0), args.at(1), [this, typeId](const ObjectTypePair &pair) {
        readPair(pair, [this, pair, typeId](const PortalSchema &state) {
            const QList<AssociationLabel> labels = state.pair(pair)->labels;
            const auto current = pickEditableLabel(labels, *typeId, pair, tr("renamed"));
            if (!current)
                return;
            const LabelUpdateRequest update = request(*typeId);
            const QList<ValidationIssue> problems = Validation::checkRename(update, labels);
            if (!problems.isEmpty()) {
                output()->validationError(
                    tr("The label cannot be renamed on %1:").arg(describe(pair)), problems);
                finish(ExitCode::Usage);
                return;
            }
            PlanChange rename = change(pair, PlanChange::Kind::RenameLabel, current->key(), state);
            rename.labelText = update.label;
            rename.inverseLabel = update.inverseLabel;
            write(pair, rename, [this, pair, update](const ChangeOutcome &outcome) {
                report(pair, update, outcome);
            });
        });
    });
}

void RenameLabelCommand::report(const ObjectTypePair &pair, const LabelUpdateRequest &update,
                                const ChangeOutcome &outcome) {
    if (!outcome.succeeded())
        return failOutcome(outcome);
    const QString before = outcome.change.labelBefore;
    QJsonObject json = JsonView::pair(pair);
    json.insert(QStringLiteral("typeId"), update.associationTypeId);
    json.insert(QStringLiteral("before"), before);
    json.insert(QStringLiteral("label"), update.label);
    json.insert(QStringLiteral("inverseLabel"), JsonView::optionalString(update.inverseLabel));
    json.insert(QStringLiteral("action"), outcome.status == ChangeOutcome::Status::Applied
                                              ? QStringLiteral("renamed")
                                              : QStringLiteral("unchanged"));
    QString line = outcome.status == ChangeOutcome::Status::Applied
                       ? tr("Renamed label %1 on %2 from \"%3\" to \"%4\"")
                             .arg(update.associationTypeId)
                             .arg(describe(pair), before, update.label)
                       : tr("Label %1 on %2 already reads \"%3\"")
                             .arg(update.associationTypeId)
                             .arg(describe(pair), update.label);
    if (update.inverseLabel)
        line += tr("; the other direction is now \"%1\"").arg(*update.inverseLabel);
    output()->result(line + QLatin1Char('.'), json);
    finish(ExitCode::Success);
}

} // namespace assoc::cli
