// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `delete-label FROM TO ID [ID...]`: deletes user-defined labels of one direction. Every id is
// checked before anything is deleted; with several ids each one's outcome is listed.
class DeleteLabelCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

    // Positive typeIds in the order given, without repeats; nullopt names the first bad one.
    static std::optional<QList<int>> parseIds(const QStringList &texts, QString *bad);
};

} // namespace assoc::cli
