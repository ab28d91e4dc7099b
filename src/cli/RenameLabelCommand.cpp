// SPDX-License-Identifier: MIT
#include "RenameLabelCommand.h"

#include "ChangeRecorder.h"
#include "CliOptions.h"
#include "JsonView.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
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
        client()
            ->listLabels(pair, Priority::UserAction)
            ->then(this, [this, pair, typeId](const ApiResult<QList<AssociationLabel>> &labels) {
                if (!labels) {
                    failApi(labels.error());
                    return;
                }
                const auto current =
                    pickEditableLabel(labels.value(), *typeId, pair, tr("renamed"));
                if (!current)
                    return;
                const LabelUpdateRequest update = request(*typeId);
                const QList<ValidationIssue> problems =
                    Validation::checkRename(update, labels.value());
                if (!problems.isEmpty()) {
                    output()->validationError(
                        tr("The label cannot be renamed on %1:").arg(describe(pair)), problems);
                    finish(ExitCode::Usage);
                    return;
                }
                const QString before = current->displayText();
                // Both directions' texts are read first, so that the history can undo it.
                auto *recorder = new ChangeRecorder(journal(), client(), this);
                const LabelKey key = current->key();
                recorder->readPair(
                    pair, [this, recorder, pair, key, update, before](const PortalSchema &schema) {
                        ChangeRecord entry =
                            recorder->entry(pair, PlanChange::Kind::RenameLabel, resolvedTypes());
                        entry.change.targetKey = key;
                        ChangeRecorder::fillBefore(schema, pair, key, entry.change);
                        entry.change.limitBefore.reset();
                        entry.change.inverseLimitBefore.reset();
                        entry.change.labelText = update.label;
                        entry.change.inverseLabel = update.inverseLabel;
                        rename(pair, update, before, recorder, entry);
                    });
            });
    });
}

void RenameLabelCommand::rename(const ObjectTypePair &pair, const LabelUpdateRequest &update,
                                const QString &before, ChangeRecorder *recorder,
                                const ChangeRecord &entry) {
    client()
        ->updateLabel(pair, update)
        ->then(this, [this, pair, update, before, recorder, entry](const ApiResult<Done> &result) {
            if (!result) {
                const ApiError error = result.error();
                recorder->record(entry, error, [this, error] { failApi(error); });
                return;
            }
            QJsonObject json = JsonView::pair(pair);
            json.insert(QStringLiteral("typeId"), update.associationTypeId);
            json.insert(QStringLiteral("before"), before);
            json.insert(QStringLiteral("label"), update.label);
            json.insert(QStringLiteral("inverseLabel"),
                        JsonView::optionalString(update.inverseLabel));
            QString line = tr("Renamed label %1 on %2 from \"%3\" to \"%4\"")
                               .arg(update.associationTypeId)
                               .arg(describe(pair), before, update.label);
            if (update.inverseLabel)
                line += tr("; the other direction is now \"%1\"").arg(*update.inverseLabel);
            output()->result(line + QLatin1Char('.'), json);
            recorder->record(entry, std::nullopt, [this] { finish(ExitCode::Success); });
        });
}

} // namespace assoc::cli
