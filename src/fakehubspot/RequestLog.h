// SPDX-License-Identifier: MIT
#pragma once

#include "RequestLogEntry.h"

#include <QJsonArray>
#include <QObject>

namespace assoc::fake {

// Every API request the fake answered (control endpoints are not logged).
class RequestLog : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void append(const RequestLogEntry &entry);
    const QList<RequestLogEntry> &entries() const { return m_entries; }
    QList<RequestLogEntry> entries(const QString &method, const QString &pathContains) const;
    int count(const QString &method = {}, const QString &pathContains = {}) const;
    void clear() { m_entries.clear(); }
    QJsonArray toJson() const;

Q_SIGNALS:
    void entryAdded(const assoc::fake::RequestLogEntry &entry);

private:
    QList<RequestLogEntry> m_entries;
};

} // namespace assoc::fake
