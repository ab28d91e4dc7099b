// SPDX-License-Identifier: MIT
#include "RemoveLimitCommand.h"

#include "BatchReport.h"
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
        readPair(pair, [this, pair, ids](const PortalSchema &state) {
            QList<PlanChange> changes;
            QList<AssociationLabel> targets;
            for (int id : *ids) {
                const auto label =
                    pickLabel(state.pair(pair)->labels, id, pair, options().category);
                if (!label)
                    return;
                targets.append(*label);
                changes.append(change(pair, PlanChange::Kind::RemoveLimit, label->key(), state));
            }
            writeAll(pair, changes, targets, [](const ChangeOutcome &o) {
                return o.status == ChangeOutcome::Status::Applied
                           ? tr("removed (was %1)").arg(o.change.limitBefore.value_or(0))
                           : tr("had no limit");
            });
        });
    });
}

} // namespace assoc::cli
