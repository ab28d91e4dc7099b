// SPDX-License-Identifier: MIT
// assocctl: HubSpot association labels and limits from the command line.
#include "Runner.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <assoc/Version.h>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assocctl"));
    QCoreApplication::setOrganizationName(QStringLiteral(ASSOC_ORGANIZATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSOC_VERSION_STRING));
    return assoc::cli::Runner::run(QCoreApplication::arguments(),
                                   QProcessEnvironment::systemEnvironment());
}
