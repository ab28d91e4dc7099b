// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ChangeOutcome.h"

namespace assoc::app {

// What a dialog shows when its change met a portal that someone changed after the dialog
// opened: what the portal holds now, that nothing was written, and that confirming again makes
// the change over what is there now. The input stays as the person left it.
ApiError dialogConflict(const ChangeOutcome &outcome);

} // namespace assoc::app
