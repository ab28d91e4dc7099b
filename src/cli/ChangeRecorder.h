// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/HubSpotClient.h"
#include "core/ChangeRecord.h"
#include "core/ObjectType.h"
#include "core/PortalSchema.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace assoc::cli {

// Records assocctl's writes in the change history. A write's answer does not say which portal
// it went to, so the portal's id is read (account info) once, before the first record; without
// a journal nothing is read or recorded.
class ChangeRecorder : public QObject {
    Q_OBJECT
public:
    ChangeRecorder(ChangeJournal *journal, HubSpotClient *client, QObject *parent = nullptr);

    // The record of a write to `pair`, its types named portably, with profile and origin.
    ChangeRecord entry(const ObjectTypePair &pair, PlanChange::Kind kind,
                       const QList<ObjectType> &types) const;
    // Records each entry with its outcome (no error: succeeded), then calls `next`, also when
    // there is no journal.
    void record(const QList<std::pair<ChangeRecord, std::optional<ApiError>>> &entries,
                std::function<void()> next);
    void record(const ChangeRecord &entry, const std::optional<ApiError> &error,
                std::function<void()> next);

    // Reads both directions of `pair` (labels and limits) so that a rename or delete knows what
    // it changes from; `next` gets what could be read. Reads nothing without a journal.
    void readPair(const ObjectTypePair &pair, std::function<void(const PortalSchema &)> next);
    // Fills the change's before (label texts, limits of both directions) for `key` on `pair`.
    static void fillBefore(const PortalSchema &schema, const ObjectTypePair &pair,
                           const LabelKey &key, PlanChange &change);

    // What a record names as the profile when assocctl ran without one: the base URL's scheme,
    // host and port, never a path, query or user info.
    static QString profileFor(const QUrl &baseUrl);

private:
    ChangeJournal *m_journal;
    HubSpotClient *m_client;
    std::optional<qint64> m_portalId;
};

} // namespace assoc::cli
