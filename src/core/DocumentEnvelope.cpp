// SPDX-License-Identifier: MIT
#include "DocumentEnvelope.h"

#include "JsonDuplicateKeys.h"

#include <QJsonDocument>

namespace assoc {

Expected<QJsonObject, ParseError> DocumentEnvelope::parse(const QByteArray &document) {
    using Result = Expected<QJsonObject, ParseError>;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(
            {QString(), QStringLiteral("not valid JSON (%1)").arg(parseError.errorString())});
    if (!doc.isObject())
        return Result::failure({QString(), QStringLiteral("expected a JSON object")});
    // A key given twice reads one way to a reviewer and another way to the app.
    if (const auto path = JsonDuplicateKeys::find(document))
        return Result::failure({*path, QStringLiteral("occurs twice in the same object")});
    return doc.object();
}

void DocumentEnvelope::checkFormat(JsonReader &reader, const QString &format, int version,
                                   const QString &what) {
    if (reader.requiredString(QStringLiteral("format")) != format && reader.ok())
        reader.fail(QStringLiteral("format"),
                    QStringLiteral("is not an Association Studio %1").arg(what));
    const int found = reader.requiredInt(QStringLiteral("formatVersion"));
    if (reader.ok() && found != version)
        reader.fail(QStringLiteral("formatVersion"),
                    QStringLiteral("is %1; this version of the app reads version %2")
                        .arg(found)
                        .arg(version));
}

} // namespace assoc
