// SPDX-License-Identifier: MIT
#pragma once

#include "api/HubSpotClient.h"

#include <QObject>
#include <memory>

namespace assoc::fake {
class FakeHubSpotServer;
}

namespace assoc::app {

// The fake HubSpot portal, seeded with the demo data, running in this process on a loopback
// port: `--demo` and the GUI tests connect to it like to a real portal.
class DemoPortal : public QObject {
    Q_OBJECT
public:
    explicit DemoPortal(QObject *parent = nullptr);
    ~DemoPortal() override;

    // Listens on 127.0.0.1 (any free port). False, with `error` set, on failure.
    bool start(QString *error = nullptr);
    // Base URL and token of the running portal.
    ClientConfig config() const;
    fake::FakeHubSpotServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<fake::FakeHubSpotServer> m_server;
};

} // namespace assoc::app
