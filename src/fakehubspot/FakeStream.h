// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <algorithm>

namespace assoc::fake {

// A body written piece by piece, for answers a single write cannot give: `prefix`, then
// `filler` over and over until `fillerBytes` have gone out (< 0: never stops), then `suffix`.
// Framed as a chunked body or under a Content-Length of the whole; sent as fast as the client
// reads it, or one byte every `byteIntervalMs`.
struct FakeStream {
    QByteArray prefix;
    QByteArray filler;
    qint64 fillerBytes = 0;
    QByteArray suffix;
    bool chunked = false;
    int byteIntervalMs = 0;

    bool endless() const { return fillerBytes < 0 && !filler.isEmpty(); }
    qint64 size() const { return prefix.size() + std::max<qint64>(0, fillerBytes) + suffix.size(); }
};

} // namespace assoc::fake
