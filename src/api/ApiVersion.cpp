// SPDX-License-Identifier: MIT
#include "ApiVersion.h"

#include <QCoreApplication>
#include <QUrl>

namespace assoc {

namespace {
struct VersionInfo {
    ApiVersion version;
    const char *id;
    const char *prefix;
    const char *name;
};
constexpr VersionInfo versions[] = {
    {ApiVersion::V4, "v4", "/crm/v4/associations",
     QT_TRANSLATE_NOOP("ApiVersion", "v4 (/crm/v4/associations)")},
    {ApiVersion::V4Dated, "v4-dated", "/crm/associations/v4",
     QT_TRANSLATE_NOOP("ApiVersion", "v4 (/crm/associations/v4)")},
    {ApiVersion::V2026_03, "2026-03", "/crm/associations/2026-03",
     QT_TRANSLATE_NOOP("ApiVersion", "2026-03")},
    {ApiVersion::V2026_09, "2026-09", "/crm/associations/2026-09",
     QT_TRANSLATE_NOOP("ApiVersion", "2026-09")},
};

const VersionInfo &info(ApiVersion v) {
    for (const VersionInfo &i : versions) {
        if (i.version == v)
            return i;
    }
    return versions[0];
}

QString pairPath(const ObjectTypePair &pair) {
    return QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(pair.fromId)) +
           QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(pair.toId));
}
} // namespace

QString ApiVersions::id(ApiVersion version) {
    return QLatin1String(info(version).id);
}

QString ApiVersions::displayName(ApiVersion version) {
    return QCoreApplication::translate("ApiVersion", info(version).name);
}

std::optional<ApiVersion> ApiVersions::fromId(const QString &id) {
    for (const VersionInfo &i : versions) {
        if (id == QLatin1String(i.id))
            return i.version;
    }
    return std::nullopt;
}

QStringList ApiVersions::ids() {
    QStringList out;
    for (const VersionInfo &i : versions)
        out.append(QLatin1String(i.id));
    return out;
}

ApiEndpoints::ApiEndpoints(ApiVersion version)
    : m_version(version) {}

QString ApiEndpoints::prefix() const {
    return QLatin1String(info(m_version).prefix);
}

QString ApiEndpoints::labels(const ObjectTypePair &pair) const {
    return prefix() + pairPath(pair) + QStringLiteral("/labels");
}

QString ApiEndpoints::label(const ObjectTypePair &pair, int typeId) const {
    return labels(pair) + QLatin1Char('/') + QString::number(typeId);
}

QString ApiEndpoints::allLimits() const {
    return prefix() + QStringLiteral("/definitions/configurations/all");
}

QString ApiEndpoints::pairLimits(const ObjectTypePair &pair) const {
    return prefix() + QStringLiteral("/definitions/configurations") + pairPath(pair);
}

QString ApiEndpoints::batch(const ObjectTypePair &pair, BatchOperation op) const {
    static const char *names[] = {"create", "update", "purge"};
    return pairLimits(pair) + QStringLiteral("/batch/") + QLatin1String(names[int(op)]);
}

bool ApiEndpoints::purgeAnswersWithBody() const {
    return m_version == ApiVersion::V2026_03 || m_version == ApiVersion::V2026_09;
}

QString ApiEndpoints::objectSchemas() {
    return QStringLiteral("/crm-object-schemas/v3/schemas");
}

QString ApiEndpoints::legacyObjectSchemas() {
    return QStringLiteral("/crm/v3/schemas");
}

QString ApiEndpoints::accountDetails() {
    return QStringLiteral("/account-info/v3/details");
}

QString ApiEndpoints::labelUsage() {
    return QStringLiteral("/crm/v3/limits/associations/labels");
}

QString ApiEndpoints::recordLimits(const ObjectTypePair &pair) {
    return QStringLiteral("/crm/v3/limits/associations/records") + pairPath(pair);
}

QString ApiEndpoints::oauthToken() {
    return QStringLiteral("/oauth/v1/token");
}

QUrl ApiEndpoints::url(const QUrl &baseUrl, const QString &path) {
    QUrl url = baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QUrl ApiEndpoints::url(const QUrl &baseUrl, const QString &path, const QUrlQuery &query) {
    QUrl out = url(baseUrl, path);
    if (!query.isEmpty())
        out.setQuery(query);
    return out;
}

} // namespace assoc
