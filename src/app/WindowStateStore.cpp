// SPDX-License-Identifier: MIT
#include "WindowStateStore.h"

#include "SettingsFile.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <assoc/Version.h>

namespace assoc::app {

QString WindowStateStore::organization() {
    return QStringLiteral(ASSOC_ORGANIZATION_NAME);
}

QString WindowStateStore::application() {
    return QStringLiteral(ASSOC_APPLICATION_NAME);
}

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
} // namespace

void WindowStateStore::save(const QMainWindow *window, const QSplitter *splitter) {
    const auto settings = SettingsFile::open();
    settings->setValue(kGeometry, window->saveGeometry());
    settings->setValue(kState, window->saveState());
    settings->setValue(kSplitter, splitter->saveState());
}

bool WindowStateStore::restore(QMainWindow *window, QSplitter *splitter) {
    const auto settings = SettingsFile::open();
    if (!settings->contains(kGeometry))
        return false;
    window->restoreGeometry(settings->value(kGeometry).toByteArray());
    window->restoreState(settings->value(kState).toByteArray());
    splitter->restoreState(settings->value(kSplitter).toByteArray());
    return true;
}

} // namespace assoc::app
