// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace assoc::cli {

// One run of assocctl: parses the command line, connects to HubSpot, runs the command in the
// application's event loop (QCoreApplication::exec, the only one) and returns the exit code.
// Needs a QCoreApplication.
class Runner {
public:
    static int run(const QStringList &arguments, const QProcessEnvironment &environment);
};

} // namespace assoc::cli
