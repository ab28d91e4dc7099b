// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the auth suites: waiting for secret operations, a browser stand-in that follows
// HubSpot's redirect itself, and a scan of a directory for strings that must not be there.

#include "auth/OAuthSignIn.h"
#include "auth/SecretOperation.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>
#include <functional>

namespace assoc::test {

// Waits for the operation's one `finished`; a failure result when it does not come.
inline auth::SecretResult finish(auth::SecretOperation *op, int timeoutMs = 20000) {
    QSignalSpy spy(op, &auth::SecretOperation::finished);
    if (!spy.wait(timeoutMs))
        return auth::SecretResult::failure(QStringLiteral("timed out"));
    return spy.first().first().value<auth::SecretResult>();
}

// A browser stand-in: GETs the authorization URL without following redirects, lets `tamper`
// change where HubSpot sends it back, then GETs that (the loopback listener).
inline auth::OAuthSignIn::BrowserOpener
redirectFollower(QNetworkAccessManager *network, std::function<QUrl(const QUrl &)> tamper = {}) {
    return [network, tamper](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network->get(request);
        QObject::connect(reply, &QNetworkReply::finished, network, [network, reply, tamper] {
            reply->deleteLater();
            QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
            if (tamper)
                location = tamper(location);
            if (!location.isValid() || location.isEmpty())
                return;
            QNetworkReply *back = network->get(QNetworkRequest(location));
            QObject::connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
        });
    };
}

inline QUrl withQueryItem(QUrl url, const QString &key, const QString &value) {
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

// One request to the fake, waited for with a QSignalSpy: its status, Location and body.
struct HttpAnswer {
    int status = 0;
    QUrl location;
    QByteArray body;
};

inline HttpAnswer send(QNetworkAccessManager *network, const QUrl &url,
                       const QByteArray &formBody = {}, bool post = false) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = network->post(request, formBody);
    } else {
        reply = network->get(request);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpAnswer answer;
    if (finished.wait(10000)) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        answer.body = reply->readAll();
    }
    reply->deleteLater();
    return answer;
}

inline void getAndForget(QNetworkAccessManager *network, const QUrl &url) {
    QNetworkReply *reply = network->get(QNetworkRequest(url));
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

// Every file under `dir` (recursively, hidden ones too) that contains one of `needles`, in
// plain text or UTF-16; "<file>: <needle>" per hit.
inline QStringList filesContaining(const QString &dir, const QStringList &needles) {
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QString &needle : needles) {
            if (needle.isEmpty())
                continue;
            const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()),
                                   needle.size() * 2);
            if (content.contains(needle.toUtf8()) || content.contains(utf16) ||
                content.contains(QUrl::toPercentEncoding(needle)))
                hits.append(path + QStringLiteral(": ") + needle);
        }
    }
    return hits;
}

} // namespace assoc::test
