// SPDX-License-Identifier: MIT
#include "DeleteLabelCommand.h"

#include "BatchReport.h"
#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"

namespace assoc::cli {

void DeleteLabelCommand::start() {
    const auto pick = [this](const QList<AssociationLabel> &labels, int id,
                             const ObjectTypePair &pair) {
        return pickEditableLabel(labels, id, pair, tr("deleted"));
    };
    changeEachId(tr("ID must be a label's typeId, a positive number; got \"%1\"."),
                 PlanChange::Kind::DeleteLabel, pick, [](const ChangeOutcome &o) {
                     return o.status == ChangeOutcome::Status::Applied ? tr("deleted")
                                                                       : tr("already deleted");
                 });
}

} // namespace assoc::cli
