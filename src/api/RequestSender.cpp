// SPDX-License-Identifier: MIT
#include "RequestSender.h"

#include "ApiVersion.h"
#include "ConnectionNetwork.h"
#include "OneShotBody.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>
#include <assoc/Version.h>

namespace assoc {

namespace {
// QNetworkAccessManager opens at most six HTTP/1.1 connections per host and keys its pool on
// the peer-verify name too; each lane of six requests gets its own pool.
constexpr int ConnectionsPerLane = 6;

QString laneName(const QUrl &url, int lane) {
    const QString host = url.host();
    if (url.scheme() != QLatin1String("https"))
        return QStringLiteral("lane-%1.%2").arg(lane).arg(host);
    // Over TLS the name is verified against the certificate, case-insensitively: vary the case.
    QString name = host.toLower();
    int bit = 0;
    for (qsizetype i = 0; i < name.size() && (lane >> bit) != 0; ++i) {
        if (!name.at(i).isLetter())
            continue;
        if (lane & (1 << bit))
            name[i] = name.at(i).toUpper();
        ++bit;
    }
    return (lane >> bit) != 0 ? QString() : name; // not enough letters: share the first lane
}
} // namespace

RequestSender::RequestSender(ConnectionNetwork *network, QUrl baseUrl, bool compression,
                             int maxInFlight)
    : m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_compression(compression)
    , m_lanes(std::max(1, (maxInFlight + ConnectionsPerLane - 1) / ConnectionsPerLane)) {}

QNetworkReply *RequestSender::send(const RequestSpec &spec, const AuthHeaders &auth,
                                   bool bypassCache) {
    QUrl url = ApiEndpoints::url(m_baseUrl, spec.path);
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent",
                         QByteArrayLiteral(ASSOC_ORGANIZATION_NAME "/" ASSOC_VERSION_STRING));
    if (!spec.body.isEmpty() || spec.method == "POST" || spec.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    if (!m_compression)
        request.setRawHeader("Accept-Encoding", "identity");
    if (bypassCache)
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : auth)
        request.setRawHeader(name, value);
    // HTTP/2, TLS and the redirect policy are the connection's: ConnectionNetwork sets them.
    const int lane = int(m_laneCounter++ % quint64(m_lanes));
    if (lane > 0) {
        const QString name = laneName(url, lane);
        if (!name.isEmpty())
            request.setPeerVerifyName(name);
    }

    // The named operations, not a custom verb: Qt then knows POST is not idempotent and does
    // not resend it by itself when a connection drops.
    if (spec.method == "GET")
        return m_network->get(request);
    if (spec.method == "POST" && !spec.idempotent) {
        auto *body = new OneShotBody(spec.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, spec.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        QNetworkReply *reply = m_network->post(request, body);
        body->setParent(reply);
        return reply;
    }
    if (spec.method == "POST")
        return m_network->post(request, spec.body);
    if (spec.method == "PUT")
        return m_network->put(request, spec.body);
    if (spec.method == "DELETE")
        return m_network->deleteResource(request);
    return m_network->sendCustomRequest(request, spec.method, spec.body);
}

} // namespace assoc
