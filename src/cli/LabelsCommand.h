// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `labels FROM TO`: the association types of one direction, with their limits.
class LabelsCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace assoc::cli
