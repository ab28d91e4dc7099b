// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace assoc {

// GET /account-info/v3/details
struct PortalInfo {
    qint64 portalId = 0;
    QString accountType;
    QString timeZone;
    QString companyCurrency;
    QString uiDomain;
    QString dataHostingLocation;
    bool operator==(const PortalInfo &) const = default;
};

// The answer of the OAuth token endpoint. The access token lives only in memory.
struct TokenGrant {
    QString accessToken;
    QString refreshToken;
    int expiresInSeconds = 0;
    QString tokenType;
    qint64 hubId = 0;
    QStringList scopes;
};

} // namespace assoc
