// SPDX-License-Identifier: MIT
#pragma once

#include "api/ChangeWriter.h"
#include "core/ObjectTypePair.h"
#include "core/SchemaPlan.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace assoc::models {

// The session's writes: each change goes through the ChangeWriter (which checks it against the
// portal and records it in the journal), then both directions of its pair are read back, so
// that what is shown is the server's state — after a write, after a failure that may have
// applied, and after a conflict, someone else's change included. How a pair is read back is
// the owner's (PortalSession's) business.
class ReadBackWriter : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<ApiError> &)>;
    // Reads `pair` again; `done` is called once when the read has ended.
    using ReadBack = std::function<void(const ObjectTypePair &pair, Done done)>;

    // `client` must outlive the writer.
    ReadBackWriter(HubSpotClient *client, ReadBack readBack, QObject *parent = nullptr);

    // Where writes are recorded, under which profile name; null records nothing.
    void setJournal(ChangeJournal *journal, const QString &profile, qint64 portalId);
    ChangeJournal *journal() const { return m_writer->journal(); }
    QString journalProfile() const { return m_journalProfile; }

    // Makes `change` on `pair` (portalId 0: not known yet, the writer asks when recording).
    // Ends with the writer's outcome once the pair has been read back; a cancelled write is
    // not read back.
    Call<ChangeOutcome> *write(const ObjectTypePair &pair, const PlanChange &change,
                               const WriteOrigin &origin, qint64 portalId);

signals:
    // A label was created, renamed or deleted on `pair` (one signal per direction read back):
    // the label usage counted against the maximum may have changed.
    void labelsChanged(const assoc::ObjectTypePair &pair);

private:
    ChangeWriter *m_writer; // a child
    ReadBack m_readBack;
    QString m_journalProfile;
};

} // namespace assoc::models
