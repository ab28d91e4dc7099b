// SPDX-License-Identifier: MIT
#pragma once

#include "ObjectTypePair.h"
#include "SchemaPlan.h"

#include <QDateTime>
#include <QString>

namespace assoc {

// One write the app or assocctl made to a portal, as the history keeps it.
struct ChangeRecord {
    // Skipped: nothing was written because the portal no longer held what the change was
    // approved against (the message says what it held).
    enum class Outcome { Succeeded, Failed, Cancelled, Skipped };
    enum class Origin { App, Cli, Apply, Undo };

    qint64 id = 0; // assigned by the journal
    QDateTime when;
    QString profile; // profile name, or the base URL when no profile was used
    qint64 portalId = 0;
    Origin origin = Origin::App;
    ObjectTypePair pair; // typeIds of that portal
    PlanChange change;   // the operation with its before and after
    Outcome outcome = Outcome::Succeeded;
    QString message;       // HubSpot's message when it failed; why it was skipped
    QString correlationId; // HubSpot's, when it sent one
    qint64 undoOf = 0;     // the record this one undid, if any
};

// Where writes are recorded. The history (SQLite) implements it; whoever writes to a portal
// takes an optional journal and records each change once it has ended.
class ChangeJournal {
public:
    virtual ~ChangeJournal() = default;
    virtual void record(const ChangeRecord &record) = 0;
};

} // namespace assoc
