// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QStringList>
#include <optional>

namespace assoc::app {

// The palettes `--palette` offers, to check (and take screenshots of) the app on a dark and a
// high-contrast desktop without changing the desktop's theme.
class NamedPalettes {
public:
    static QStringList names(); // "dark", "high-contrast"
    static std::optional<QPalette> named(const QString &name);
    static QPalette dark();
    static QPalette highContrast();
};

} // namespace assoc::app
