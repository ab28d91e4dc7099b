// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationsHandler.h"
#include "Authenticator.h"
#include "FakeReply.h"
#include "FakeRequest.h"
#include "FaultInjector.h"
#include "LimitsTrackingHandler.h"
#include "OAuthHandler.h"
#include "PortalInfoHandler.h"
#include "RateLimiter.h"
#include "RequestLog.h"

#include <QRandomGenerator>

namespace assoc::fake {

class ControlHandler;

// Decides the reply to one request: control endpoints, faults, OAuth, auth,
// rate limit, then the API handlers; logs the outcome and adds the latency.
class FakeRouter {
public:
    FakeRouter(FakePortalState &state, FakeConfig &config, FaultInjector &faults, RequestLog &log,
               RateLimiter &limiter, OAuthTokens &tokens, ControlHandler &control);

    FakeReply route(const FakeRequest &request);

private:
    FakeResponse process(const FakeRequest &request);
    FakeResponse processApi(const FakeRequest &request);
    FakeReply faultReply(const FakeRequest &request, const FaultInjector::Fault &fault) const;
    // A 200 whose body is oversized, endless or malformed in one of the ways a hostile
    // server's could be.
    static FakeReply hostileReply(const FaultInjector::Fault &fault);
    void addRateHeaders(FakeResponse &response, const RateLimiter::Decision &decision,
                        bool oauth) const;
    int latency();

    FakeConfig &m_config;
    FaultInjector &m_faults;
    RequestLog &m_log;
    RateLimiter &m_limiter;
    ControlHandler &m_control;
    Authenticator m_auth;
    AssociationsHandler m_associations;
    OAuthHandler m_oauth;
    PortalInfoHandler m_portalInfo;
    LimitsTrackingHandler m_limitsTracking;
    QRandomGenerator m_jitter{4711};
};

} // namespace assoc::fake
