// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "HubSpotClient.h"

namespace assoc {

// Turns a client's ObjectTypeChoice into the types to read: the custom types from the object
// schemas; for Auto also the portal-wide listings (label usage, all limits) to find the standard
// types they mention; then one labels read of each other chosen standard type beyond the core four
// on itself, since the API cannot list a portal's standard types: 400 "Unable to infer object type"
// or 403 MISSING_SCOPES there marks the type unavailable instead of failing every pair later.
// Only reading the custom types must succeed; the listings and the probes only inform.
class ObjectTypeSelector {
public:
    static Call<ObjectTypeSelection> *start(HubSpotClient *client, Priority priority);
};

} // namespace assoc
