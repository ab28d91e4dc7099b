// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `limits [FROM TO]`: every configured limit of the portal, or those of one direction.
class LimitsCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace assoc::cli
