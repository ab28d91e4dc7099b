// SPDX-License-Identifier: MIT
#include "SnapshotCache.h"

#include "DocumentEnvelope.h"
#include "DocumentFile.h"
#include "OwnerOnly.h"
#include "SchemaDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace assoc {

namespace {
constexpr int CacheVersion = 1;

QString safeFileName(const QString &profileId) {
    QString out;
    for (const QChar c : profileId)
        out.append(c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_'));
    return out.isEmpty() ? QStringLiteral("default") : out;
}
} // namespace

SnapshotCache::SnapshotCache(QString directory)
    : m_directory(std::move(directory)) {}

QString SnapshotCache::fileFor(const QString &profileId) const {
    return QDir(m_directory).filePath(safeFileName(profileId) + QStringLiteral(".json"));
}

bool SnapshotCache::store(const QString &profileId, const PortalSchema &schema,
                          QString *error) const {
    if (const auto folder = OwnerOnly::makeFolder(m_directory, fileFor(profileId)); !folder) {
        if (error)
            *error = folder.error().toString();
        return false;
    }
    const QJsonObject envelope{
        {QStringLiteral("cacheVersion"), CacheVersion},
        {QStringLiteral("takenAt"), schema.takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema"), SchemaDocument::toJson(schema)}};
    const auto written = DocumentFile::write(
        fileFor(profileId), QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    if (!written && error)
        *error = written.error().toString();
    return written.ok();
}

std::optional<PortalSchema> SnapshotCache::load(const QString &profileId, QString *error) const {
    const QString path = fileFor(profileId);
    if (!QFile::exists(path))
        return std::nullopt; // no snapshot yet is not an error
    const auto bytes = DocumentFile::read(path, MaxSize);
    if (!bytes) {
        if (error)
            *error = bytes.error().toString();
        return std::nullopt;
    }
    // Parsed as the app's other documents are (a key given twice is refused, not guessed at).
    const auto parsed = DocumentEnvelope::parse(bytes.value());
    if (!parsed) {
        if (error)
            *error = QStringLiteral("snapshot %1: %2").arg(path, parsed.error().toString());
        return std::nullopt;
    }
    const QJsonObject envelope = parsed.value();
    if (envelope.value(QStringLiteral("cacheVersion")).toInt() != CacheVersion) {
        if (error)
            *error = QStringLiteral("snapshot %1 is from another version; ignoring it").arg(path);
        return std::nullopt;
    }
    auto schema = SchemaDocument::fromJson(envelope.value(QStringLiteral("schema")).toObject());
    if (!schema) {
        if (error)
            *error = schema.error().toString();
        return std::nullopt;
    }
    PortalSchema out = schema.value();
    out.takenAt = QDateTime::fromString(envelope.value(QStringLiteral("takenAt")).toString(),
                                        Qt::ISODateWithMs);
    return out;
}

void SnapshotCache::remove(const QString &profileId) const {
    QFile::remove(fileFor(profileId));
}

} // namespace assoc
