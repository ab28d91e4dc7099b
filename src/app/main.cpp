// SPDX-License-Identifier: MIT
#include "app/AppIcons.h"
#include "app/CommandLine.h"
#include "app/MainWindow.h"
#include "app/NamedPalettes.h"
#include "app/ProfileController.h"
#include "app/ScreenshotTaker.h"
#include "app/SettingsFile.h"
#include "app/WindowStateStore.h"
#include "app/compare/CompareController.h"
#include "auth/Redactor.h"
#include "auth/SecretStore.h"
#include "core/Translations.h"
#include "demo/DemoPortal.h"
#include "history/HistoryStore.h"
#include "models/PortalSession.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <assoc/Version.h>
#include <cstdio>
#include <optional>

using namespace assoc::app;

namespace {
void describeApplication() {
    QCoreApplication::setOrganizationName(WindowStateStore::organization());
    QCoreApplication::setApplicationName(WindowStateStore::application());
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSOC_VERSION_STRING));
}

// --help and --version must work without a display, so they are answered before the GUI exists.
bool wantsInformationOnly(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[]) {
    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication info(argc, argv);
        describeApplication();
        CommandLine::parse(info); // prints and exits
        return 0;
    }
    // Every diagnostic line passes the redactor before it is written anywhere.
    assoc::auth::Redactor::installMessageHandler();
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("dev.associationstudio.AssociationStudio"));
    QApplication::setWindowIcon(AppIcons::appIcon());

    const CommandLine options = CommandLine::parse(app);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "association-studio: %s\n", qPrintable(options.error));
        return 2;
    }
    if (const auto palette = NamedPalettes::named(options.palette)) {
        // Fusion draws with the palette alone; a platform style may keep its own colours.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(*palette);
    }
    // The UI in the system's language (or --language's) where a translation exists (German
    // ships with the app); English plural forms in every case.
    assoc::Translations translations;
    translations.install(options.language.isEmpty() ? QLocale() : QLocale(options.language));

    // The change history, shared with assocctl; declared first, as it outlives the window whose
    // writes it records. Without it the app works, keeping no history.
    // Pictures record their changes in a history of their own, gone afterwards.
    std::optional<QTemporaryDir> pictureHistory;
    if (!options.screenshotFile.isEmpty())
        pictureHistory.emplace();
    std::unique_ptr<assoc::history::HistoryStore> history;
    {
        auto opened = assoc::history::HistoryStore::open(
            pictureHistory ? pictureHistory->filePath(QStringLiteral("history.sqlite"))
                           : assoc::history::HistoryStore::defaultPath());
        if (opened)
            history = std::move(opened).value();
        else
            std::fprintf(stderr, "association-studio: %s\n", qPrintable(opened.error()));
    }
    // Declared before the window, which talks to it, so that it goes last.
    assoc::demo::DemoPortal demo;
    MainWindow window;
    window.setHistory(history.get());
    // The window starts the demo portal when asked (--demo, or its welcome page) through this
    // function: its library never links the fake portal.
    window.setDemoStarter([&demo](QString *error) { return demo.ensureStarted(error); });

    if (options.demo) {
        QString error;
        if (!window.startDemo(&error)) {
            std::fprintf(stderr, "association-studio: %s\n", qPrintable(error));
            return 1;
        }
    }

    if (!options.screenshotFile.isEmpty()) {
        window.resize(1100, 700);
        window.show();
        auto *taker = new ScreenshotTaker(&window, options.screenshotFile, options.select, &app);
        // Queued: a failure found before the event loop runs must still end it.
        QObject::connect(
            taker, &ScreenshotTaker::finished, &app,
            [](bool ok, const QString &message) {
                std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
                QApplication::exit(ok ? 0 : 1);
            },
            Qt::QueuedConnection);
        taker->setScene(options.screenshotDialog);
        taker->start();
        return app.exec();
    }

    window.show();
    if (options.demo) {
        if (!options.select.isEmpty()) {
            const QString select = options.select;
            QObject::connect(window.session(), &assoc::models::PortalSession::typesLoaded, &window,
                             [&window, select] {
                                 if (const auto pair = window.resolvePair(select))
                                     window.selectPair(*pair);
                             });
        }
        return app.exec();
    }
    // Real portals: profiles in settings, secrets in the keychain; the last one reopens.
    const auto settings = SettingsFile::open();
    assoc::auth::SecretStore secrets;
    ProfileController profiles(&window, settings.get(), &secrets);
    // The Compare window offers the other saved profiles as sources and targets.
    window.compareController()->setProfiles(profiles.store(), &secrets);
    QTimer::singleShot(0, &profiles, &ProfileController::start);
    return app.exec();
}
