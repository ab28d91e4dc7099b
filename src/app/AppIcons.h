// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace assoc::app {

// The app's SVG icons from resources/icons, by file name without extension.
class AppIcons {
public:
    static QIcon icon(const QString &name);
    static QIcon appIcon() { return icon(QStringLiteral("association-studio")); }
};

} // namespace assoc::app
