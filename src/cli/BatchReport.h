// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"
#include "api/ApiError.h"
#include "core/AssociationLabel.h"
#include "core/ObjectTypePair.h"

#include <QList>
#include <QString>
#include <optional>

namespace assoc::cli {

class OutputFormatter;

// The outcome of each item of a command that acts on several association types at once, and
// the exit code that follows: 0 when all succeeded, 5 when the others were left alone because
// the portal had changed, 3 when some failed, 1 when all failed.
class BatchReport {
public:
    void succeeded(const AssociationLabel &item, const QString &outcome);
    void failed(const AssociationLabel &item, const ApiError &error);

    qsizetype size() const { return m_items.size(); }
    qsizetype failures() const;  // failed, conflicts not counted
    qsizetype conflicts() const; // left alone because the portal had changed
    ExitCode exitCode() const;
    // Prints every item's outcome (stdout) and each failure's message (stderr).
    ExitCode print(OutputFormatter *output, const ObjectTypePair &pair) const;

private:
    struct Item {
        AssociationLabel label;
        QString outcome;
        std::optional<ApiError> error;
    };
    QList<Item> m_items;
};

} // namespace assoc::cli
