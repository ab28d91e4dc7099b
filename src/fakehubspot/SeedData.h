// SPDX-License-Identifier: MIT
#pragma once

namespace assoc::fake {

class FakePortalState;

// Empty: a fresh portal (every standard type, HubSpot-defined association types only).
// Demo: a small realistic portal with custom objects, user labels, limits and records near or
// at their limits; one standard type absent (listings) and one the token may not read (users).
// Large: every standard type plus 10 custom objects (38 types), user labels on every pair among
// the core four and the custom objects and on about a third of the others, limits on every
// seventh label. Large with a type count N > 0 is the benchmarks' older shape instead: the core
// four and N - 4 custom objects, every ordered pair labelled.
enum class Seed { Empty, Demo, Large };

constexpr int kFullLargePortal = 0; // Large's type count for the 38-type portal

// Replaces the whole state; deterministic for equal arguments.
void seed(FakePortalState &state, Seed seed, int objectTypeCount = kFullLargePortal);

} // namespace assoc::fake
