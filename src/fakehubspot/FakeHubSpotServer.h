// SPDX-License-Identifier: MIT
#pragma once

#include "ControlHandler.h"
#include "FakeConfig.h"
#include "FakePortalState.h"
#include "FakeReply.h"
#include "FakeRequest.h"
#include "FaultInjector.h"
#include "OAuthTokens.h"
#include "RateLimiter.h"
#include "RequestLog.h"
#include "SeedData.h"

#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

namespace assoc::fake {

class FakeHttpServer;
class FakeRouter;

// A HubSpot portal on 127.0.0.1 for tests, benchmarks and manual runs. Owns the
// HTTP server, the portal state, the switches, the fault script and the log.
// Starts with Seed::Empty; call seed(state(), Seed::Demo) or reseed() to change.
class FakeHubSpotServer : public QObject {
    Q_OBJECT
public:
    explicit FakeHubSpotServer(QObject *parent = nullptr);
    ~FakeHubSpotServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; false on failure
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    FakePortalState &state() { return m_state; }
    FakeConfig &config() { return m_config; }
    FaultInjector &faults() { return m_faults; }
    RequestLog &log() { return m_log; }
    RateLimiter &rateLimiter() { return m_limiter; }

    QString privateAppToken() const { return m_config.privateAppToken; }

    QString oauthClientId() const { return m_tokens.clientId(); }
    QString oauthClientSecret() const { return m_tokens.clientSecret(); }
    void setOAuthClientSecret(const QString &secret) { m_tokens.setClientSecret(secret); }
    QString issueRefreshToken();
    void revokeRefreshToken(const QString &token);
    void expireAllAccessTokens();
    QStringList issuedOAuthTokens() const { return m_tokens.issuedTokens(); }
    int tokenRequestCount() const { return m_tokens.tokenRequestCount(); }

    // Answers one request as the HTTP server would, without a socket (the fuzz target feeds
    // it hostile requests this way).
    FakeReply answer(const FakeRequest &request);

    // Seeds the state and remembers the seed for reset().
    void reseed(Seed seed, int objectTypeCount = kFullLargePortal);
    // Back to the remembered seed; clears faults, log and rate counters.
    void reset(bool resetConfig = false);
    static std::optional<Seed> seedFromString(const QString &name);

private:
    FakeConfig m_config;
    FakePortalState m_state;
    FaultInjector m_faults;
    RequestLog m_log;
    RateLimiter m_limiter;
    OAuthTokens m_tokens;
    ControlHandler m_control;
    std::unique_ptr<FakeRouter> m_router;
    FakeHttpServer *m_http = nullptr;
    quint16 m_port = 0;
    Seed m_seed = Seed::Empty;
    int m_seedTypes = kFullLargePortal;
};

} // namespace assoc::fake
