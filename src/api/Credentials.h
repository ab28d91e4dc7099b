// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace assoc {

// How a profile proves who it is. Held in memory only; the keychain stores the secrets.
struct Credentials {
    enum class Kind {
        PrivateAppToken, // Authorization: Bearer <token> (private app or service key)
        OAuth,           // refresh-token grant with client id and secret
        ApiKey,          // the token in a `private-app` or `private-app-legacy` header
    };
    Kind kind = Kind::PrivateAppToken;
    QString token;                                        // private-app token or API key
    QString apiKeyHeader = QStringLiteral("private-app"); // or "private-app-legacy"
    QString clientId;
    QString clientSecret;
    QString refreshToken;

    static Credentials privateApp(const QString &token);
    static Credentials oauth(const QString &clientId, const QString &clientSecret,
                             const QString &refreshToken);
    static Credentials apiKey(const QString &key,
                              const QString &header = QStringLiteral("private-app"));
    bool isComplete() const;
    // Every secret in here, for redaction of diagnostics.
    QStringList secrets() const;
    static QString kindId(Kind kind); // "private-app", "oauth", "api-key"
};

} // namespace assoc
