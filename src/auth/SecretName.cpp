// SPDX-License-Identifier: MIT
#include "SecretName.h"

#include <QCoreApplication>

namespace assoc::auth {

QString SecretNames::id(SecretName name) {
    switch (name) {
    case SecretName::Token:
        return QStringLiteral("token");
    case SecretName::ClientSecret:
        return QStringLiteral("clientSecret");
    case SecretName::RefreshToken:
        return QStringLiteral("refreshToken");
    case SecretName::ProxyPassword:
        return QStringLiteral("proxyPassword");
    case SecretName::ClientKeyPassphrase:
        return QStringLiteral("clientKeyPassphrase");
    }
    return {};
}

std::optional<SecretName> SecretNames::fromId(const QString &id) {
    for (SecretName name : all()) {
        if (SecretNames::id(name) == id)
            return name;
    }
    return std::nullopt;
}

QList<SecretName> SecretNames::all() {
    return {SecretName::Token, SecretName::ClientSecret, SecretName::RefreshToken,
            SecretName::ProxyPassword, SecretName::ClientKeyPassphrase};
}

QString SecretNames::displayName(SecretName name) {
    switch (name) {
    case SecretName::Token:
        return QCoreApplication::translate("SecretNames", "access token");
    case SecretName::ClientSecret:
        return QCoreApplication::translate("SecretNames", "OAuth client secret");
    case SecretName::RefreshToken:
        return QCoreApplication::translate("SecretNames", "HubSpot sign-in (refresh token)");
    case SecretName::ProxyPassword:
        return QCoreApplication::translate("SecretNames", "proxy password");
    case SecretName::ClientKeyPassphrase:
        return QCoreApplication::translate("SecretNames", "client certificate passphrase");
    }
    return {};
}

} // namespace assoc::auth
