// SPDX-License-Identifier: MIT
#pragma once

#include "api/HubSpotClient.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace assoc::cli {

// A parsed, checked command line: which command to run, with what, against which portal.
struct CliOptions {
    QString command;       // "labels", "create-label", ...
    QStringList arguments; // the command's positional arguments
    ClientConfig client;   // base URL, API version, connection settings, credentials
    bool json = false;
    bool verbose = false;

    // Options of single commands.
    std::optional<QString> name;
    std::optional<QString> label;
    std::optional<QString> inverseLabel;
    std::optional<QString> category;
    std::optional<QString> outputFile;
};

} // namespace assoc::cli
