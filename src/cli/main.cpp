// SPDX-License-Identifier: MIT
// assocctl: HubSpot association labels and limits from the command line.
#include "Runner.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#ifndef PROJECT_VERSION
#define PROJECT_VERSION "0.0.0"
#endif

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assocctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Association Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return assoc::cli::Runner::run(QCoreApplication::arguments(),
                                   QProcessEnvironment::systemEnvironment());
}
