// SPDX-License-Identifier: MIT
#include "AppIcons.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// A resource file compiled into a static library must be registered by hand.
static void initAppResources() {
    Q_INIT_RESOURCE(resources);
}

namespace assoc::app {

namespace {
// The ink every icon in resources/icons is drawn with, and its two accents (deleting in red,
// creating in green), with the lighter accents that keep 3:1 contrast on a dark window.
constexpr char kInk[] = "#37474f";
constexpr char kRed[] = "#c62828";
constexpr char kGreen[] = "#2e7d32";
constexpr char kRedOnDark[] = "#ef5350";
constexpr char kGreenOnDark[] = "#66bb6a";

QString resourcePath(const QString &name) {
    static const bool initialised = [] {
        initAppResources();
        return true;
    }();
    Q_UNUSED(initialised);
    return QStringLiteral(":/icons/%1.svg").arg(name);
}
} // namespace

QIcon AppIcons::icon(const QString &name) {
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    const QPalette palette = QGuiApplication::palette();
    svg.replace(kInk, palette.color(QPalette::Active, QPalette::WindowText).name().toLatin1());
    if (palette.color(QPalette::Window).lightness() < 128) {
        svg.replace(kRed, kRedOnDark);
        svg.replace(kGreen, kGreenOnDark);
    }
    QSvgRenderer renderer(svg);
    // Pixmaps at the sizes toolbars, menus and line edits ask for, and twice those for HiDPI;
    // QIcon greys the disabled state from them.
    QIcon icon;
    for (const int size : {16, 20, 22, 24, 32, 40, 44, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon AppIcons::appIcon() {
    // The application icon keeps its own colours and stays scalable.
    return QIcon(resourcePath(QStringLiteral("association-studio")));
}

} // namespace assoc::app
