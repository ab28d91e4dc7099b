// SPDX-License-Identifier: MIT
#pragma once

#include "FakeStream.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace assoc::fake {

// Writes one FakeStream to a client's socket after the head: paced by a timer or by the
// socket draining, so that even an endless body never piles up in the fake's memory. Lives as
// a child of the socket and stops when the client goes away.
class ResponseStreamer : public QObject {
    Q_OBJECT
public:
    static void start(QTcpSocket *socket, const QByteArray &head, const FakeStream &stream,
                      bool keepAlive);

private:
    ResponseStreamer(QTcpSocket *socket, FakeStream stream, bool keepAlive);
    void pump();
    void tick();
    QByteArray take(qint64 max);
    void writeFramed(const QByteArray &bytes);
    void finish();

    QPointer<QTcpSocket> m_socket;
    FakeStream m_stream;
    bool m_keepAlive;
    QTimer *m_timer = nullptr;
    qint64 m_prefixSent = 0;
    qint64 m_fillerSent = 0;
    qint64 m_suffixSent = 0;
    bool m_done = false;
};

} // namespace assoc::fake
