// SPDX-License-Identifier: MIT
#include "AssociationCategory.h"

#include <QCoreApplication>

namespace assoc {

namespace {
struct Known {
    AssociationCategory::Kind kind;
    const char *api;
};
constexpr Known knownCategories[] = {
    {AssociationCategory::HubSpotDefined, "HUBSPOT_DEFINED"},
    {AssociationCategory::UserDefined, "USER_DEFINED"},
    {AssociationCategory::IntegratorDefined, "INTEGRATOR_DEFINED"},
    {AssociationCategory::Work, "WORK"},
};
} // namespace

AssociationCategory::AssociationCategory(Kind kind)
    : m_kind(kind) {
    for (const Known &k : knownCategories) {
        if (k.kind == kind)
            m_apiName = QLatin1String(k.api);
    }
}

AssociationCategory AssociationCategory::fromApi(const QString &value) {
    AssociationCategory c;
    c.m_kind = Other;
    c.m_apiName = value;
    for (const Known &k : knownCategories) {
        if (value == QLatin1String(k.api))
            c.m_kind = k.kind;
    }
    return c;
}

QString AssociationCategory::displayName() const {
    switch (m_kind) {
    case HubSpotDefined:
        return QCoreApplication::translate("AssociationCategory", "HubSpot-defined");
    case UserDefined:
        return QCoreApplication::translate("AssociationCategory", "User-defined");
    case IntegratorDefined:
        return QCoreApplication::translate("AssociationCategory", "Integrator-defined");
    case Work:
        return QCoreApplication::translate("AssociationCategory", "Work");
    case Other:
        break;
    }
    return m_apiName;
}

} // namespace assoc
