// SPDX-License-Identifier: MIT
#include "SetLimitCommand.h"

#include "ChangeRecorder.h"
#include "CliOptions.h"
#include "JsonView.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "core/Validation.h"

namespace assoc::cli {

void SetLimitCommand::start() {
    const QStringList &args = options().arguments;
    const std::optional<int> typeId = parsePositive(args.at(2));
    if (!typeId) {
        failUsage(tr("ID must be a typeId, a positive number; got \"%1\".").arg(args.at(2)));
        return;
    }
    bool isNumber = false;
    const int maximum = args.at(3).trimmed().toInt(&isNumber);
    if (!isNumber) {
        failUsage(tr("N must be a whole number of records; got \"%1\".").arg(args.at(3)));
        return;
    }
    const QList<ValidationIssue> issues = Validation::checkLimit(maximum);
    if (!issues.isEmpty()) {
        output()->validationError(tr("The limit cannot be set as given:"), issues);
        finish(ExitCode::Usage);
        return;
    }
    resolvePair(args.at(0), args.at(1), [this, typeId, maximum](const ObjectTypePair &pair) {
        client()
            ->listLabels(pair, Priority::UserAction)
            ->then(this, [this, pair, typeId,
                          maximum](const ApiResult<QList<AssociationLabel>> &labels) {
                if (!labels) {
                    failApi(labels.error());
                    return;
                }
                const auto label = pickLabel(labels.value(), *typeId, pair, options().category);
                if (!label)
                    return;
                const LimitInput input{label->category, label->typeId, maximum};
                auto *recorder = new ChangeRecorder(journal(), client(), this);
                ChangeRecord entry =
                    recorder->entry(pair, PlanChange::Kind::SetLimit, resolvedTypes());
                entry.change.targetKey = label->key();
                entry.change.labelText = label->label.value_or(QString());
                entry.change.limitAfter = maximum;
                client()
                    ->setLimit(pair, input)
                    ->then(this, [this, pair, label, recorder,
                                  entry](const ApiResult<LimitChange> &result) mutable {
                        if (!result) {
                            const ApiError error = result.error();
                            recorder->record(entry, error, [this, error] { failApi(error); });
                            return;
                        }
                        const LimitChange &change = result.value();
                        // The client read the limit before writing it.
                        entry.change.limitBefore = change.before;
                        const QString action = !change.before ? QStringLiteral("created")
                                               : change.before == change.after
                                                   ? QStringLiteral("unchanged")
                                                   : QStringLiteral("updated");
                        QJsonObject json = JsonView::pair(pair);
                        json.insert(QStringLiteral("typeId"), label->typeId);
                        json.insert(QStringLiteral("category"), label->category.apiName());
                        json.insert(QStringLiteral("label"),
                                    JsonView::optionalString(label->isUnlabeled() ? std::nullopt
                                                                                  : label->label));
                        json.insert(QStringLiteral("before"), JsonView::optionalInt(change.before));
                        json.insert(QStringLiteral("after"), JsonView::optionalInt(change.after));
                        json.insert(QStringLiteral("action"), action);
                        const QString was =
                            change.before ? QString::number(*change.before) : tr("no limit");
                        const QString line =
                            tr("Limit of \"%1\" (typeId %2, %3) on %4: %5 → %6 (%7).")
                                .arg(label->displayText())
                                .arg(label->typeId)
                                .arg(label->category.apiName(), describe(pair), was,
                                     QString::number(change.after.value_or(0)), action);
                        output()->result(line, json);
                        recorder->record(entry, std::nullopt,
                                         [this] { finish(ExitCode::Success); });
                    });
            });
    });
}

} // namespace assoc::cli
