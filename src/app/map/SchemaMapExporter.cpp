// SPDX-License-Identifier: MIT
#include "SchemaMapExporter.h"

#include "SchemaMapScene.h"
#include "core/DocumentFile.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

namespace assoc::app {

std::optional<QString> SchemaMapExporter::writePng(SchemaMapScene &scene, const QString &path,
                                                   qreal scale) {
    const QRectF source = scene.mapRect();
    const QSize size = (source.size() * scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return tr("The map is too large for a picture of %1 × %2 pixels.")
            .arg(size.width())
            .arg(size.height());
    image.fill(scene.palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), source);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return tr("Could not encode the picture: %1").arg(writer.errorString());
    return save(path, buffer.data());
}

std::optional<QString> SchemaMapExporter::writeSvg(SchemaMapScene &scene, const QString &path) {
    const QRectF source = scene.mapRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("Schema map"));
    generator.setDescription(tr("Object types and the user-defined association labels "
                                "between them, drawn by Association Studio."));
    QPainter painter;
    if (!painter.begin(&generator))
        return tr("Could not draw the map as SVG.");
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.palette().color(QPalette::Base));
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return save(path, buffer.data());
}

std::optional<QString> SchemaMapExporter::save(const QString &path, const QByteArray &bytes) {
    const auto written = DocumentFile::write(path, bytes);
    if (!written)
        return written.error().toString();
    return std::nullopt;
}

} // namespace assoc::app
