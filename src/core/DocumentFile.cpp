// SPDX-License-Identifier: MIT
#include "DocumentFile.h"

#include "OwnerOnly.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace assoc {

namespace {
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)
};

// Read in pieces, so that a file that grows, or a pipe, never makes one allocation of its size.
constexpr qint64 Chunk = 1024 * 1024;

DocumentFileError errorFor(DocumentFileError::Kind kind, const QString &path,
                           const QString &reason = {}) {
    DocumentFileError error;
    error.kind = kind;
    error.path = path;
    error.reason = reason;
    return error;
}
} // namespace

Expected<QByteArray, DocumentFileError> DocumentFile::read(const QString &path, qint64 cap) {
    using Result = Expected<QByteArray, DocumentFileError>;
    if (QFileInfo(path).isDir())
        return Result::failure(errorFor(DocumentFileError::Kind::NotAFile, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(
            errorFor(DocumentFileError::Kind::CannotOpen, path, file.errorString()));
    DocumentFileError tooLarge = errorFor(DocumentFileError::Kind::TooLarge, path);
    tooLarge.cap = cap;
    if (!file.isSequential() && file.size() > cap) {
        tooLarge.size = file.size();
        return Result::failure(tooLarge);
    }
    QByteArray bytes;
    // One byte past the cap tells a file that is too large from one exactly at it.
    while (bytes.size() <= cap) {
        const QByteArray piece = file.read(std::min(Chunk, cap + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (file.error() != QFileDevice::NoError)
        return Result::failure(
            errorFor(DocumentFileError::Kind::CannotRead, path, file.errorString()));
    if (bytes.size() > cap)
        return Result::failure(tooLarge);
    return bytes;
}

Expected<void, DocumentFileError> DocumentFile::write(const QString &path,
                                                      const QByteArray &bytes) {
    using Result = Expected<void, DocumentFileError>;
    const QFileInfo info(path);
    if (info.isDir())
        return Result::failure(errorFor(DocumentFileError::Kind::NotAFile, path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(
            errorFor(DocumentFileError::Kind::CannotWrite, path, file.errorString()));
    // The temporary file becomes the document on commit: owner-only before the first byte.
    if (!OwnerOnly::restrict(file)) {
        file.cancelWriting();
        return Result::failure(errorFor(DocumentFileError::Kind::CannotWrite, path,
                                        Texts::tr("its permissions cannot be set")));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Result::failure(
            errorFor(DocumentFileError::Kind::CannotWrite, path, file.errorString()));
    return {};
}

Expected<void, DocumentFileError> DocumentFile::checkWritable(const QString &path) {
    using Result = Expected<void, DocumentFileError>;
    const QFileInfo info(path);
    if (info.isDir())
        return Result::failure(errorFor(DocumentFileError::Kind::NotAFile, path));
    if (info.exists() && !info.isWritable())
        return Result::failure(errorFor(DocumentFileError::Kind::CannotWrite, path,
                                        Texts::tr("the file is read-only")));
    // The folder must take new files: the temporary one is made beside the document.
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Result::failure(
            errorFor(DocumentFileError::Kind::CannotWrite, path,
                     Texts::tr("the folder %1 does not exist")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))));
    if (!folder.isWritable())
        return Result::failure(
            errorFor(DocumentFileError::Kind::CannotWrite, path,
                     Texts::tr("the folder %1 does not allow new files")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))));
    return {};
}

Expected<void, QString> DocumentFile::writeOrSay(const QString &path, const QByteArray &bytes) {
    const auto written = write(path, bytes);
    if (!written)
        return Expected<void, QString>::failure(written.error().toString());
    return {};
}

} // namespace assoc
