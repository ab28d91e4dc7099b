// SPDX-License-Identifier: MIT
#pragma once

#include "Expected.h"
#include "JsonReader.h"

#include <QByteArray>
#include <QJsonObject>

namespace assoc {

// What every file the app writes (schema exports, plans) shares: a JSON object naming its
// format and the version of that format, checked the same way for each.
class DocumentEnvelope {
public:
    // The top-level object of `document`, or why there is none.
    static Expected<QJsonObject, ParseError> parse(const QByteArray &document);
    // Fails `reader` unless "format" is `format` and "formatVersion" is `version`. `what` names
    // the kind of document in the message, e.g. "schema document".
    static void checkFormat(JsonReader &reader, const QString &format, int version,
                            const QString &what);
};

} // namespace assoc
