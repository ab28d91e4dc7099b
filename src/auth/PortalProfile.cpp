// SPDX-License-Identifier: MIT
#include "PortalProfile.h"

#include "api/HubSpotClient.h"
#include "api/ResponseCache.h"

#include <QUuid>

namespace assoc::auth {

namespace {
QUrl withPath(const QUrl &base, const QString &path) {
    QUrl url = base;
    QString prefix = base.path();
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}
} // namespace

QString PortalProfile::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool PortalProfile::usesDefaultBaseUrl() const {
    return baseUrl.adjusted(QUrl::StripTrailingSlash) == defaultBaseUrl();
}

QUrl PortalProfile::authorizationUrl() const {
    if (usesDefaultBaseUrl())
        return QUrl(QStringLiteral("https://app.hubspot.com/oauth/authorize"));
    return withPath(baseUrl, QStringLiteral("/oauth/authorize"));
}

QUrl PortalProfile::tokenUrl() const {
    return withPath(baseUrl, ApiEndpoints::oauthToken());
}

ClientConfig PortalProfile::clientConfig(const Credentials &credentials,
                                         const QString &proxyPassword,
                                         const QString &clientKeyPassphrase) const {
    ClientConfig config;
    config.baseUrl = baseUrl;
    config.version = apiVersion;
    config.connection = connection;
    config.connection.proxyPassword = proxyPassword;
    config.connection.clientKeyPassphrase = clientKeyPassphrase;
    config.credentials = credentials;
    config.credentials.kind = authKind;
    if (authKind == Credentials::Kind::OAuth)
        config.credentials.clientId = clientId;
    if (authKind == Credentials::Kind::ApiKey)
        config.credentials.apiKeyHeader = apiKeyHeader;
    config.objectTypes = objectTypes;
    // A profile not saved yet (a connection test) has no cache of its own.
    if (!id.isEmpty())
        config.cacheDirectory = ResponseCache::directoryFor(id);
    return config;
}

PortalProfile PortalProfile::fromClientConfig(const ClientConfig &config) {
    PortalProfile p;
    p.baseUrl = config.baseUrl;
    p.apiVersion = config.version;
    p.authKind = config.credentials.kind;
    p.clientId = config.credentials.clientId;
    p.apiKeyHeader = config.credentials.apiKeyHeader;
    p.connection = config.connection;
    p.objectTypes = config.objectTypes;
    return p.withoutSecrets();
}

PortalProfile PortalProfile::withoutSecrets() const {
    PortalProfile p = *this;
    p.connection.proxyPassword.clear();
    p.connection.clientKeyPassphrase.clear();
    return p;
}

} // namespace assoc::auth
