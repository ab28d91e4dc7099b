// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QCoreApplication;

namespace assoc::app {

// What `association-studio` was asked to do.
struct CommandLine {
    bool demo = false;
    QString screenshotFile;
    QString screenshotDialog; // with --screenshot: save this scene (ScreenshotTaker) instead
    QString select;           // "contacts:companies", ids or names
    QString language;         // "de", "en_GB"…; empty: the system's
    QString palette;          // "dark", "high-contrast"; empty: the desktop's
    QString error;            // non-empty: the arguments cannot be used

    // Handles --help and --version itself (they print and exit).
    static CommandLine parse(const QCoreApplication &app);
};

} // namespace assoc::app
