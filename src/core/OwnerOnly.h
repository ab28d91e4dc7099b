// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentFileError.h"
#include "Expected.h"

#include <QString>

class QFileDevice;

namespace assoc {

// Files only their owner may read or write (0600) in folders only their owner may enter (0700):
// what every file the app and assocctl write gets on POSIX systems, so other local users
// cannot read a portal's schema, plans, history or settings.
//
// On Windows every call here leaves permissions alone: the per-user folders the app writes to
// (%LOCALAPPDATA%, %APPDATA%, the profile) are already private to the user by their ACLs, and
// Qt's permission flags there only map to the read-only attribute.
class OwnerOnly {
public:
    // Creates `folder` and each missing parent as 0700, as the XDG base directory specification
    // asks. Folders that already exist are left as they are: they may be the user's own.
    // `forFile` names the file the folder is for in the error.
    static Expected<void, DocumentFileError> makeFolder(const QString &folder,
                                                        const QString &forFile = {});
    // Gets `file` ready for a library that writes it in place (SQLite, QSettings): creates it
    // empty when missing, and makes it 0600 either way. SQLite gives its -wal and -shm files
    // the mode of the database; QSettings keeps the mode of the file it replaces.
    static Expected<void, DocumentFileError> prepareFile(const QString &file);
    // Makes an existing file 0600; a missing one is not an error.
    static bool restrict(const QString &file);
    // Makes an open file 0600, before anything is written to it.
    static bool restrict(QFileDevice &file);
};

} // namespace assoc
