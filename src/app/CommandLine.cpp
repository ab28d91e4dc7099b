// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include "NamedPalettes.h"
#include "ScreenshotTaker.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace assoc::app {

CommandLine CommandLine::parse(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "See and manage HubSpot association labels and limits."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Start a demo portal in this process and connect to it."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "With --demo: save the main window to <file> once loaded, "
                                    "then exit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotDialog(
        QStringLiteral("screenshot-dialog"),
        QCoreApplication::translate("CommandLine",
                                    "With --screenshot: set up <scene> (a dialog, window or "
                                    "panel, e.g. set-limit) on the selected pair and save it "
                                    "instead of the main window; an unknown name lists the "
                                    "scenes."),
        QStringLiteral("scene"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QCoreApplication::translate("CommandLine", "Select the pair <from:to> (ids or names, e.g. "
                                                   "contacts:companies)."),
        QStringLiteral("pair"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLine",
                                    "Show the window in <language> (e.g. de or en) instead of "
                                    "the system's language."),
        QStringLiteral("language"));
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        QCoreApplication::translate("CommandLine",
                                    "Show the window with the <palette> colours (dark or "
                                    "high-contrast) instead of the desktop's."),
        QStringLiteral("palette"));
    parser.addOptions({demo, screenshot, screenshotDialog, select, language, palette});
    parser.process(app);

    CommandLine out;
    out.demo = parser.isSet(demo);
    out.screenshotFile = parser.value(screenshot);
    out.screenshotDialog = parser.value(screenshotDialog);
    out.select = parser.value(select);
    out.language = parser.value(language);
    out.palette = parser.value(palette);
    if (!out.screenshotFile.isEmpty() && !out.demo)
        out.error = QCoreApplication::translate("CommandLine", "--screenshot needs --demo.");
    if (!out.select.isEmpty() && !out.select.contains(QLatin1Char(':')))
        out.error = QCoreApplication::translate("CommandLine", "--select expects <from>:<to>, e.g. "
                                                               "contacts:companies.");
    if (!out.screenshotDialog.isEmpty() &&
        !ScreenshotTaker::sceneNames().contains(out.screenshotDialog))
        out.error =
            QCoreApplication::translate("CommandLine", "--screenshot-dialog expects one of: %1.")
                .arg(ScreenshotTaker::sceneNames().join(QStringLiteral(", ")));
    if (!out.palette.isEmpty() && !NamedPalettes::names().contains(out.palette))
        out.error = QCoreApplication::translate("CommandLine", "--palette expects one of: %1.")
                        .arg(NamedPalettes::names().join(QStringLiteral(", ")));
    return out;
}

} // namespace assoc::app
