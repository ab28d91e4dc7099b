// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentFileError.h"
#include "Expected.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <type_traits>

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

    // read(), then `parse` the bytes (into an Expected whose error has toString()), every
    // failure as a sentence: `notParsed` words a parse failure from the file's name (%1) and the
    // parser's reason (%2).
    template <typename Parse>
    static auto readParsed(const QString &path, qint64 cap, Parse parse, const QString &notParsed) {
        using Document = std::decay_t<decltype(parse(QByteArray()).value())>;
        using Result = Expected<Document, QString>;
        const auto bytes = read(path, cap);
        if (!bytes)
            return Result::failure(bytes.error().toString());
        auto document = parse(bytes.value());
        if (!document)
            return Result::failure(
                notParsed.arg(QDir::toNativeSeparators(path), document.error().toString()));
        return Result(std::move(document).value());
    }
    // write(), its failure as a sentence.
    static Expected<void, QString> writeOrSay(const QString &path, const QByteArray &bytes);
};

} // namespace assoc
