// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace assoc::app {

// The app's SVG icons from resources/icons, by file name without extension.
class AppIcons {
public:
    // The icons are drawn in one ink colour (plus red or green accents); that ink becomes the
    // palette's text colour, and the accents lighten on a dark window, so they stay as readable
    // on a dark or high-contrast palette as the text beside them. Call after the application's
    // palette is set.
    static QIcon icon(const QString &name);
    static QIcon appIcon();
};

} // namespace assoc::app
