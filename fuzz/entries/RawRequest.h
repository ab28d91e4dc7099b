// SPDX-License-Identifier: MIT
#pragma once

#include "FakeRequest.h"

#include <QByteArray>
#include <QList>

namespace assoc::fuzz {

// The fake portal target's input format: requests as HTTP/1.1 writes them, without the version
// ("POST /crm/v4/associations/0-1/0-2/labels?x=1", header lines, an empty line, the body),
// several requests separated by a line of "%%%", so that one input can create and then change.
// Lines may end in "\n" or "\r\n".
class RawRequest {
public:
    static constexpr int MaxRequests = 8;
    static QList<fake::FakeRequest> parse(const QByteArray &input);
    static QByteArray write(const QList<fake::FakeRequest> &requests);
    static QByteArray separator() { return QByteArrayLiteral("\n%%%\n"); }
};

} // namespace assoc::fuzz
