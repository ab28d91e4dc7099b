// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace assoc::fuzz {

// One parser of outside input, fed arbitrary bytes. Returns whether the input was accepted
// (parsed, or answered without a server error), so that the seed corpus can be checked to be
// made of real answers. Any crash, sanitizer report or broken invariant aborts.
using FuzzEntry = bool (*)(const QByteArray &input);

struct FuzzTarget {
    QString name; // the folder name under fuzz/corpus, fuzz/dict and tests/fuzz-regressions
    FuzzEntry entry;
};

// Every fuzz target, in the order tools/fuzz.sh runs them.
const QList<FuzzTarget> &fuzzTargets();
// The entry of the target called `name`, or nullptr.
FuzzEntry fuzzEntry(const QString &name);

// Aborts with `what` on stderr when an invariant of a target does not hold: libFuzzer then
// keeps the input as a crash.
void fuzzCheck(bool condition, const char *what);

} // namespace assoc::fuzz
