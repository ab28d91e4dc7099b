// SPDX-License-Identifier: MIT
#include "DeleteLabelCommand.h"

#include "BatchReport.h"
#include "CallJoin.h"
#include "ChangeRecorder.h"
#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"

namespace assoc::cli {

std::optional<QList<int>> DeleteLabelCommand::parseIds(const QStringList &texts, QString *bad) {
    QList<int> ids;
    for (const QString &text : texts) {
        const std::optional<int> id = parsePositive(text);
        if (!id) {
            if (bad)
                *bad = text;
            return std::nullopt;
        }
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

void DeleteLabelCommand::start() {
    const QStringList &args = options().arguments;
    QString bad;
    const std::optional<QList<int>> ids = parseIds(args.mid(2), &bad);
    if (!ids) {
        failUsage(tr("ID must be a label's typeId, a positive number; got \"%1\".").arg(bad));
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
                    const auto label = pickEditableLabel(labels.value(), id, pair, tr("deleted"));
                    if (!label)
                        return;
                    targets.append(*label);
                }
                // What each label was (both texts, both limits), so that the history can
                // create it again.
                auto *recorder = new ChangeRecorder(journal(), client(), this);
                recorder->readPair(pair, [this, recorder, pair,
                                          targets](const PortalSchema &schema) {
                    QList<ChangeRecord> entries;
                    for (const AssociationLabel &l : targets) {
                        ChangeRecord e =
                            recorder->entry(pair, PlanChange::Kind::DeleteLabel, resolvedTypes());
                        e.change.targetKey = l.key();
                        ChangeRecorder::fillBefore(schema, pair, l.key(), e.change);
                        if (e.change.labelBefore.isEmpty())
                            e.change.labelBefore = l.label.value_or(QString());
                        e.change.labelText = e.change.labelBefore;
                        entries.append(e);
                    }
                    QList<Call<Done> *> calls;
                    for (const AssociationLabel &l : std::as_const(targets))
                        calls.append(client()->deleteLabel(pair, l.typeId));
                    CallJoin::all(calls, this,
                                  [this, pair, targets, recorder,
                                   entries](const QList<ApiResult<Done>> &results) {
                                      BatchReport report;
                                      QList<std::pair<ChangeRecord, std::optional<ApiError>>> done;
                                      for (qsizetype i = 0; i < results.size(); ++i) {
                                          if (results[i])
                                              report.succeeded(targets[i], tr("deleted"));
                                          else
                                              report.failed(targets[i], results[i].error());
                                          done.append({entries[i], results[i]
                                                                       ? std::nullopt
                                                                       : std::optional<ApiError>(
                                                                             results[i].error())});
                                      }
                                      recorder->record(done, [this, report, pair] {
                                          finish(report.print(output(), pair));
                                      });
                                  });
                });
            });
    });
}

} // namespace assoc::cli
