// SPDX-License-Identifier: MIT
#pragma once

#include "FakeResponse.h"
#include "FakeStream.h"

namespace assoc::fake {

// What the router decided: a response, when to send it, or to misbehave.
struct FakeReply {
    // Stream: the response's status and headers at once, then `stream` as its body.
    enum class Delivery { Respond, Drop, Never, Stream };
    FakeResponse response;
    FakeStream stream;
    Delivery delivery = Delivery::Respond;
    int delayMs = 0;
};

} // namespace assoc::fake
