// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace assoc {

// Finds a key that occurs twice in one object of a JSON text. QJsonDocument silently keeps one
// of the two values, so a server (or a file) could show one value to a person reading it and
// another to the app; such a document is refused instead of being read either way.
class JsonDuplicateKeys {
public:
    // The path of the first repeated key, e.g. "results[0].typeId", or nothing. Expects a text
    // that QJsonDocument has accepted (valid syntax, nesting within Qt's limit); keys are
    // compared after their escapes are decoded, as QJsonDocument compares them.
    static std::optional<QString> find(const QByteArray &json);
};

} // namespace assoc
