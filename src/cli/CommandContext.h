// SPDX-License-Identifier: MIT
#pragma once

namespace assoc {
class HubSpotClient;
}

namespace assoc::cli {

class OutputFormatter;
struct CliOptions;

// What every command works with; all three outlive the command.
struct CommandContext {
    HubSpotClient *client = nullptr;
    OutputFormatter *output = nullptr;
    const CliOptions *options = nullptr;
};

} // namespace assoc::cli
