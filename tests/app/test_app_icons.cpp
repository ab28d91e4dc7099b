// SPDX-License-Identifier: MIT
// The toolbar and menu icons stay readable on every palette the app offers: their ink follows
// the palette's text colour, so it contrasts with the window as the text does.

#include "app/AppIcons.h"
#include "app/NamedPalettes.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace assoc::app;

namespace {
// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c) {
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
// The best contrast any solid pixel of the icon has with the window behind it.
double bestContrast(const QIcon &icon, const QColor &window) {
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    double best = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 200)
                best = std::max(best, contrast(pixel, window));
        }
    }
    return best;
}
} // namespace

class TestAppIcons : public QObject {
    Q_OBJECT
private slots:
    void readableOnEveryPalette_data();
    void readableOnEveryPalette();
};

void TestAppIcons::readableOnEveryPalette_data() {
    QTest::addColumn<QString>("palette");
    QTest::newRow("system") << QString();
    for (const QString &name : NamedPalettes::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestAppIcons::readableOnEveryPalette() {
    QFETCH(QString, palette);
    const QPalette before = QApplication::palette();
    if (const auto named = NamedPalettes::named(palette))
        QApplication::setPalette(*named);
    const QColor window = QApplication::palette().color(QPalette::Window);

    QVERIFY(!AppIcons::icon(QStringLiteral("refresh")).isNull()); // registers the resources
    const QStringList names = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    QVERIFY(names.size() >= 12);
    for (QString name : names) {
        name.chop(4);
        if (name == u"association-studio")
            continue; // the application icon keeps its own colours
        const QIcon icon = AppIcons::icon(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        // 3:1 is WCAG's minimum for graphical objects.
        const double ratio = bestContrast(icon, window);
        QVERIFY2(ratio >= 3.0,
                 qPrintable(QStringLiteral("%1 on %2: contrast %3:1")
                                .arg(name, palette.isEmpty() ? QStringLiteral("system") : palette)
                                .arg(ratio, 0, 'f', 2)));
    }
    QApplication::setPalette(before);
}

QTEST_MAIN(TestAppIcons)
#include "test_app_icons.moc"
