// SPDX-License-Identifier: MIT
#pragma once

#include "PortalSchema.h"

#include <QString>
#include <optional>

namespace assoc {

// The last full schema of each profile, kept on disk so the app can show it at once on start
// ("as of <time>") while a refresh runs. Written atomically: a crash leaves the old snapshot.
// Holds no secrets: only what the schema API returns.
class SnapshotCache {
public:
    explicit SnapshotCache(QString directory);

    bool store(const QString &profileId, const PortalSchema &schema,
               QString *error = nullptr) const;
    std::optional<PortalSchema> load(const QString &profileId, QString *error = nullptr) const;
    void remove(const QString &profileId) const;
    QString fileFor(const QString &profileId) const;

private:
    QString m_directory;
};

} // namespace assoc
