// SPDX-License-Identifier: MIT
#pragma once

// A listener on loopback that records every byte its clients send and passes them on to a
// target port on 127.0.0.1, with the answers back: a stand-in for a plain HTTP proxy (the fake
// portal understands its absolute-form requests), for another server a redirect points at, or —
// with a TLS configuration — for a TLS front door to the fake portal.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <memory>
#include <optional>

namespace assoc::test {

class RecordingRelay {
public:
    explicit RecordingRelay(quint16 targetPort, std::optional<QSslConfiguration> tls = {})
        : m_targetPort(targetPort) {
        if (tls) {
            auto *server = new QSslServer;
            server->setSslConfiguration(*tls);
            QObject::connect(server, &QSslServer::errorOccurred, server,
                             [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_refused; });
            m_server.reset(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        // Not newConnection: a TLS connection is ready only once its handshake is done.
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(),
                         [this] { accept(); });
    }
    ~RecordingRelay() {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets))
            delete socket.data();
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &scheme = QStringLiteral("http")) const {
        QUrl u;
        u.setScheme(scheme);
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(port());
        return u;
    }
    // Everything the clients sent, in order of arrival.
    const QByteArray &received() const { return m_received; }
    int connections() const { return m_connections; }
    // TLS connections that ended before the handshake completed (no or a wrong certificate).
    int refusedHandshakes() const { return m_refused; }
    void clear() {
        m_received.clear();
        m_connections = 0;
        m_refused = 0;
    }

private:
    void accept() {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++m_connections;
            m_sockets.append(client);
            auto *upstream = new QTcpSocket;
            m_sockets.append(upstream);
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            QObject::connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                const QByteArray bytes = client->readAll();
                m_received += bytes;
                upstream->write(bytes);
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(client, &QTcpSocket::disconnected, upstream,
                             &QTcpSocket::disconnectFromHost);
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             &QTcpSocket::disconnectFromHost);
            // Bytes that came with the handshake.
            if (client->bytesAvailable() > 0) {
                const QByteArray bytes = client->readAll();
                m_received += bytes;
                upstream->write(bytes);
            }
        }
    }

    quint16 m_targetPort;
    std::unique_ptr<QTcpServer> m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QByteArray m_received;
    int m_connections = 0;
    int m_refused = 0;
};

} // namespace assoc::test
