// SPDX-License-Identifier: MIT
#include "Credentials.h"

namespace assoc {

Credentials Credentials::privateApp(const QString &token) {
    Credentials c;
    c.kind = Kind::PrivateAppToken;
    c.token = token;
    return c;
}

Credentials Credentials::oauth(const QString &clientId, const QString &clientSecret,
                               const QString &refreshToken) {
    Credentials c;
    c.kind = Kind::OAuth;
    c.clientId = clientId;
    c.clientSecret = clientSecret;
    c.refreshToken = refreshToken;
    return c;
}

Credentials Credentials::apiKey(const QString &key, const QString &header) {
    Credentials c;
    c.kind = Kind::ApiKey;
    c.token = key;
    c.apiKeyHeader = header;
    return c;
}

bool Credentials::isComplete() const {
    switch (kind) {
    case Kind::PrivateAppToken:
    case Kind::ApiKey:
        return !token.trimmed().isEmpty();
    case Kind::OAuth:
        return !clientId.isEmpty() && !clientSecret.isEmpty() && !refreshToken.isEmpty();
    }
    return false;
}

QStringList Credentials::secrets() const {
    QStringList out;
    for (const QString &s : {token, clientSecret, refreshToken}) {
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

QString Credentials::kindId(Kind kind) {
    switch (kind) {
    case Kind::PrivateAppToken:
        return QStringLiteral("private-app");
    case Kind::OAuth:
        return QStringLiteral("oauth");
    case Kind::ApiKey:
        return QStringLiteral("api-key");
    }
    return {};
}

} // namespace assoc
