// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace assoc::fake {

// A copy of everything the fake needs from an incoming HTTP request, taken at
// once so nothing refers to Qt's request object after handleRequest returns.
struct FakeRequest {
    QString method; // "GET", "POST", ...
    QString path;   // percent-decoded path
    QString query;  // raw query string without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool fromLoopback = true;
    QString correlationId; // also sent as X-HubSpot-Correlation-Id

    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QUrlQuery queryItems() const { return QUrlQuery(query); }
    bool isWrite() const {
        return method != QLatin1String("GET") && method != QLatin1String("HEAD");
    }
};

} // namespace assoc::fake
