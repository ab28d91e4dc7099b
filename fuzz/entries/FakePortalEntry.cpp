// SPDX-License-Identifier: MIT
#include "FakePortalEntry.h"

#include "FakeHttpServer.h"
#include "FakeHubSpotServer.h"
#include "FuzzTargets.h"
#include "RawRequest.h"

#include <algorithm>

namespace assoc::fuzz {

bool fuzzFakePortal(const QByteArray &requests) {
    static fake::FakeHubSpotServer *server = [] {
        auto *s = new fake::FakeHubSpotServer; // one for the whole run, never listening
        s->reseed(fake::Seed::Demo);
        return s;
    }();
    // Every input starts from the same demo portal, so that a crash replays from its input
    // alone. Only a control request can change which seed reset() goes back to.
    static bool reseeded = false;
    if (reseeded)
        server->reseed(fake::Seed::Demo);
    server->reset(true);
    const QList<fake::FakeRequest> list = RawRequest::parse(requests);
    reseeded = std::any_of(list.begin(), list.end(), [](const fake::FakeRequest &r) {
        return r.path.startsWith(QStringLiteral("/__fake/reset"));
    });
    bool accepted = true;
    for (const fake::FakeRequest &request : list) {
        const fake::FakeReply reply = server->answer(request);
        if (reply.delivery != fake::FakeReply::Delivery::Respond)
            continue;
        const int status = reply.response.status;
        fuzzCheck(status >= 200 && status < 600, "the fake answered with an invalid status");
        fake::FakeHttpServer::serialize(reply.response, request.correlationId, true);
        accepted = accepted && status < 500;
    }
    return accepted;
}

} // namespace assoc::fuzz
