// SPDX-License-Identifier: MIT
#pragma once

namespace assoc::fake {

class FakePortalState;

// Empty: a fresh portal (standard types, HubSpot-defined labels only).
// Demo: a small realistic portal with custom objects, user labels, limits and
// records near/at their limits. Large: `objectTypeCount` types, every pair labelled.
enum class Seed { Empty, Demo, Large };

// Replaces the whole state; deterministic for equal arguments.
void seed(FakePortalState &state, Seed seed, int objectTypeCount = 20);

} // namespace assoc::fake
