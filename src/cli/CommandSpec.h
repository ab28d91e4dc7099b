// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace assoc::cli {

// What one command accepts, for parsing and for --help.
struct CommandSpec {
    QString name;
    QString synopsis; // "labels FROM TO"
    QString summary;
    QList<int> argumentCounts; // accepted numbers of positional arguments
    bool variadic = false;     // the largest count or more
    QStringList options;       // command-specific options it accepts (long names)
    QStringList requiredOptions;
    bool hidden = false; // not listed by --help nor offered by completion (completion)

    bool acceptsArgumentCount(int count) const {
        if (argumentCounts.contains(count))
            return true;
        return variadic && !argumentCounts.isEmpty() && count > argumentCounts.last();
    }
};

} // namespace assoc::cli
