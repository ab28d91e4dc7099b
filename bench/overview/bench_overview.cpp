// SPDX-License-Identifier: MIT
// Time to the overview and to the complete load, as the window's PortalSession reads a portal
// (issue 13 item 3): from start() to the first time it knows the object types and the label
// usage of every pair (the overview, built from the portal-wide listings), and to the end of
// the background preload (every pair read). Default settings and the Auto object-type choice,
// against a fake-hubspot started by run-overview.sh.
//
//   bench_overview URL TOKEN    prints one line: overview_ms complete_ms types pairs
#include "models/PortalSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

using namespace assoc;
using namespace assoc::models;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_overview URL TOKEN\n");
        return 2;
    }
    ClientConfig config;
    config.baseUrl = QUrl(args.at(1));
    config.credentials = Credentials::privateApp(args.at(2));
    PortalSession session(config);

    QElapsedTimer clock;
    qint64 overviewMs = -1;
    int rc = 1;
    QObject::connect(&session, &PortalSession::usageUpdated, &app, [&] {
        if (overviewMs < 0 && !session.schema().objectTypes.isEmpty())
            overviewMs = clock.elapsed();
    });
    QObject::connect(&session, &PortalSession::preloadFinished, &app, [&] {
        const qint64 completeMs = clock.elapsed();
        rc = session.isComplete() ? 0 : 1;
        std::printf("%lld %lld %d %d\n", static_cast<long long>(overviewMs),
                    static_cast<long long>(completeMs), int(session.schema().objectTypes.size()),
                    int(session.schema().allPairs().size()));
        QCoreApplication::quit();
    });
    QObject::connect(&session, &PortalSession::errorOccurred, &app, [](const ApiError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.details()));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(0, &app, [&] {
        clock.start();
        session.start();
    });
    const int exec = app.exec();
    return exec != 0 ? exec : rc;
}
