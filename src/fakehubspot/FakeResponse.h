// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace assoc::fake {

// A response before it is serialised. Bodies are JSON unless stated otherwise;
// 204 carries neither a body nor a Content-Type.
struct FakeResponse {
    int status = 200;
    QByteArray body;
    bool hasBody = false;
    QByteArray contentType = "application/json;charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static FakeResponse json(int status, const QJsonObject &object) {
        FakeResponse r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        r.hasBody = true;
        return r;
    }
    static FakeResponse noContent() {
        FakeResponse r;
        r.status = 204;
        return r;
    }
    void setHeader(const QByteArray &name, const QByteArray &value) {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

} // namespace assoc::fake
