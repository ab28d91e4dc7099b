// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `scopes`: which scopes a private app needs for assocctl (looking only, or changing labels and
// limits too) and where to set them in HubSpot; with --json, the same with every endpoint's
// accepted scopes. Needs no portal.
class ScopesCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace assoc::cli
