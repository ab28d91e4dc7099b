// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace assoc::fuzz {

// The fake portal's request handling (what the demo runs inside the app), given requests in
// RawRequest's format against a fresh demo portal.
bool fuzzFakePortal(const QByteArray &requests);

} // namespace assoc::fuzz
