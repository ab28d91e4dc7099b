// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QMainWindow;
class QSplitter;

namespace assoc::app {

// Window geometry and splitter position across runs, in QSettings. Never holds secrets.
class WindowStateStore {
public:
    static QString organization();
    static QString application();

    static void save(const QMainWindow *window, const QSplitter *splitter);
    // False when nothing was stored yet (the caller picks a default size).
    static bool restore(QMainWindow *window, QSplitter *splitter);
};

} // namespace assoc::app
