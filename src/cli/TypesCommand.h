// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `types`: the standard and custom object types of the portal.
class TypesCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace assoc::cli
