// SPDX-License-Identifier: MIT
#pragma once

// The few colours the app adds to the style's own (warnings, errors, the schema map), derived
// from the palette in use so they stay readable on a light, a dark and a high-contrast palette.
// Header-only: the dialogs and the map use it without linking the app.

#include <QColor>
#include <QPalette>

namespace assoc::app::colours {

// Light text on a dark window: dark and high-contrast palettes alike.
inline bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

// `a` moved towards `b` by `amount` (0…1).
inline QColor mix(const QColor &a, const QColor &b, qreal amount) {
    const auto channel = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

// Text that asks for attention: a pair close to its maximum of labels.
inline QColor warningText(const QPalette &palette) {
    return isDark(palette) ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
}

// A field's or a request's error message.
inline QColor errorText(const QPalette &palette) {
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

// Behind an error banner, whose text keeps the palette's own colour.
inline QColor errorBackground(const QPalette &palette) {
    return mix(palette.color(QPalette::Window), QColor(0xd9, 0x30, 0x25),
               isDark(palette) ? 0.3 : 0.12);
}

// The schema map: standard objects blue, custom ones orange, on the palette's base colour.
inline QColor objectAccent(const QPalette &palette, bool custom) {
    if (isDark(palette))
        return custom ? QColor(0xf5, 0xa6, 0x5b) : QColor(0x7c, 0xb4, 0xf5);
    return custom ? QColor(0xc0, 0x6c, 0x14) : QColor(0x3d, 0x78, 0xb8);
}

inline QColor objectFill(const QPalette &palette, bool custom) {
    return mix(palette.color(QPalette::Base), objectAccent(palette, custom), 0.16);
}

inline QColor mapLine(const QPalette &palette) {
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
}

inline QColor mapHover(const QPalette &palette) {
    return isDark(palette) ? palette.color(QPalette::Highlight).lighter(140)
                           : palette.color(QPalette::Highlight).darker(115);
}

} // namespace assoc::app::colours
