// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkDiskCache>
#include <QString>
#include <QUrl>

namespace assoc {

// A connection's HTTP cache on disk: it saves bytes, never a round trip. Every answer it holds
// is asked for again with the server's validators (If-None-Match, If-Modified-Since); only a
// 304 lets it be used, so nothing is ever shown that the server has not just confirmed, even if
// the server calls its answers fresh for a while. Answers without a validator are not kept:
// they could never be confirmed. What is kept are response headers and bodies only (Qt keeps no
// request headers), in a folder only its owner may enter.
class ResponseCache : public QNetworkDiskCache {
    Q_OBJECT
public:
    // Most a profile's cache holds; the largest portal's answers fit many times over.
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    // Where the cache of `key` (a profile id, or assocctl's connection key) lives, under the
    // user's cache folder.
    static QString directoryFor(const QString &key);
    // Deletes what is cached for `key` (a profile that was removed).
    static void discard(const QString &key);

    // nullptr when `directory` cannot be made owner-only: then nothing is cached.
    static ResponseCache *open(const QString &directory, QObject *parent = nullptr);

    QNetworkCacheMetaData metaData(const QUrl &url) override;
    QIODevice *prepare(const QNetworkCacheMetaData &metaData) override;
    // Keeps the stored entry as it is after a 304 (see the definition).
    void updateMetaData(const QNetworkCacheMetaData &metaData) override;

private:
    explicit ResponseCache(QObject *parent);
};

} // namespace assoc
