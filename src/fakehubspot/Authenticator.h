// SPDX-License-Identifier: MIT
#pragma once

#include "FakeConfig.h"
#include "FakeRequest.h"
#include "FakeResponse.h"
#include "OAuthTokens.h"

#include <optional>

namespace assoc::fake {

// Checks the credentials of an API call like HubSpot: Bearer private-app or
// OAuth token (or the private-app API-key headers), then the optional scope set.
class Authenticator {
public:
    struct Outcome {
        std::optional<FakeResponse> refusal; // set when the call must be refused
        bool oauth = false;                  // OAuth responses omit the daily headers
    };

    Authenticator(const FakeConfig &config, const OAuthTokens &tokens);
    Outcome check(const FakeRequest &request) const;

private:
    const FakeConfig &m_config;
    const OAuthTokens &m_tokens;
};

} // namespace assoc::fake
