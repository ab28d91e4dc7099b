// SPDX-License-Identifier: MIT
#include "DemoPortal.h"

#include "FakeHubSpotServer.h"
#include "SeedData.h"

namespace assoc::demo {

DemoPortal::DemoPortal(QObject *parent)
    : QObject(parent)
    , m_server(new fake::FakeHubSpotServer(this)) {}

DemoPortal::~DemoPortal() = default;

bool DemoPortal::start(QString *error) {
    m_server->reseed(fake::Seed::Demo);
    if (m_server->listen(0))
        return true;
    if (error)
        *error = tr("Could not start the demo portal on a loopback port.");
    return false;
}

ClientConfig DemoPortal::config() const {
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.credentials = Credentials::privateApp(m_server->privateAppToken());
    return config;
}

} // namespace assoc::demo
