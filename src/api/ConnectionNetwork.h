// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectionSettings.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace assoc {

// The network of one connection, built from its settings: its proxy, the CA certificates and
// client certificate of its TLS handshakes, HTTP/2 or not, and redirects followed only within
// the same origin (scheme, host and port), so that no token or form secret is carried to
// another server. Every request of a connection goes through its own: the API calls, the
// token refresh and the sign-in's code exchange. Nothing is shared with another connection.
class ConnectionNetwork : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit ConnectionNetwork(const ConnectionSettings &settings, QObject *parent = nullptr);

    // Why nothing may be sent to `url` over this connection: the address policy refuses it, or
    // a certificate or key file of the settings cannot be used. Empty when it may.
    QString refusal(const QUrl &url) const;

    // For a reply that ended because a redirect to another origin was not followed: what
    // happened, for the user. Empty for any other reply.
    static QString refusedRedirect(const QNetworkReply *reply);
    // Why a request of this connection got no answer, for the user: Qt's words, and when a
    // secure connection was refused, what about the certificates to look at.
    QString transportFailure(const QNetworkReply *reply) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QSslConfiguration m_tls;
    QString m_tlsProblem;
    bool m_http2;
};

} // namespace assoc
