// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectTypePair.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace assoc {

// The spelling of the association schema API a profile talks to (notes §1). All differences
// between versions live in this class and in ApiEndpoints.
enum class ApiVersion {
    V4,       // /crm/v4/associations — what the SDKs call; the default
    V4Dated,  // /crm/associations/v4 — the same API as HubSpot's newer spec writes it
    V2026_03, // /crm/associations/2026-03
    V2026_09, // /crm/associations/2026-09
};

class ApiVersions {
public:
    static QString id(ApiVersion version); // "v4", "v4-dated", "2026-03", "2026-09"
    static QString displayName(ApiVersion version);
    static std::optional<ApiVersion> fromId(const QString &id);
    static QStringList ids();
};

enum class BatchOperation { Create, Update, Purge };

// Paths of every endpoint the client calls, for one API version.
class ApiEndpoints {
public:
    explicit ApiEndpoints(ApiVersion version = ApiVersion::V4);

    ApiVersion version() const { return m_version; }
    QString prefix() const;
    QString labels(const ObjectTypePair &pair) const;
    QString label(const ObjectTypePair &pair, int typeId) const;
    QString allLimits() const;
    QString pairLimits(const ObjectTypePair &pair) const;
    QString batch(const ObjectTypePair &pair, BatchOperation op) const;
    // Whether a successful purge answers with a body (dated versions) or with 204.
    bool purgeAnswersWithBody() const;

    static QString objectSchemas();       // /crm-object-schemas/v3/schemas
    static QString legacyObjectSchemas(); // /crm/v3/schemas
    static QString accountDetails();      // /account-info/v3/details
    static QString labelUsage();          // /crm/v3/limits/associations/labels
    static QString recordLimits(const ObjectTypePair &pair);
    static QString oauthToken(); // /oauth/v1/token

    // `path` (one of the above) on the portal's base URL, as requests are sent to it.
    static QUrl url(const QUrl &baseUrl, const QString &path);
    // The same with a query (left out when empty).
    static QUrl url(const QUrl &baseUrl, const QString &path, const QUrlQuery &query);

private:
    ApiVersion m_version;
};

} // namespace assoc
