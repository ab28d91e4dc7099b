// SPDX-License-Identifier: MIT
#include "UnavailableObjectType.h"

#include <QCoreApplication>

namespace assoc {

namespace {
// lupdate files these strings under "UnavailableObjectType"; see Validation.cpp.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(UnavailableObjectType)
};
} // namespace

QString UnavailableObjectType::describe() const {
    QString why;
    switch (reason) {
    case Reason::NotInPortal:
        why = Texts::tr("this portal does not have them");
        break;
    case Reason::NotPermitted:
        why = missingScopes.isEmpty() ? Texts::tr("the token may not read them")
                                      : Texts::tr("the token may not read them (missing scope %1)")
                                            .arg(missingScopes.join(QStringLiteral(", ")));
        break;
    case Reason::UnknownName:
        why = Texts::tr("no object type of this portal has this id or name");
        break;
    }
    QString text = Texts::tr("%1 — not available: %2").arg(type.displayName(), why);
    if (!hubSpotMessage.isEmpty())
        text += QLatin1Char(' ') + Texts::tr("(HubSpot: “%1”)").arg(hubSpotMessage);
    return text;
}

QString describeUnavailable(const QList<UnavailableObjectType> &types) {
    QStringList parts;
    for (const UnavailableObjectType &t : types)
        parts.append(t.describe());
    return parts.join(QStringLiteral("; "));
}

} // namespace assoc
