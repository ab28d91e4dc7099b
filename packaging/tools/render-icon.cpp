// SPDX-License-Identifier: MIT
// Build-time tool: renders the application icon's single SVG source into the raster files the
// platforms want, so no PNG, ICO or ICNS is ever committed. Used when rsvg-convert is missing
// (and always for the Windows .ico, which rsvg-convert cannot write).
//
//   assoc-render-icon png <in.svg> <out.png> <size>
//   assoc-render-icon ico <in.svg> <out.ico> <size> [<size>...]
#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>
#include <optional>

namespace {

int fail(const QString &message) {
    std::fprintf(stderr, "assoc-render-icon: %s\n", qPrintable(message));
    return 1;
}

std::optional<QImage> render(QSvgRenderer &renderer, int size) {
    if (size <= 0 || size > 4096)
        return std::nullopt;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter);
    painter.end();
    return image;
}

std::optional<QByteArray> encodePng(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return std::nullopt;
    return bytes;
}

template <typename T> void append(QByteArray &out, T value) {
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// An ICO file whose entries are PNG streams (supported since Windows Vista); Qt's own ICO
// writer stores a single BMP image only.
QByteArray icoFile(const QList<QPair<int, QByteArray>> &pngs) {
    QByteArray out;
    append<quint16>(out, 0); // reserved
    append<quint16>(out, 1); // type: icon
    append<quint16>(out, quint16(pngs.size()));
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (const auto &[size, png] : pngs) {
        const auto dimension = quint8(size >= 256 ? 0 : size); // 0 means 256
        out.append(char(dimension));
        out.append(char(dimension));
        out.append(char(0));      // no palette
        out.append(char(0));      // reserved
        append<quint16>(out, 1);  // colour planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, quint32(png.size()));
        append<quint32>(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &entry : pngs)
        out.append(entry.second);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc < 5)
        return fail(QStringLiteral("usage: assoc-render-icon png|ico <in.svg> <out> <size>..."));
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString input = QString::fromLocal8Bit(argv[2]);
    const QString output = QString::fromLocal8Bit(argv[3]);

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read SVG %1").arg(input));

    QList<QPair<int, QByteArray>> pngs;
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        const auto image = ok ? render(renderer, size) : std::nullopt;
        if (!image)
            return fail(QStringLiteral("invalid size %1").arg(QString::fromLocal8Bit(argv[i])));
        const auto png = encodePng(*image);
        if (!png)
            return fail(QStringLiteral("cannot encode a %1 px PNG").arg(size));
        pngs.append({size, *png});
    }

    if (mode == QLatin1String("png")) {
        if (pngs.size() != 1)
            return fail(QStringLiteral("png mode takes exactly one size"));
        if (!writeFile(output, pngs.constFirst().second))
            return fail(QStringLiteral("cannot write %1").arg(output));
        return 0;
    }
    if (mode == QLatin1String("ico")) {
        if (!writeFile(output, icoFile(pngs)))
            return fail(QStringLiteral("cannot write %1").arg(output));
        return 0;
    }
    return fail(QStringLiteral("unknown mode %1 (expected png or ico)").arg(mode));
}
