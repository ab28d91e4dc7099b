// SPDX-License-Identifier: MIT
#include "FakeHubSpotServer.h"

#include "FakeHttpServer.h"
#include "FakeRouter.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace assoc::fake {

FakeHubSpotServer::FakeHubSpotServer(QObject *parent)
    : QObject(parent)
    , m_control(*this)
    , m_router(std::make_unique<FakeRouter>(m_state, m_config, m_faults, m_log, m_limiter, m_tokens,
                                            m_control))
    , m_http(new FakeHttpServer(*m_router, this)) {
    seed(m_state, Seed::Empty);
}

FakeHubSpotServer::~FakeHubSpotServer() {
    delete m_http; // before the router it refers to
    m_http = nullptr;
}

bool FakeHubSpotServer::listen(quint16 port) {
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

QUrl FakeHubSpotServer::baseUrl() const {
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QString FakeHubSpotServer::issueRefreshToken() {
    return m_tokens.issueRefreshToken();
}

void FakeHubSpotServer::revokeRefreshToken(const QString &token) {
    m_tokens.revokeRefreshToken(token);
}

void FakeHubSpotServer::expireAllAccessTokens() {
    m_tokens.expireAllAccessTokens();
}

FakeReply FakeHubSpotServer::answer(const FakeRequest &request) {
    return m_router->route(request);
}

void FakeHubSpotServer::reseed(Seed kind, int objectTypeCount) {
    m_seed = kind;
    m_seedTypes = objectTypeCount;
    seed(m_state, kind, objectTypeCount);
}

void FakeHubSpotServer::reset(bool resetConfig) {
    seed(m_state, m_seed, m_seedTypes);
    m_faults.clear();
    m_log.clear();
    m_limiter.reset();
    if (resetConfig)
        m_config = FakeConfig();
}

std::optional<Seed> FakeHubSpotServer::seedFromString(const QString &name) {
    if (name.compare(u"empty"_s, Qt::CaseInsensitive) == 0)
        return Seed::Empty;
    if (name.compare(u"demo"_s, Qt::CaseInsensitive) == 0)
        return Seed::Demo;
    if (name.compare(u"large"_s, Qt::CaseInsensitive) == 0)
        return Seed::Large;
    return std::nullopt;
}

} // namespace assoc::fake
