// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `delete-label FROM TO ID [ID...]`: deletes user-defined labels of one direction. Every id is
// checked before anything is deleted; with several ids each one's outcome is listed.
class DeleteLabelCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace assoc::cli
