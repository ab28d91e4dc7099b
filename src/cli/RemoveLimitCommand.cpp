// SPDX-License-Identifier: MIT
#include "RemoveLimitCommand.h"

#include "BatchReport.h"
#include "CallJoin.h"
#include "ChangeRecorder.h"
#include "CliOptions.h"
#include "DeleteLabelCommand.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"

namespace assoc::cli {

void RemoveLimitCommand::start() {
    const QStringList &args = options().arguments;
    QString bad;
    const std::optional<QList<int>> ids = DeleteLabelCommand::parseIds(args.mid(2), &bad);
    if (!ids) {
        failUsage(tr("ID must be a typeId, a positive number; got \"%1\".").arg(bad));
        return;
    }
    resolvePair(args.at(0), args.at(1), [this, ids](const ObjectTypePair &pair) {
        client()
            ->listLabels(pair, Priority::UserAction)
            ->then(this, [this, pair, ids](const ApiResult<QList<AssociationLabel>> &labels) {
                if (!labels) {
                    failApi(labels.error());
                    return;
                }
                QList<AssociationLabel> targets;
                for (int id : *ids) {
                    const auto label = pickLabel(labels.value(), id, pair, options().category);
                    if (!label)
                        return;
                    targets.append(*label);
                }
                QList<Call<LimitChange> *> calls;
                for (const AssociationLabel &l : std::as_const(targets))
                    calls.append(client()->removeLimit(pair, l.key()));
                auto *recorder = new ChangeRecorder(journal(), client(), this);
                CallJoin::all(
                    calls, this,
                    [this, pair, targets, recorder](const QList<ApiResult<LimitChange>> &results) {
                        BatchReport report;
                        QList<std::pair<ChangeRecord, std::optional<ApiError>>> done;
                        for (qsizetype i = 0; i < results.size(); ++i) {
                            ChangeRecord e = recorder->entry(pair, PlanChange::Kind::RemoveLimit,
                                                             resolvedTypes());
                            e.change.targetKey = targets[i].key();
                            e.change.labelText = targets[i].label.value_or(QString());
                            if (!results[i]) {
                                report.failed(targets[i], results[i].error());
                                done.append({e, results[i].error()});
                                continue;
                            }
                            const LimitChange &change = results[i].value();
                            e.change.limitBefore = change.before;
                            // Nothing was removed where there was no limit.
                            if (change.before)
                                done.append({e, std::nullopt});
                            report.succeeded(targets[i],
                                             change.before
                                                 ? tr("removed (was %1)").arg(*change.before)
                                                 : tr("had no limit"));
                        }
                        recorder->record(
                            done, [this, report, pair] { finish(report.print(output(), pair)); });
                    });
            });
    });
}

} // namespace assoc::cli
