// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace assoc::fake {

// One request the fake saw and the status it answered (0 = dropped / never answered).
struct RequestLogEntry {
    QDateTime time;
    QString method;
    QString path;
    QString query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0;
    qint64 responseBodyBytes = 0; // what the answer's body held (0 for a 304)
    QString correlationId;

    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace assoc::fake
