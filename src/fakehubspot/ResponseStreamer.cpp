// SPDX-License-Identifier: MIT
#include "ResponseStreamer.h"

#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace assoc::fake {

namespace {
constexpr qint64 PieceBytes = 256 * 1024;
constexpr qint64 HighWaterBytes = 1024 * 1024; // unsent bytes the socket may hold
} // namespace

void ResponseStreamer::start(QTcpSocket *socket, const QByteArray &head, const FakeStream &stream,
                             bool keepAlive) {
    auto *streamer = new ResponseStreamer(socket, stream, keepAlive);
    socket->write(head);
    if (stream.byteIntervalMs > 0) {
        streamer->m_timer = new QTimer(streamer);
        connect(streamer->m_timer, &QTimer::timeout, streamer, &ResponseStreamer::tick);
        streamer->m_timer->start(stream.byteIntervalMs);
    } else {
        connect(socket, &QTcpSocket::bytesWritten, streamer, &ResponseStreamer::pump);
        streamer->pump();
    }
}

ResponseStreamer::ResponseStreamer(QTcpSocket *socket, FakeStream stream, bool keepAlive)
    : QObject(socket)
    , m_socket(socket)
    , m_stream(std::move(stream))
    , m_keepAlive(keepAlive) {}

void ResponseStreamer::pump() {
    // A write to a socket that is no longer connected buffers nothing: stop then, or an endless
    // body would never reach the high-water mark.
    while (!m_done && m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
           m_socket->bytesToWrite() < HighWaterBytes) {
        const QByteArray piece = take(PieceBytes);
        if (piece.isEmpty()) {
            finish();
            return;
        }
        writeFramed(piece);
    }
}

void ResponseStreamer::tick() {
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_timer->stop();
        return;
    }
    const QByteArray piece = take(1);
    if (piece.isEmpty())
        finish();
    else
        writeFramed(piece);
}

QByteArray ResponseStreamer::take(qint64 max) {
    QByteArray out;
    if (m_prefixSent < m_stream.prefix.size()) {
        out = m_stream.prefix.mid(m_prefixSent, max);
        m_prefixSent += out.size();
    }
    const qint64 fillerSize = m_stream.filler.size();
    while (out.size() < max && fillerSize > 0 &&
           (m_stream.endless() || m_fillerSent < m_stream.fillerBytes)) {
        qint64 n = std::min(max - out.size(), fillerSize - m_fillerSent % fillerSize);
        if (!m_stream.endless())
            n = std::min(n, m_stream.fillerBytes - m_fillerSent);
        out += m_stream.filler.mid(m_fillerSent % fillerSize, n);
        m_fillerSent += n;
    }
    if (out.size() < max && m_suffixSent < m_stream.suffix.size()) {
        const QByteArray part = m_stream.suffix.mid(m_suffixSent, max - out.size());
        out += part;
        m_suffixSent += part.size();
    }
    return out;
}

void ResponseStreamer::writeFramed(const QByteArray &bytes) {
    if (m_stream.chunked)
        m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    else
        m_socket->write(bytes);
}

void ResponseStreamer::finish() {
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (!m_socket)
        return;
    if (m_stream.chunked)
        m_socket->write("0\r\n\r\n");
    if (!m_keepAlive)
        m_socket->disconnectFromHost();
    deleteLater();
}

} // namespace assoc::fake
