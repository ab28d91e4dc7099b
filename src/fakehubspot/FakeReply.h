// SPDX-License-Identifier: MIT
#pragma once

#include "FakeResponse.h"

namespace assoc::fake {

// What the router decided: a response, when to send it, or to misbehave.
struct FakeReply {
    enum class Delivery { Respond, Drop, Never };
    FakeResponse response;
    Delivery delivery = Delivery::Respond;
    int delayMs = 0;
};

} // namespace assoc::fake
