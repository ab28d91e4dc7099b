// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "core/SchemaPlan.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace assoc {

// How one change ended.
struct ChangeOutcome {
    enum class Status {
        Applied,        // written (a dry run: would be written)
        AlreadyInPlace, // the portal already read as the change wants; nothing was written
        Conflict,       // the portal no longer held what the change was approved against;
                        // nothing was written
        Failed,         // HubSpot or the network failed; `error` says how
        Skipped,        // not attempted: not selected, not allowed, or what it needs is missing
        Cancelled,      // not attempted because the run was cancelled
    };
    QString changeId; // PlanChange::id()
    Status status = Status::Skipped;
    // Failed: HubSpot's message and correlationId inside; Conflict: Kind::Conflict saying what
    // the portal holds now.
    std::optional<ApiError> error;
    QString detail; // one line for the user, e.g. "created typeId 101 / 102"
    // The change as made, or as it would have been made: its association type resolved, its
    // before-fields as the portal held them just before (for a Conflict: what it holds now).
    PlanChange change;

    bool succeeded() const { return status == Status::Applied || status == Status::AlreadyInPlace; }
};

} // namespace assoc

Q_DECLARE_METATYPE(assoc::ChangeOutcome)
