// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

class QSettings;

namespace assoc::app {

// The app's settings — profiles' non-secret fields, window state — in the one place they are
// opened, owner-only like every file the app writes: the file 0600 in a 0700 folder. QSettings
// replaces its file on each write keeping the old file's mode, so the file is made owner-only
// before QSettings first writes it.
class SettingsFile {
public:
    // QSettings for WindowStateStore's organisation and application names. On Windows (the
    // registry) permissions are left alone, as OwnerOnly does there.
    static std::unique_ptr<QSettings> open();
};

} // namespace assoc::app
