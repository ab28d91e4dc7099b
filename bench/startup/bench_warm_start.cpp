// SPDX-License-Identifier: MIT
// Warm start as the user sees it: from the start of main() to the first time the main window's
// pair tree has been painted with the portal's types, when the portal is shown from its
// snapshot. The portal itself answers only after 5 s (an in-process fake with that latency),
// so everything painted comes from the snapshot. One start per process; run-warm-start.sh
// repeats it.
//
//   bench_warm_start SNAPSHOT.json              prints one line of figures in milliseconds
//   bench_warm_start --prepare OUT.json TYPES   reads a fake portal seeded with TYPES object
//                                               types, every pair labelled, into a snapshot
#include "FakeHubSpotServer.h"
#include "SeedData.h"
#include "api/PortalLoader.h"
#include "app/MainWindow.h"
#include "app/PairTreePanel.h"
#include "core/SnapshotCache.h"
#include "models/ObjectTypeTreeModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>
#include <QTreeView>
#include <chrono>
#include <cstdio>

using namespace assoc;
using SteadyClock = std::chrono::steady_clock;

namespace {
double msSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

// Notes the first paint of the tree's viewport that shows rows, then quits.
class FirstPaint : public QObject {
public:
    FirstPaint(QTreeView *tree, SteadyClock::time_point start)
        : m_tree(tree)
        , m_start(start) {}
    double elapsed = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && elapsed < 0 && m_tree->model()->rowCount() > 0) {
            // Posted so that it runs once this paint event has been handled.
            QTimer::singleShot(0, this, [this] {
                elapsed = msSince(m_start);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView *m_tree;
    SteadyClock::time_point m_start;
};
} // namespace

int prepare(const QString &out, int types) {
    fake::FakeHubSpotServer portal;
    portal.reseed(fake::Seed::Large, types);
    if (!portal.listen())
        return 1;
    ClientConfig config;
    config.baseUrl = portal.baseUrl();
    config.credentials = Credentials::privateApp(portal.privateAppToken());
    HubSpotClient client(config);
    PortalLoader loader(&client);
    int rc = 1;
    loader.load(Priority::UserAction)->then(&loader, [&rc, out](const ApiResult<PortalSchema> &r) {
        if (r) {
            PortalSchema schema = r.value();
            schema.takenAt = QDateTime::currentDateTimeUtc();
            const QFileInfo file(out);
            rc = SnapshotCache(file.absolutePath()).store(file.completeBaseName(), schema) ? 0 : 1;
        } else {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().details()));
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return rc;
}

int main(int argc, char **argv) {
    const SteadyClock::time_point start = SteadyClock::now();
    QApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--prepare")
        return prepare(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    const double appReady = msSince(start);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_warm_start SNAPSHOT.json\n");
        return 2;
    }
    const QFileInfo file(QString::fromLocal8Bit(argv[1]));
    const auto snapshot = SnapshotCache(file.absolutePath()).load(file.completeBaseName());
    if (!snapshot) {
        std::fprintf(stderr, "cannot read the snapshot %s\n", argv[1]);
        return 1;
    }
    const double snapshotRead = msSince(start);

    fake::FakeHubSpotServer portal;
    portal.config().latencyMs = 5000;
    if (!portal.listen())
        return 1;
    ClientConfig config;
    config.baseUrl = portal.baseUrl();
    config.credentials = Credentials::privateApp(portal.privateAppToken());

    app::MainWindow window;
    QTreeView *tree = window.treePanel()->treeView();
    FirstPaint painted(tree, start);
    tree->viewport()->installEventFilter(&painted);
    window.connectWithSnapshot(config, *snapshot);
    window.resize(1280, 800);
    window.show();
    const double shown = msSince(start);
    QTimer::singleShot(10000, &app, [] { QApplication::exit(1); });
    const int rc = app.exec();
    int labels = 0;
    for (const PairSchema &p : snapshot->pairs)
        labels += int(p.labels.size());
    std::printf("types %lld labels %d | QApplication %.1f ms | snapshot read %.1f ms | window "
                "shown %.1f ms | first paint %.1f ms\n",
                static_cast<long long>(snapshot->objectTypes.size()), labels, appReady,
                snapshotRead - appReady, shown - snapshotRead, painted.elapsed);
    return rc;
}
