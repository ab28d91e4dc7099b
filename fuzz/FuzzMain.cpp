// SPDX-License-Identifier: MIT
// The libFuzzer side of one target: ASSOC_FUZZ_TARGET names its entry in FuzzTargets.cpp.
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    // Some parsers create QObjects (the fake portal); Qt wants an application for them.
    static QCoreApplication app(*argc, *argv);
    if (!assoc::fuzz::fuzzEntry(QStringLiteral(ASSOC_FUZZ_TARGET))) {
        std::fprintf(stderr, "unknown fuzz target %s\n", ASSOC_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const assoc::fuzz::FuzzEntry entry =
        assoc::fuzz::fuzzEntry(QStringLiteral(ASSOC_FUZZ_TARGET));
    // A copy, as the network and QFile hand the app its bytes.
    entry(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
