// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace assoc::fuzz {

// Redactor::redact on any log line or body: no registered secret survives it.
bool fuzzRedactor(const QByteArray &text);

} // namespace assoc::fuzz
