// SPDX-License-Identifier: MIT
#pragma once

#include "Authenticator.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace assoc {

class ConnectionNetwork;

// Who is waiting for a request: the user's own action first, then what is on screen, then
// background preloading.
enum class Priority { UserAction = 0, Visible = 1, Background = 2 };

struct RequestSpec {
    QByteArray method = "GET";
    QString path; // "/crm/v4/associations/0-1/0-2/labels"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    Priority priority = Priority::Visible;
    // Safe to send again after an ambiguous failure (GET, PUT, DELETE, purge). A write that is
    // not is never repeated here: the caller gets maybeApplied and checks first.
    bool idempotent = true;
    // One of HubSpot's association schema operations, exempt from the ten-second burst limit.
    bool burstExempt = false;
    QString operation; // for messages: "List labels of Contacts → Companies"
};

struct RawResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QString correlationId;
};

// Turns a RequestSpec into an HTTP request on the connection and sends it, spreading requests
// over enough connection pools ("lanes") for `maxInFlight` of them to be under way at once.
class RequestSender {
public:
    // `network` must outlive the sender.
    RequestSender(ConnectionNetwork *network, QUrl baseUrl, bool compression, int maxInFlight);

    // `bypassCache`: ask the network only (the cache lost what a 304 confirmed).
    QNetworkReply *send(const RequestSpec &spec, const AuthHeaders &auth, bool bypassCache = false);

private:
    ConnectionNetwork *m_network;
    QUrl m_baseUrl;
    bool m_compression;
    int m_lanes;
    quint64 m_laneCounter = 0;
};

} // namespace assoc
