// SPDX-License-Identifier: MIT
#pragma once

#include "FakeRequest.h"
#include "FakeResponse.h"

namespace assoc::fake {

class FakeHubSpotServer;

// /__fake/... endpoints for scripts and benchmarks (no auth, loopback only):
// GET state, GET/POST config, GET/POST faults, GET log, POST log/clear,
// POST reset, POST oauth/refresh-token, POST oauth/expire-access-tokens.
class ControlHandler {
public:
    explicit ControlHandler(FakeHubSpotServer &server);

    static bool isControlPath(const QString &path);
    FakeResponse handle(const FakeRequest &request);

private:
    FakeHubSpotServer &m_server;
};

} // namespace assoc::fake
