// SPDX-License-Identifier: MIT
#include "PortalInfoHandler.h"

#include "HubSpotErrors.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace assoc::fake {

PortalInfoHandler::PortalInfoHandler(const FakePortalState &state, const FakeConfig &config)
    : m_state(state)
    , m_config(config)
    , m_types(state, config) {}

PortalInfoHandler::SchemaParts PortalInfoHandler::requestedParts(const FakeRequest &request) {
    const QUrlQuery query = request.queryItems();
    const auto wanted = [&query](const QString &name) {
        return query.queryItemValue(name).compare(u"false"_s, Qt::CaseInsensitive) != 0;
    };
    return {wanted(u"includePropertyDefinitions"_s), wanted(u"includeAssociationDefinitions"_s),
            wanted(u"includeAuditMetadata"_s)};
}

QJsonObject PortalInfoHandler::schemaJson(const FakeObjectType &type,
                                          const SchemaParts &parts) const {
    const QString created = type.createdAt.toString(Qt::ISODateWithMs);
    // Left out on request, the two arrays are still there (the spec requires them), empty.
    QJsonArray associations;
    for (const auto &t : m_state.associationTypes()) {
        if (!parts.associations || t.fromId != type.id || !m_types.isListed(t.toId))
            continue;
        associations.append(QJsonObject{{u"id"_s, QString::number(t.typeId)},
                                        {u"name"_s, t.name},
                                        {u"fromObjectTypeId"_s, t.fromId},
                                        {u"toObjectTypeId"_s, t.toId},
                                        {u"createdAt"_s, created},
                                        {u"updatedAt"_s, created}});
    }
    QJsonArray properties;
    int order = 0;
    for (const auto &name : parts.properties ? type.propertyNames : QStringList()) {
        QString label = name;
        label.replace(u'_', u' ');
        label[0] = label[0].toUpper();
        properties.append(QJsonObject{{u"name"_s, name},
                                      {u"label"_s, label},
                                      {u"type"_s, u"string"_s},
                                      {u"fieldType"_s, u"text"_s},
                                      {u"description"_s, QString()},
                                      {u"groupName"_s, type.name + u"_information"_s},
                                      {u"options"_s, QJsonArray{}},
                                      {u"displayOrder"_s, order++},
                                      {u"hasUniqueValue"_s, false},
                                      {u"hidden"_s, false},
                                      {u"formField"_s, true},
                                      {u"hubspotDefined"_s, false},
                                      {u"createdAt"_s, created},
                                      {u"updatedAt"_s, created}});
    }
    QJsonObject schema{
        {u"objectTypeId"_s, type.id},
        {u"name"_s, type.name},
        {u"fullyQualifiedName"_s, type.fullyQualifiedName},
        {u"labels"_s,
         QJsonObject{{u"singular"_s, type.singularLabel}, {u"plural"_s, type.pluralLabel}}},
        {u"primaryDisplayProperty"_s, type.primaryDisplayProperty},
        {u"requiredProperties"_s, QJsonArray{type.primaryDisplayProperty}},
        {u"searchableProperties"_s, QJsonArray{type.primaryDisplayProperty}},
        {u"secondaryDisplayProperties"_s, QJsonArray{}},
        {u"properties"_s, properties},
        {u"associations"_s, associations},
        {u"archived"_s, false},
    };
    if (parts.auditMetadata) {
        schema.insert(u"createdAt"_s, created);
        schema.insert(u"updatedAt"_s, created);
    }
    if (!m_config.schemasWithoutId)
        schema.insert(u"id"_s, type.id.section(u'-', 1));
    return schema;
}

FakeResponse PortalInfoHandler::accountDetails() const {
    const QTimeZone zone(m_state.timeZone().toUtf8());
    const int offset = zone.isValid() ? zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) : 0;
    const QString sign = offset < 0 ? u"-"_s : u"+"_s;
    const int absOffset = std::abs(offset);
    const QString utcOffset = u"%1%2:%3"_s.arg(sign)
                                  .arg(absOffset / 3600, 2, 10, QLatin1Char('0'))
                                  .arg((absOffset % 3600) / 60, 2, 10, QLatin1Char('0'));
    return FakeResponse::json(200, {{u"portalId"_s, m_state.portalId()},
                                    {u"accountType"_s, u"STANDARD"_s},
                                    {u"timeZone"_s, m_state.timeZone()},
                                    {u"companyCurrency"_s, m_state.currency()},
                                    {u"additionalCurrencies"_s, QJsonArray{u"USD"_s}},
                                    {u"utcOffset"_s, utcOffset},
                                    {u"utcOffsetMilliseconds"_s, qint64(offset) * 1000},
                                    {u"uiDomain"_s, u"app.hubspot.com"_s},
                                    {u"dataHostingLocation"_s, u"eu1"_s}});
}

std::optional<FakeResponse> PortalInfoHandler::handle(const FakeRequest &request) {
    if (request.method != u"GET")
        return std::nullopt;
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path == u"/account-info/v3/details")
        return accountDetails();
    const QString newPath = u"/crm-object-schemas/v3/schemas"_s;
    const QString oldPath = u"/crm/v3/schemas"_s;
    const bool isNew = path == newPath || path.startsWith(newPath + u'/');
    const bool isOld = path == oldPath || path.startsWith(oldPath + u'/');
    if (!isNew && !isOld)
        return std::nullopt;
    if (isNew && !m_config.schemasNewPathAvailable)
        return HubSpotErrors::notFound(request);
    const QString base = isNew ? newPath : oldPath;
    if (path == base) {
        const SchemaParts parts = requestedParts(request);
        QJsonArray results;
        for (const auto &t : m_state.objectTypes()) {
            if (t.custom && m_types.isListed(t))
                results.append(schemaJson(t, parts));
        }
        return FakeResponse::json(200, {{u"results"_s, results}});
    }
    const QString token = path.mid(base.size() + 1);
    const auto resolved = m_types.resolve(request, token, true);
    if (resolved.refusal && resolved.refusal->status == 403)
        return *resolved.refusal;
    const FakeObjectType *type = resolved.type;
    if (!type || !type->custom)
        return HubSpotErrors::error(request, 404, u"OBJECT_NOT_FOUND"_s,
                                    u"Unable to find object type %1"_s.arg(token));
    return FakeResponse::json(200, schemaJson(*type, requestedParts(request)));
}

} // namespace assoc::fake
