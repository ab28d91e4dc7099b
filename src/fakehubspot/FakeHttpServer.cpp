// SPDX-License-Identifier: MIT
#include "FakeHttpServer.h"

#include "FakeRequest.h"
#include "FakeRouter.h"
#include "ResponseStreamer.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// 204 and 304 end with their headers: no body, no Content-Length, no Content-Type.
bool hasBodySection(int status) {
    return status != 204 && status != 304;
}

// The method as HTTP spells it ("GET"), from the enum's own key ("Get").
QString methodName(QHttpServerRequest::Method method) {
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key && method != QHttpServerRequest::Method::Unknown ? QString::fromLatin1(key).toUpper()
                                                                : u"UNKNOWN"_s;
}

} // namespace

FakeHttpServer::FakeHttpServer(FakeRouter &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router) {}

QByteArray FakeHttpServer::serialize(const FakeResponse &response, const QString &correlationId,
                                     bool keepAlive) {
    QByteArray out = serializeHead(response, correlationId, keepAlive, response.body.size());
    if (hasBodySection(response.status))
        out += response.body;
    return out;
}

QByteArray FakeHttpServer::serializeHead(const FakeResponse &response, const QString &correlationId,
                                         bool keepAlive, qint64 contentLength) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    out += "X-HubSpot-Correlation-Id: " + correlationId.toLatin1() + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (hasBodySection(response.status)) {
        if (response.hasBody)
            out += "Content-Type: " + response.contentType + "\r\n";
        if (contentLength < 0)
            out += "Transfer-Encoding: chunked\r\n";
        else
            out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    }
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    return out;
}

bool FakeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    // Copy everything now: the request object is reused for the next message.
    FakeRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path(QUrl::FullyDecoded);
    copy.query = request.url().query(QUrl::FullyEncoded);
    copy.headers = request.headers();
    copy.body = request.body();
    copy.fromLoopback = socket->peerAddress().isLoopback();
    copy.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool keepAlive = copy.header("connection").compare("close", Qt::CaseInsensitive) != 0;

    const FakeReply reply = m_router.route(copy);
    const QPointer<QTcpSocket> target(socket);
    auto deliver = [target, reply, keepAlive, id = copy.correlationId] {
        if (!target || target->state() != QAbstractSocket::ConnectedState)
            return; // the client went away meanwhile
        switch (reply.delivery) {
        case FakeReply::Delivery::Respond:
            target->write(serialize(reply.response, id, keepAlive));
            if (!keepAlive)
                target->disconnectFromHost();
            break;
        case FakeReply::Delivery::Drop:
            target->abort();
            break;
        case FakeReply::Delivery::Never:
            break;
        case FakeReply::Delivery::Stream: {
            const qint64 length = reply.stream.chunked ? -1 : reply.stream.size();
            ResponseStreamer::start(target, serializeHead(reply.response, id, keepAlive, length),
                                    reply.stream, keepAlive);
            break;
        }
        }
    };
    if (reply.delivery == FakeReply::Delivery::Never)
        return true;
    if (reply.delayMs <= 0)
        deliver();
    else
        QTimer::singleShot(reply.delayMs, this, deliver);
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket) {
    // Not reached (handleRequest answers everything); answer 404 defensively.
    FakeResponse r = FakeResponse::json(404, QJsonObject{{u"status"_s, u"error"_s},
                                                         {u"message"_s, u"Not found"_s},
                                                         {u"category"_s, u"OBJECT_NOT_FOUND"_s}});
    socket->write(serialize(r, QUuid::createUuid().toString(QUuid::WithoutBraces), true));
}

} // namespace assoc::fake
