// SPDX-License-Identifier: MIT
#pragma once

#include "core/ChangeRecord.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace assoc::history {

// Which records of the history to list. Empty fields do not filter.
struct HistoryFilter {
    QString text; // contained (case-insensitively) in the labels, type names or messages
    QString profile;
    qint64 portalId = 0;
    std::optional<PlanChange::Kind> kind;
    std::optional<ChangeRecord::Outcome> outcome;
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    int limit = 0;   // the newest `limit` records; 0 lists all
};

} // namespace assoc::history
