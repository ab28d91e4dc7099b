// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "core/ChangeRecord.h"
#include "core/LabelRequests.h"

namespace assoc::cli {

// `rename-label FROM TO ID --label L [--inverse-label I]`: new text for a user-defined label
// (and, with --inverse-label, for its other direction). Renames the label as read just before;
// one renamed by someone else between that reading and the write is left alone (exit 5).
class RenameLabelCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    LabelUpdateRequest request(int typeId) const;
    void report(const ObjectTypePair &pair, const LabelUpdateRequest &update,
                const ChangeOutcome &outcome);
};

} // namespace assoc::cli
