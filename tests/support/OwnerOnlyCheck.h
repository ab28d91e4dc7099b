// SPDX-License-Identifier: MIT
#pragma once

// What the suites check after a flow that writes files: every file 0600, every folder 0700.

#include <QDirIterator>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace assoc::test {

// The permission bits of `path` as the system has them (not Qt's mapping), or -1.
inline int modeOf(const QString &path) {
#ifdef Q_OS_WIN
    Q_UNUSED(path)
    return -1;
#else
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#endif
}

// Every file under `root` that is not 0600 and every folder (root included) that is not 0700,
// with its mode, for QVERIFY2; empty when all are owner-only.
inline QStringList notOwnerOnly(const QString &root) {
    QStringList out;
    const auto check = [&out](const QString &path) {
        const bool folder = QFileInfo(path).isDir();
        const int mode = modeOf(path);
        if (mode != (folder ? 0700 : 0600))
            out << QStringLiteral("%1 is %2").arg(path, QString::number(mode, 8));
    };
    check(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        check(it.next());
    return out;
}

} // namespace assoc::test
