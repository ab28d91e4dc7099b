// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace assoc::cli {

// Shell completion scripts for assocctl, written from its own command catalogue and options so
// that they offer exactly what the command line accepts: commands, options (each command's own
// after the command), option values that are files or one of a few words, and for FROM and TO
// the standard object type names. `assocctl completion SHELL` prints one; the packages install
// them.
class Completion {
public:
    enum class Shell { Bash, Zsh, Fish };

    static QStringList shellNames(); // "bash", "zsh", "fish"
    static std::optional<Shell> shellFromName(const QString &name);
    // The script for `shell`; `options` are all options assocctl's command line accepts.
    static QString script(Shell shell, const QList<QCommandLineOption> &options);
};

} // namespace assoc::cli
