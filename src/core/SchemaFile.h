// SPDX-License-Identifier: MIT
#pragma once

#include "Expected.h"
#include "PortalSchema.h"

#include <QString>

namespace assoc {

// A schema export on disk (docs/schema-format.md): what `assocctl diff` and the Compare window
// read, `assocctl export` and File ▸ Export Schema write.
class SchemaFile {
public:
    // The most a schema file may have. The "large" demo portal (38 object types, 1,444 pairs,
    // 5,716 labels) exports to 2.1 MB; 32 MiB is fifteen times that, and still bounds what
    // parsing costs (a 2.1 MB file takes about 10 MB to read).
    static constexpr qint64 MaxSize = 32 * 1024 * 1024;

    // The schema in `path`; the error is a sentence naming the file and, for a file that is not
    // a schema, the field.
    static Expected<PortalSchema, QString> read(const QString &path);
    static Expected<void, QString> write(const QString &path, const PortalSchema &schema);
};

} // namespace assoc
