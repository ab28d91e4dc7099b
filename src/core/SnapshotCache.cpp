// SPDX-License-Identifier: MIT
#include "SnapshotCache.h"

#include "SchemaDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    const QJsonObject envelope{
        {QStringLiteral("cacheVersion"), CacheVersion},
        {QStringLiteral("takenAt"), schema.takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema"), SchemaDocument::toJson(schema)}};
    QSaveFile file(fileFor(profileId));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(envelope).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<PortalSchema> SnapshotCache::load(const QString &profileId, QString *error) const {
    QFile file(fileFor(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // no snapshot yet is not an error
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject envelope = doc.object();
    if (envelope.value(QStringLiteral("cacheVersion")).toInt() != CacheVersion) {
        if (error)
            *error = QStringLiteral("snapshot %1 is from another version; ignoring it")
                         .arg(file.fileName());
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
