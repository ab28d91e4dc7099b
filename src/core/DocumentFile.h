// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentFileError.h"
#include "Expected.h"

#include <QByteArray>
#include <QString>

namespace assoc {

// Reads and writes the user's documents — schema exports, plans, snapshots, map pictures — the
// one way every part of the app and assocctl does:
// - reading never holds more than `cap` bytes, whatever the file claims to be (a huge or
//   endless file is refused with its size and the cap, not read into memory);
// - writing is atomic (a temporary file renamed over the old one on success, so a failed write
//   leaves the old file as it was) and owner-only: the file 0600 (see OwnerOnly; no-op on
//   Windows). The folder must exist, as it does for a path the user chose; the app's own
//   folders are made with OwnerOnly::makeFolder (0700) first.
class DocumentFile {
public:
    static Expected<QByteArray, DocumentFileError> read(const QString &path, qint64 cap);
    static Expected<void, DocumentFileError> write(const QString &path, const QByteArray &bytes);
    // Whether write(path, …) can be expected to succeed, checked without writing anything: for
    // commands that should refuse a wrong path before spending minutes reading a portal.
    static Expected<void, DocumentFileError> checkWritable(const QString &path);
};

} // namespace assoc
