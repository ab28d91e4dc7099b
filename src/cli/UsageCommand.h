// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `usage [FROM TO]`: labels used per pair against the portal's maximum.
class UsageCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace assoc::cli
