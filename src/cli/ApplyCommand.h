// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "api/PlanApplier.h"
#include "core/SchemaPlan.h"

namespace assoc::cli {

// `apply --plan FILE [--dry-run] [--allow-deletes] [--for-portal ID]`: applies a plan `diff
// --output` wrote to the portal it was made for, one result line per change. Deletions need
// --allow-deletes here as well as in the plan. Exit 0 when every change is applied or already in
// place, 5 when the others were skipped because the portal had changed since the plan was made,
// 3 when some failed, 1 when all that were tried failed, 2 when the plan is for another portal.
class ApplyCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void report(const QList<ChangeOutcome> &outcomes);

    SchemaPlan m_plan;
};

} // namespace assoc::cli
