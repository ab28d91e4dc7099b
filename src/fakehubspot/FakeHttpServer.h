// SPDX-License-Identifier: MIT
#pragma once

#include "FakeReply.h"

#include <QAbstractHttpServer>

namespace assoc::fake {

class FakeRouter;

// The HTTP plumbing: copies each request, asks the router, and writes a raw
// HTTP/1.1 response, immediately or later from a single-shot timer.
class FakeHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit FakeHttpServer(FakeRouter &router, QObject *parent = nullptr);

    static QByteArray serialize(const FakeResponse &response, const QString &correlationId,
                                bool keepAlive);
    // The status line and headers; the body is framed by `contentLength`, or chunked when it
    // is negative.
    static QByteArray serializeHead(const FakeResponse &response, const QString &correlationId,
                                    bool keepAlive, qint64 contentLength);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    FakeRouter &m_router;
};

} // namespace assoc::fake
