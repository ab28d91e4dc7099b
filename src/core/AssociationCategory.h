// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QString>

namespace assoc {

// Who defined an association type. Unknown values from newer API versions are kept verbatim
// so that they can be sent back unchanged.
class AssociationCategory {
public:
    enum Kind { HubSpotDefined, UserDefined, IntegratorDefined, Work, Other };

    AssociationCategory() = default;
    AssociationCategory(Kind kind);
    static AssociationCategory fromApi(const QString &value);

    Kind kind() const { return m_kind; }
    QString apiName() const { return m_apiName; }
    QString displayName() const;
    // Only labels the portal's admins made can be renamed or deleted.
    bool isUserEditable() const { return m_kind == UserDefined; }

    bool operator==(const AssociationCategory &other) const { return m_apiName == other.m_apiName; }
    bool operator<(const AssociationCategory &other) const { return m_apiName < other.m_apiName; }

private:
    Kind m_kind = UserDefined;
    QString m_apiName = QStringLiteral("USER_DEFINED");
};

inline size_t qHash(const AssociationCategory &c, size_t seed = 0) {
    return qHash(c.apiName(), seed);
}

} // namespace assoc
