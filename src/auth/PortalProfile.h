// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiVersion.h"
#include "api/ConnectionSettings.h"
#include "api/Credentials.h"
#include "core/ObjectTypeChoice.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace assoc {
struct ClientConfig;
}

namespace assoc::auth {

// One HubSpot portal the user works with: everything needed to reach it except the secrets,
// which live in the keychain (SecretStore). Safe to persist as it is.
struct PortalProfile {
    QString id; // a UUID, assigned by ProfileStore::add
    QString name;
    QUrl baseUrl = defaultBaseUrl();
    ApiVersion apiVersion = ApiVersion::V4;
    Credentials::Kind authKind = Credentials::Kind::PrivateAppToken;
    QString clientId;                                     // OAuth app (not a secret)
    QString apiKeyHeader = QStringLiteral("private-app"); // for Kind::ApiKey
    qint64 portalId = 0;                                  // once known
    QString uiDomain;                                     // e.g. app.hubspot.com, once known
    ConnectionSettings connection; // proxyPassword and clientKeyPassphrase always empty here
    ObjectTypeChoice objectTypes;  // which object types a whole-portal read covers

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.hubapi.com")); }
    static QString newId();

    bool usesDefaultBaseUrl() const;
    // Where the browser signs in: app.hubspot.com for HubSpot itself, else <base>/oauth/authorize.
    QUrl authorizationUrl() const;
    // <base>/oauth/v1/token
    QUrl tokenUrl() const;
    // The client configuration with these settings and the given secrets.
    ClientConfig clientConfig(const Credentials &credentials, const QString &proxyPassword = {},
                              const QString &clientKeyPassphrase = {}) const;
    // The non-secret part of a connection: the inverse of clientConfig(). Id and name are empty.
    static PortalProfile fromClientConfig(const ClientConfig &config);
    // The same profile with anything secret dropped (what may be persisted).
    PortalProfile withoutSecrets() const;

    bool operator==(const PortalProfile &) const = default;
};

} // namespace assoc::auth
