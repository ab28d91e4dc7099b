// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace assoc::app {

class SchemaMapScene;

// Writes a schema map as a picture. Each function returns what went wrong, or nothing when the
// file was written; a failed write leaves any earlier file at `path` as it was.
class SchemaMapExporter {
    Q_DECLARE_TR_FUNCTIONS(SchemaMapExporter)

public:
    // A PNG at `scale` times the map's size, on a white background.
    static std::optional<QString> writePng(SchemaMapScene &scene, const QString &path,
                                           qreal scale = 2.0);
    // An SVG with the type names as text, so it stays sharp and searchable.
    static std::optional<QString> writeSvg(SchemaMapScene &scene, const QString &path);

private:
    static std::optional<QString> save(const QString &path, const QByteArray &bytes);
};

} // namespace assoc::app
