// SPDX-License-Identifier: MIT
#include "RequestLog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace assoc::fake {

void RequestLog::append(const RequestLogEntry &entry) {
    m_entries.append(entry);
    Q_EMIT entryAdded(entry);
}

QList<RequestLogEntry> RequestLog::entries(const QString &method,
                                           const QString &pathContains) const {
    QList<RequestLogEntry> out;
    for (const auto &e : m_entries) {
        if ((method.isEmpty() || e.method == method) && e.path.contains(pathContains))
            out.append(e);
    }
    return out;
}

int RequestLog::count(const QString &method, const QString &pathContains) const {
    return int(entries(method, pathContains).size());
}

QJsonArray RequestLog::toJson() const {
    QJsonArray out;
    for (const auto &e : m_entries) {
        QJsonObject headers;
        for (const auto &h : e.headers)
            headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
        out.append(QJsonObject{{u"time"_s, e.time.toString(Qt::ISODateWithMs)},
                               {u"method"_s, e.method},
                               {u"path"_s, e.path},
                               {u"query"_s, e.query},
                               {u"headers"_s, headers},
                               {u"body"_s, QString::fromUtf8(e.body)},
                               {u"status"_s, e.status},
                               {u"responseBodyBytes"_s, e.responseBodyBytes},
                               {u"correlationId"_s, e.correlationId}});
    }
    return out;
}

} // namespace assoc::fake
