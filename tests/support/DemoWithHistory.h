// SPDX-License-Identifier: MIT
#pragma once

// The start the main-window suites share: the window's settings in a throw-away folder, and for
// each test function a fresh change history beside the demo portal.

#include "demo/DemoPortal.h"
#include "history/HistoryStore.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace assoc::test {

// Window geometry and the like go to `folder`, not the developer's settings.
inline void keepSettingsIn(const QString &folder) {
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

// Opens a change history of its own in `dir` and starts the demo portal. Fails the running test
// when either cannot be had: callers check QTest::currentTestFailed() after it.
inline void startDemoWithHistory(const QTemporaryDir &dir,
                                 std::unique_ptr<history::HistoryStore> &store,
                                 std::unique_ptr<demo::DemoPortal> &portal) {
    static int run = 0;
    auto opened =
        history::HistoryStore::open(dir.filePath(QStringLiteral("history-%1.sqlite").arg(++run)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    store = std::move(opened).value();
    portal = std::make_unique<demo::DemoPortal>();
    QVERIFY(portal->start());
}

} // namespace assoc::test
