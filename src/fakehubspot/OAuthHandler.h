// SPDX-License-Identifier: MIT
#pragma once

#include "FakeConfig.h"
#include "FakePortalState.h"
#include "FakeRequest.h"
#include "FakeResponse.h"
#include "OAuthTokens.h"

#include <optional>

namespace assoc::fake {

// /oauth/v1/token, token info and revoke, and an /oauth/authorize that
// approves at once (the sign-in page a user would see is out of scope). A PKCE code_challenge
// given to authorize is checked against the code_verifier of the code's token request.
class OAuthHandler {
public:
    OAuthHandler(OAuthTokens &tokens, const FakeConfig &config, const FakePortalState &state);

    static bool isOAuthPath(const QString &path);
    static bool isAuthorizePath(const QString &path);
    std::optional<FakeResponse> handle(const FakeRequest &request);

private:
    FakeResponse token(const FakeRequest &request);
    FakeResponse authorize(const FakeRequest &request);
    FakeResponse tokenError(const FakeRequest &request, const QString &status,
                            const QString &message) const;

    OAuthTokens &m_tokens;
    const FakeConfig &m_config;
    const FakePortalState &m_state;
};

} // namespace assoc::fake
