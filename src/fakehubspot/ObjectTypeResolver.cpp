// SPDX-License-Identifier: MIT
#include "ObjectTypeResolver.h"

#include "HubSpotErrors.h"

using namespace Qt::StringLiterals;

namespace assoc::fake {

ObjectTypeResolver::ObjectTypeResolver(const FakePortalState &state, const FakeConfig &config)
    : m_state(state)
    , m_config(config) {}

bool ObjectTypeResolver::names(const QStringList &entries, const FakeObjectType &type) {
    for (const auto &e : entries) {
        if (e == type.id || e.compare(type.name, Qt::CaseInsensitive) == 0 ||
            e.compare(type.pluralName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ObjectTypeResolver::isAbsent(const FakeObjectType &type) const {
    return names(m_config.absentObjectTypes, type);
}

bool ObjectTypeResolver::isDenied(const FakeObjectType &type) const {
    return names(m_state.deniedObjectTypes(), type) || names(m_config.deniedObjectTypes, type);
}

ObjectTypeResolver::Outcome ObjectTypeResolver::resolve(const FakeRequest &request,
                                                        const QString &token,
                                                        bool acceptFullyQualifiedName) const {
    Outcome out;
    const FakeObjectType *type = m_state.resolveObjectType(token, acceptFullyQualifiedName,
                                                           m_config.namesForAllStandardTypes);
    if (!type || isAbsent(*type))
        out.refusal = HubSpotErrors::validation(
            request, u"Unable to infer object type from: %1"_s.arg(token));
    else if (isDenied(*type))
        out.refusal = HubSpotErrors::missingScopes(request, {type->readScope});
    else
        out.type = type;
    return out;
}

bool ObjectTypeResolver::isListed(const FakeObjectType &type) const {
    return !isAbsent(type) && !isDenied(type);
}

bool ObjectTypeResolver::isListed(const QString &typeId) const {
    const FakeObjectType *type = m_state.objectType(typeId);
    return type && isListed(*type);
}

} // namespace assoc::fake
