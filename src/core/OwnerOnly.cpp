// SPDX-License-Identifier: MIT
#include "OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace assoc {

namespace {
#ifndef Q_OS_WIN
constexpr QFile::Permissions FileMode = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions FolderMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
#endif
} // namespace

Expected<void, DocumentFileError> OwnerOnly::makeFolder(const QString &folder,
                                                        const QString &forFile) {
    using Result = Expected<void, DocumentFileError>;
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const auto cannot = [&](const QString &which) {
        DocumentFileError error;
        error.kind = DocumentFileError::Kind::CannotCreate;
        error.path = forFile.isEmpty() ? absolute : forFile;
        error.reason = which;
        return Result::failure(error);
    };
#ifdef Q_OS_WIN
    if (!QDir().mkpath(absolute))
        return cannot(absolute);
    return {};
#else
    // The missing folders, outermost first: each is made with the mode, never widened later.
    QStringList missing;
    for (QString at = absolute; !QFileInfo(at).exists(); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).isRoot())
            break;
    }
    const QFileInfo existing(missing.isEmpty() ? absolute
                                               : QFileInfo(missing.first()).absolutePath());
    if (!existing.isDir())
        return cannot(existing.absoluteFilePath());
    for (const QString &dir : std::as_const(missing)) {
        // Another process may make the same folder meanwhile; that is as good.
        if (!QDir().mkdir(dir, FolderMode) && !QFileInfo(dir).isDir())
            return cannot(dir);
    }
    return {};
#endif
}

Expected<void, DocumentFileError> OwnerOnly::prepareFile(const QString &file) {
    using Result = Expected<void, DocumentFileError>;
    const QFileInfo info(file);
    if (info.isDir()) {
        DocumentFileError error;
        error.kind = DocumentFileError::Kind::NotAFile;
        error.path = file;
        return Result::failure(error);
    }
    if (auto folder = makeFolder(info.absolutePath(), file); !folder)
        return folder;
    if (info.exists()) {
        restrict(file);
        return {};
    }
    QFile created(file);
#ifdef Q_OS_WIN
    const bool opened = created.open(QIODevice::WriteOnly);
#else
    // Created with the mode, so there is no moment in which others could open it.
    const bool opened = created.open(QIODevice::WriteOnly | QIODevice::NewOnly, FileMode);
#endif
    if (opened)
        return {};
    // Another process (the app and assocctl share the history) may have made it meanwhile.
    if (QFileInfo::exists(file)) {
        restrict(file);
        return {};
    }
    DocumentFileError error;
    error.kind = DocumentFileError::Kind::CannotWrite;
    error.path = file;
    error.reason = created.errorString();
    return Result::failure(error);
}

bool OwnerOnly::restrict(const QString &file) {
#ifdef Q_OS_WIN
    Q_UNUSED(file)
    return true;
#else
    return !QFileInfo::exists(file) || QFile::setPermissions(file, FileMode);
#endif
}

bool OwnerOnly::restrict(QFileDevice &file) {
#ifdef Q_OS_WIN
    Q_UNUSED(file)
    return true;
#else
    return file.setPermissions(FileMode);
#endif
}

} // namespace assoc
