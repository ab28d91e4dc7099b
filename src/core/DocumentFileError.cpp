// SPDX-License-Identifier: MIT
#include "DocumentFileError.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace assoc {

namespace {
// lupdate files these strings under "DocumentFile"; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)
};
constexpr qint64 MiB = 1024 * 1024;
} // namespace

QString DocumentFileError::describeSize(qint64 bytes) {
    const QLocale locale;
    if (bytes >= MiB && bytes % MiB == 0)
        return Texts::tr("%1 MiB (%2 bytes)").arg(bytes / MiB).arg(locale.toString(bytes));
    return Texts::tr("%1 bytes").arg(locale.toString(bytes));
}

QString DocumentFileError::toString() const {
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::CannotOpen:
        return Texts::tr("Cannot read %1: %2").arg(file, reason);
    case Kind::NotAFile:
        return Texts::tr("Cannot use %1: it is a folder, not a file.").arg(file);
    case Kind::TooLarge:
        if (size < 0)
            return Texts::tr("Cannot read %1: it holds more than %2, the most this kind of file "
                             "may have.")
                .arg(file, describeSize(cap));
        return Texts::tr("Cannot read %1: it has %2, more than %3, the most this kind of file "
                         "may have.")
            .arg(file, describeSize(size), describeSize(cap));
    case Kind::CannotRead:
        return Texts::tr("Cannot read %1: %2").arg(file, reason);
    case Kind::CannotCreate:
        return Texts::tr("Cannot write %1: the folder %2 cannot be created.")
            .arg(file, QDir::toNativeSeparators(reason));
    case Kind::CannotWrite:
        return Texts::tr("Cannot write %1: %2").arg(file, reason);
    }
    return {};
}

} // namespace assoc
