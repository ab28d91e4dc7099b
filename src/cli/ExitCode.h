// SPDX-License-Identifier: MIT
#pragma once

namespace assoc::cli {

// What assocctl's exit status means; scripts depend on these values.
enum class ExitCode : int {
    Success = 0,
    Failure = 1,     // HubSpot or the network failed
    Usage = 2,       // the command line or the input is not acceptable; nothing was sent
    Partial = 3,     // some items of a batch succeeded, others failed
    Differences = 4, // diff: the plan is not empty (the target differs from the source)
    Conflict = 5,    // apply and single writes: the portal changed since the change was approved;
                     // those changes were not written (failures take precedence: 1 or 3)
};

inline int toInt(ExitCode code) {
    return static_cast<int>(code);
}

} // namespace assoc::cli
