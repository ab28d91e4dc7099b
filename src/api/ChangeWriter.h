// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "ChangeOutcome.h"
#include "core/ChangeRecord.h"
#include "core/ObjectTypePair.h"
#include "core/PortalSchema.h"
#include "core/SchemaPlan.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace assoc {

class HubSpotClient;

// Who asked for a write, as the change history records it.
struct WriteOrigin {
    ChangeRecord::Origin origin = ChangeRecord::Origin::App;
    qint64 undoOf = 0; // the record an undo reverses
};

// The one way a change reaches a portal, for the window's dialogs, plan apply (window and
// assocctl), assocctl's single writes and undo alike. Each write is exactly what was approved,
// against the portal as it is now: the pair is read in both directions just before; when it no
// longer holds what the change expects (ChangeCheck), nothing is written and the outcome is a
// Conflict saying what the portal holds now. A change already in place is not made again, so
// repeating one is safe. With a journal, every write sent and every conflict is recorded once
// it has ended, with what it changed from.
class ChangeWriter : public QObject {
    Q_OBJECT
public:
    // `client` must outlive the writer.
    explicit ChangeWriter(HubSpotClient *client, QObject *parent = nullptr);
    ~ChangeWriter() override;

    // Where changes are recorded, under which profile name; null records nothing. A portalId of
    // 0 is asked from the portal (account details) before the first record.
    void setJournal(ChangeJournal *journal, const QString &profile, qint64 portalId = 0);
    void setPortalId(qint64 portalId) { m_portalId = portalId; }
    qint64 portalId() const { return m_portalId; }
    ChangeJournal *journal() const { return m_journal; }

    // Makes `change` on `pair` (the typeIds of this portal). Ends with one outcome, never with
    // an error; cancelling before the write is sent ends it Cancelled, a write in flight
    // finishes.
    Call<ChangeOutcome> *write(const ObjectTypePair &pair, const PlanChange &change,
                               const WriteOrigin &origin = {});
    // Reads and checks like write() but writes nothing: Applied means "would be made".
    Call<ChangeOutcome> *dryRun(const ObjectTypePair &pair, const PlanChange &change,
                                const WriteOrigin &origin = {});

    // What the history names as the profile when no saved profile was used: the base URL's
    // scheme, host and port, never a path, query or user info.
    static QString profileFor(const QUrl &baseUrl);

    // "changed since the plan was made: now “X”": a conflict's detail, worded for who approved
    // the change.
    static QString conflictText(ChangeRecord::Origin origin, const QString &now);

private:
    struct Job;
    Call<ChangeOutcome> *start(const ObjectTypePair &pair, const PlanChange &change,
                               const WriteOrigin &origin, bool dryRun);
    void checked(const std::shared_ptr<Job> &job, const PortalSchema &state);
    void create(const std::shared_ptr<Job> &job);
    void rename(const std::shared_ptr<Job> &job);
    void remove(const std::shared_ptr<Job> &job);
    void afterDelete(const std::shared_ptr<Job> &job, const std::optional<ApiError> &error);
    void changeLimit(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job, ChangeOutcome::Status status,
                const QString &detail);
    void fail(const std::shared_ptr<Job> &job, const ApiError &error);
    // Records the job's outcome, then calls `then` (at once unless the portal id is unknown).
    void record(const std::shared_ptr<Job> &job, const std::function<void()> &then);
    void flushRecords();

    HubSpotClient *m_client;
    ChangeJournal *m_journal = nullptr;
    QString m_profile;
    qint64 m_portalId = 0;
    bool m_portalIdAsked = false;
    QList<std::pair<ChangeRecord, std::function<void()>>> m_pendingRecords;
};

} // namespace assoc
