// SPDX-License-Identifier: MIT
#pragma once

namespace assoc {
class ChangeJournal;
class HubSpotClient;
} // namespace assoc

namespace assoc::cli {

class OutputFormatter;
struct CliOptions;

// What every command works with; all of it outlives the command.
struct CommandContext {
    HubSpotClient *client = nullptr;
    OutputFormatter *output = nullptr;
    const CliOptions *options = nullptr;
    ChangeJournal *journal = nullptr; // the change history; null when it could not be opened
};

} // namespace assoc::cli
