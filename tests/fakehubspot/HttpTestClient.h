// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

// A blocking-by-signal HTTP helper for the fake's tests: each call waits for
// `finished` with QSignalSpy (no sleeps) and returns everything observed.
struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

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
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

class HttpTestClient {
public:
    explicit HttpTestClient(const QUrl &base, const QString &token = {})
        : m_base(base)
        , m_token(token) {}

    void setToken(const QString &token) { m_token = token; }

    QNetworkReply *start(const QByteArray &verb, const QString &pathAndQuery,
                         const QByteArray &body = {},
                         const QList<QPair<QByteArray, QByteArray>> &headers = {},
                         const QByteArray &contentType = "application/json", int timeoutMs = 0) {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (timeoutMs > 0)
            request.setTransferTimeout(timeoutMs);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_nam.sendCustomRequest(request, verb, body);
    }

    static HttpResult collect(QNetworkReply *reply, int waitMs = 5000) {
        HttpResult r;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(waitMs);
        }
        r.finished = reply->isFinished();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    HttpResult send(const QByteArray &verb, const QString &pathAndQuery,
                    const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &contentType = "application/json", int timeoutMs = 0) {
        return collect(start(verb, pathAndQuery, body, headers, contentType, timeoutMs));
    }
    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult post(const QString &path, const QJsonObject &json) {
        return send("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    HttpResult put(const QString &path, const QJsonObject &json) {
        return send("PUT", path, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    HttpResult del(const QString &path) { return send("DELETE", path); }
    HttpResult postForm(const QString &path, const QByteArray &form) {
        return send("POST", path, form, {}, "application/x-www-form-urlencoded");
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};
