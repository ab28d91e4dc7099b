// SPDX-License-Identifier: MIT
#include "ResponseCache.h"

#include "core/OwnerOnly.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace assoc {

namespace {
bool hasValidator(const QNetworkCacheMetaData &metaData) {
    if (metaData.lastModified().isValid())
        return true;
    for (const auto &[name, value] : metaData.rawHeaders()) {
        if (name.compare("etag", Qt::CaseInsensitive) == 0 && !value.isEmpty())
            return true;
    }
    return false;
}
} // namespace

ResponseCache::ResponseCache(QObject *parent)
    : QNetworkDiskCache(parent) {}

QString ResponseCache::directoryFor(const QString &key) {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/http/") + key;
}

void ResponseCache::discard(const QString &key) {
    if (!key.isEmpty())
        QDir(directoryFor(key)).removeRecursively();
}

ResponseCache *ResponseCache::open(const QString &directory, QObject *parent) {
    if (directory.isEmpty() || !OwnerOnly::makeFolder(directory))
        return nullptr;
    auto *cache = new ResponseCache(parent);
    cache->setCacheDirectory(directory);
    cache->setMaximumCacheSize(MaxBytes);
#ifndef Q_OS_WIN
    // Qt makes its own sub-folders with the umask's mode; they are ours, inside our folder.
    QDirIterator folders(directory, QDir::Dirs | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
    while (folders.hasNext())
        QFile::setPermissions(folders.next(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
    return cache;
}

QNetworkCacheMetaData ResponseCache::metaData(const QUrl &url) {
    QNetworkCacheMetaData data = QNetworkDiskCache::metaData(url);
    if (!data.isValid())
        return data;
    // must-revalidate: Qt then never answers from the cache on its own, neither while the
    // answer would count as fresh nor in place of a 5xx; it sends the validators and uses the
    // cached body only on a 304.
    QNetworkCacheMetaData::RawHeaderList headers = data.rawHeaders();
    bool found = false;
    for (auto &[name, value] : headers) {
        if (name.compare("cache-control", Qt::CaseInsensitive) == 0) {
            found = true;
            // Qt writes what it read back after each 304: add the directive once only.
            if (!value.toLower().contains("must-revalidate"))
                value = value.isEmpty() ? QByteArray("must-revalidate")
                                        : QByteArray(value + ", must-revalidate");
        }
    }
    if (!found)
        headers.append({QByteArray("Cache-Control"), QByteArray("must-revalidate")});
    data.setRawHeaders(headers);
    return data;
}

QIODevice *ResponseCache::prepare(const QNetworkCacheMetaData &metaData) {
    if (!hasValidator(metaData))
        return nullptr;
    return QNetworkDiskCache::prepare(metaData);
}

} // namespace assoc

namespace assoc {

void ResponseCache::updateMetaData(const QNetworkCacheMetaData &metaData) {
    // Qt rewrites the whole entry (its body copied) after every 304, because the Date, the
    // rate-limit headers and the correlation id differ each time. What the entry is kept for —
    // its body and its validators — is exactly what the 304 confirmed, and nothing is ever used
    // without asking again, so the stored entry stays as good as it was. The reply itself still
    // gets the 304's fresh headers.
    Q_UNUSED(metaData)
}

} // namespace assoc
