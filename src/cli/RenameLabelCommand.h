// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "core/LabelRequests.h"

namespace assoc::cli {

// `rename-label FROM TO ID --label L [--inverse-label I]`: new text for a user-defined label
// (and, with --inverse-label, for its other direction).
class RenameLabelCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    LabelUpdateRequest request(int typeId) const;
};

} // namespace assoc::cli
