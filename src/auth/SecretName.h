// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace assoc::auth {

// The secrets a profile may have. Each is one keychain entry, `<profileId>/<id>`.
enum class SecretName {
    Token,               // private-app token, service key or API key
    ClientSecret,        // the OAuth app's client secret
    RefreshToken,        // OAuth refresh token (the access token is never stored)
    ProxyPassword,       // password of a manual proxy
    ClientKeyPassphrase, // passphrase of the client certificate's key
};

class SecretNames {
public:
    // "token", "clientSecret", "refreshToken", "proxyPassword", "clientKeyPassphrase"
    static QString id(SecretName name);
    static std::optional<SecretName> fromId(const QString &id);
    static QList<SecretName> all();
    // What the user would call it, for messages.
    static QString displayName(SecretName name);
};

} // namespace assoc::auth
