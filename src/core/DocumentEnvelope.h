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
    // A whole document read: parse(), then `fromJson` on its object.
    template <typename T>
    static Expected<T, ParseError> read(const QByteArray &document,
                                        Expected<T, ParseError> (*fromJson)(const QJsonObject &)) {
        const auto object = parse(document);
        if (!object)
            return Expected<T, ParseError>::failure(object.error());
        return fromJson(object.value());
    }
    // Fails `reader` unless "format" is `format` and "formatVersion" is `version`. `what` names
    // the kind of document in the message, e.g. "schema document".
    static void checkFormat(JsonReader &reader, const QString &format, int version,
                            const QString &what);
};

} // namespace assoc
