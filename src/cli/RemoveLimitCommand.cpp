// SPDX-License-Identifier: MIT
#include "RemoveLimitCommand.h"

#include "BatchReport.h"
#include "CallJoin.h"
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
                CallJoin::all(calls, this,
                              [this, pair, targets](const QList<ApiResult<LimitChange>> &results) {
                                  BatchReport report;
                                  for (qsizetype i = 0; i < results.size(); ++i) {
                                      if (!results[i]) {
                                          report.failed(targets[i], results[i].error());
                                          continue;
                                      }
                                      const LimitChange &change = results[i].value();
                                      report.succeeded(
                                          targets[i],
                                          change.before ? tr("removed (was %1)").arg(*change.before)
                                                        : tr("had no limit"));
                                  }
                                  finish(report.print(output(), pair));
                              });
            });
    });
}

} // namespace assoc::cli
