// SPDX-License-Identifier: MIT
#include "ConnectionNetwork.h"

#include "BaseUrlPolicy.h"
#include "ConnectionTls.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace assoc {

namespace {
// The system's proxy settings for this connection's manager alone, rather than switching the
// whole application over to them.
class SystemProxyFactory : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override {
        return systemProxyForQuery(query);
    }
};
} // namespace

ConnectionNetwork::ConnectionNetwork(const ConnectionSettings &settings, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_http2(settings.http2) {
    switch (settings.proxyMode) {
    case ConnectionSettings::ProxyMode::System:
        setProxyFactory(new SystemProxyFactory); // the manager owns it
        break;
    case ConnectionSettings::ProxyMode::None:
        setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ConnectionSettings::ProxyMode::Manual:
        setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost,
                               quint16(settings.proxyPort), settings.proxyUser,
                               settings.proxyPassword));
        break;
    }
    setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    const auto tls = ConnectionTls::load(settings);
    if (tls)
        m_tls = tls.value();
    else
        m_tlsProblem = tls.error();
}

QString ConnectionNetwork::refusal(const QUrl &url) const {
    const QString address = BaseUrlPolicy::problem(url);
    return address.isEmpty() ? m_tlsProblem : address;
}

QString ConnectionNetwork::refusedRedirect(const QNetworkReply *reply) {
    if (reply->error() != QNetworkReply::InsecureRedirectError)
        return {};
    const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    const QString origin = target
                               .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                         QUrl::RemoveQuery | QUrl::RemoveFragment)
                               .toDisplayString();
    return tr("The server sent the request on to another address (%1). It was not followed, so "
              "no credentials went there. Check the base URL, or ask your network administrator "
              "about the redirect.")
        .arg(origin);
}

QString ConnectionNetwork::transportFailure(const QNetworkReply *reply) const {
    const QString what = reply->errorString();
    const bool https =
        reply->url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    // A server that demands a client certificate ends the handshake (TLS 1.2) or closes the
    // connection right after it (TLS 1.3); Qt reports no more than that.
    const bool refused = reply->error() == QNetworkReply::SslHandshakeFailedError ||
                         reply->error() == QNetworkReply::RemoteHostClosedError;
    if (!https || !refused)
        return what;
    if (m_tls.localCertificate().isNull())
        return tr("The server closed the secure connection (%1). If your network requires a "
                  "client certificate, set one in the connection settings (assocctl: "
                  "--client-cert).")
            .arg(what);
    return tr("The server closed the secure connection (%1). Check that the network accepts "
              "the client certificate of the connection settings.")
        .arg(what);
}

QNetworkReply *ConnectionNetwork::createRequest(Operation op, const QNetworkRequest &original,
                                                QIODevice *outgoingData) {
    QNetworkRequest request = original;
    if (request.url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2);
    // Whoever built the request: never a redirect policy that would follow another origin.
    const QVariant policy = request.attribute(QNetworkRequest::RedirectPolicyAttribute);
    if (!policy.isValid() || policy.toInt() != QNetworkRequest::ManualRedirectPolicy)
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace assoc
