// SPDX-License-Identifier: MIT
#pragma once

#include "Expected.h"
#include "JsonReader.h"
#include "PortalSchema.h"

#include <QByteArray>
#include <QJsonObject>

namespace assoc {

// A portal's association schema as one stable, diff-friendly JSON document: object types and
// pairs sorted, pairs named by the types' portable names, keys sorted, pretty-printed, no
// timestamps, so that the same schema always gives the same bytes. docs/schema-format.md
// describes it.
class SchemaDocument {
public:
    static constexpr int FormatVersion = 1;
    static QByteArray write(const PortalSchema &schema);
    static Expected<PortalSchema, ParseError> read(const QByteArray &document);
    static QJsonObject toJson(const PortalSchema &schema);
    static Expected<PortalSchema, ParseError> fromJson(const QJsonObject &document);
};

} // namespace assoc
