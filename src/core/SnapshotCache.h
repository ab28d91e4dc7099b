// SPDX-License-Identifier: MIT
#pragma once

#include "PortalSchema.h"
#include "SchemaFile.h"

#include <QString>
#include <optional>

namespace assoc {

// The last full schema of each profile, kept on disk so the app can show it at once on start
// ("as of <time>") while a refresh runs. Written atomically: a crash leaves the old snapshot.
// Holds no secrets: only what the schema API returns; still owner-only (0600 in 0700 folders),
// like every file the app writes.
class SnapshotCache {
public:
    // A snapshot is a schema without indentation: the schema file's cap is more than enough.
    static constexpr qint64 MaxSize = SchemaFile::MaxSize;

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
