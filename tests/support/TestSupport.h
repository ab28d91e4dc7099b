// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the suites: a fake portal on loopback with a client talking to it, and a
// way to wait for a Call without a nested event loop of our own (QTest::qWaitFor spins Qt's).

#include "api/HubSpotClient.h"
#include "fakehubspot/FakeHubSpotServer.h"
#include "fakehubspot/SeedData.h"

#include <QTest>
#include <algorithm>
#include <memory>
#include <optional>

namespace assoc::test {

template <typename T> std::optional<ApiResult<T>> await(Call<T> *call, int timeoutMs = 15000) {
    std::optional<ApiResult<T>> out;
    QObject context;
    call->then(&context, [&out](const ApiResult<T> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return std::nullopt;
    return out;
}

// Waits for several calls at once. Each call deletes itself once it has ended, so all of them
// are observed from the start rather than one after another.
template <typename T>
QList<std::optional<ApiResult<T>>> awaitAll(const QList<Call<T> *> &calls, int timeoutMs = 30000) {
    QList<std::optional<ApiResult<T>>> out(calls.size());
    QObject context;
    for (qsizetype i = 0; i < calls.size(); ++i)
        calls[i]->then(&context, [&out, i](const ApiResult<T> &r) { out[i] = r; });
    const auto allDone = [&out] {
        return std::all_of(out.begin(), out.end(), [](const auto &r) { return r.has_value(); });
    };
    if (!QTest::qWaitFor(allDone, timeoutMs))
        qWarning("awaitAll: not every call ended in time");
    return out;
}

template <typename T> int countSucceeded(const QList<std::optional<ApiResult<T>>> &results) {
    return int(
        std::count_if(results.begin(), results.end(), [](const auto &r) { return r && r->ok(); }));
}

// Why a result is not a success, for QVERIFY2 (whose message is built even when it passes).
template <typename T> QByteArray why(const std::optional<ApiResult<T>> &result) {
    if (!result)
        return QByteArrayLiteral("timed out");
    return result->ok() ? QByteArray() : result->error().details().toUtf8();
}

template <typename T> bool succeeded(const std::optional<ApiResult<T>> &result) {
    return result && result->ok();
}

// A seeded fake portal and a client for it, torn down in the right order.
struct PortalFixture {
    std::unique_ptr<fake::FakeHubSpotServer> server = std::make_unique<fake::FakeHubSpotServer>();
    std::unique_ptr<HubSpotClient> client;

    bool start(fake::Seed seed = fake::Seed::Demo, int types = 20) {
        server->reseed(seed, types);
        return server->listen(0);
    }
    ClientConfig config() const {
        ClientConfig c;
        c.baseUrl = server->baseUrl();
        c.credentials = Credentials::privateApp(server->privateAppToken());
        c.connection.backoffBaseMs = 20;
        c.connection.backoffCapMs = 200;
        c.connection.timeoutMs = 5000;
        // The suites that use this were written for the four core types and the custom ones;
        // the other choices have suites of their own (test_api_object_types).
        c.objectTypes = ObjectTypeChoice::core();
        return c;
    }
    HubSpotClient *connect(const ClientConfig &c) {
        client = std::make_unique<HubSpotClient>(c);
        return client.get();
    }
    HubSpotClient *connect() { return connect(config()); }
    ~PortalFixture() {
        client.reset();
        server.reset();
    }
};

} // namespace assoc::test
