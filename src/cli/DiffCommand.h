// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "core/PortalSchema.h"

#include <optional>

namespace assoc::cli {

// `diff SOURCE TARGET [--allow-deletes] [-o PLAN]`: what would make TARGET match SOURCE, each a
// schema export file or the connected portal. Exits 4 when there are differences, so that a CI
// pipeline can fail on drift (docs/compare-and-apply.md).
class DiffCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void compare();

    std::optional<PortalSchema> m_source;
    std::optional<PortalSchema> m_target;
};

} // namespace assoc::cli
