// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace assoc {

// Why a document file (schema export, plan, snapshot, map picture) could not be read or written.
// toString() is the sentence a person sees: it names the file and what to do about it.
struct DocumentFileError {
    enum class Kind {
        CannotOpen,   // missing, no permission, …: `reason` is the system's words
        NotAFile,     // a folder where a file was expected
        TooLarge,     // more than the cap the reader allows
        CannotRead,   // opened, then reading failed
        CannotCreate, // a missing folder could not be made
        CannotWrite,  // the file (or its temporary twin) could not be written or renamed
    };
    Kind kind = Kind::CannotOpen;
    QString path;     // the file the user named
    QString reason;   // the system's explanation, or the folder that could not be made
    qint64 size = -1; // TooLarge: the file's size; -1 when it is a stream of unknown length
    qint64 cap = 0;   // TooLarge: the most the reader accepts

    QString toString() const;
    // "32 MiB (33,554,432 bytes)": how a cap is written in messages and docs.
    static QString describeSize(qint64 bytes);
};

} // namespace assoc
