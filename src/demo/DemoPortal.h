// SPDX-License-Identifier: MIT
#pragma once

#include "api/HubSpotClient.h"

#include <QObject>
#include <optional>

namespace assoc::fake {
class FakeHubSpotServer;
}

namespace assoc::demo {

// The fake HubSpot portal, seeded with the demo data, running in this process on a loopback
// port: `--demo` and the GUI tests connect to it like to a real portal. Two builds of this one
// interface exist (src/demo/CMakeLists.txt): the real one, and one for a build without the demo
// portal whose start() says so.
class DemoPortal : public QObject {
    Q_OBJECT
public:
    explicit DemoPortal(QObject *parent = nullptr);
    ~DemoPortal() override;

    // Listens on 127.0.0.1 (any free port). False, with `error` set, on failure.
    bool start(QString *error = nullptr);
    // Base URL and token of the running portal.
    ClientConfig config() const;
    // Starts the portal on first use; then how to reach it, or null with `error` set. What the
    // window's "Explore the demo portal" and `--demo` call (MainWindow::setDemoStarter).
    std::optional<ClientConfig> ensureStarted(QString *error = nullptr) {
        if (!m_started)
            m_started = start(error);
        return m_started ? std::optional<ClientConfig>(config()) : std::nullopt;
    }
    // The portal itself, for tests to arrange its state; null in a build without it.
    fake::FakeHubSpotServer *server() const { return m_server; }

private:
    fake::FakeHubSpotServer *m_server = nullptr; // a child of this object
    bool m_started = false;
};

} // namespace assoc::demo
