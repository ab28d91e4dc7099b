// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `remove-limit FROM TO ID [ID...] [--category C]`: back to the subscription's default for
// each association type; with several ids each one's outcome is listed.
class RemoveLimitCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace assoc::cli
