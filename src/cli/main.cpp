// SPDX-License-Identifier: MIT
// assocctl: HubSpot association labels and limits from the command line.
#include "Runner.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <assoc/Version.h>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assocctl"));
    QCoreApplication::setOrganizationName(QStringLiteral(ASSOC_ORGANIZATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSOC_VERSION_STRING));
    // English, whatever the locale, so that scripts read the same text everywhere; the English
    // plural forms turn "%n change(s)" into "1 change" / "2 changes".
    assoc::Translations translations;
    translations.install(QLocale(QLocale::English));
    return assoc::cli::Runner::run(QCoreApplication::arguments(),
                                   QProcessEnvironment::systemEnvironment());
}
