// SPDX-License-Identifier: MIT
#include "RemoveLimitCommand.h"

#include "BatchReport.h"
#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"

namespace assoc::cli {

void RemoveLimitCommand::start() {
    const auto pick = [this](const QList<AssociationLabel> &labels, int id,
                             const ObjectTypePair &pair) {
        return pickLabel(labels, id, pair, options().category);
    };
    changeEachId(tr("ID must be a typeId, a positive number; got \"%1\"."),
                 PlanChange::Kind::RemoveLimit, pick, [](const ChangeOutcome &o) {
                     return o.status == ChangeOutcome::Status::Applied
                                ? tr("removed (was %1)").arg(o.change.limitBefore.value_or(0))
                                : tr("had no limit");
                 });
}

} // namespace assoc::cli
