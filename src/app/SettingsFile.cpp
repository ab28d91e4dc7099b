// SPDX-License-Identifier: MIT
#include "SettingsFile.h"

#include "WindowStateStore.h"
#include "core/OwnerOnly.h"

#include <QSettings>

namespace assoc::app {

std::unique_ptr<QSettings> SettingsFile::open() {
    auto settings = std::make_unique<QSettings>(WindowStateStore::organization(),
                                                WindowStateStore::application());
#ifndef Q_OS_WIN
    // Not fatal: QSettings reports its own failure to write, and the settings hold no secrets.
    if (const auto prepared = OwnerOnly::prepareFile(settings->fileName()); !prepared)
        qWarning("Could not make the settings file owner-only: %s",
                 qPrintable(prepared.error().toString()));
#endif
    return settings;
}

} // namespace assoc::app
