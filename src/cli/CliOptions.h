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
    bool noHistory = false; // --no-history: the change history records nothing

    // Options of single commands.
    std::optional<QString> name;
    std::optional<QString> label;
    std::optional<QString> inverseLabel;
    std::optional<QString> category;
    std::optional<QString> maximum; // set-limit --max, as typed
    std::optional<QString> outputFile;
    std::optional<QString> planFile; // apply --plan
    bool dryRun = false;             // apply --dry-run
    bool allowDeletes = false;       // diff, apply --allow-deletes
    bool objectsGiven = false;       // --objects (its value is client.objectTypes)
    // apply --for-portal: the portal a plan without a target portal id is meant for.
    std::optional<qint64> forPortal;
};

} // namespace assoc::cli
