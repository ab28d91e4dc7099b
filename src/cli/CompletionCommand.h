// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `completion SHELL`: prints assocctl's completion script for bash, zsh or fish. Hidden from
// --help; the build runs it to make the scripts the packages install. Needs no portal.
class CompletionCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace assoc::cli
