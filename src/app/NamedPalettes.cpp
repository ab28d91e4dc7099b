// SPDX-License-Identifier: MIT
#include "NamedPalettes.h"

#include <QColor>

namespace assoc::app {

namespace {
QPalette build(const QColor &window, const QColor &text, const QColor &base,
               const QColor &alternate, const QColor &button, const QColor &highlight,
               const QColor &highlightedText, const QColor &link, const QColor &disabledText) {
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, button.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button.lighter(130));
    return p;
}
} // namespace

QStringList NamedPalettes::names() {
    return {QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

std::optional<QPalette> NamedPalettes::named(const QString &name) {
    if (name == QLatin1String("dark"))
        return dark();
    if (name == QLatin1String("high-contrast"))
        return highContrast();
    return std::nullopt;
}

QPalette NamedPalettes::dark() {
    return build(QColor(0x2b, 0x2d, 0x31), QColor(0xe6, 0xe6, 0xe6), QColor(0x1e, 0x1f, 0x22),
                 QColor(0x26, 0x28, 0x2b), QColor(0x3a, 0x3d, 0x42), QColor(0x35, 0x74, 0xc4),
                 Qt::white, QColor(0x8a, 0xb4, 0xf8), QColor(0x8a, 0x8d, 0x91));
}

// Black and white with yellow for the selection, as desktops' high-contrast themes do.
QPalette NamedPalettes::highContrast() {
    return build(Qt::black, Qt::white, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::black,
                 QColor(0xff, 0xeb, 0x3b), Qt::black, QColor(0x7f, 0xdb, 0xff),
                 QColor(0xb0, 0xb0, 0xb0));
}

} // namespace assoc::app
