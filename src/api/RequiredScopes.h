// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace assoc {

// One kind of call the client makes and the scopes HubSpot accepts for it, as the security
// lists of HubSpot's OpenAPI files give them (any one of `anyOf` is enough).
struct ScopeRequirement {
    QString method;       // "GET"
    QString path;         // "{prefix}/{from}/{to}/labels"
    bool writes = false;  // changes the portal
    QStringList anyOf;    // empty: the files name no scope for it
    QString acceptedNote; // how the files' list reads when it is too long to repeat
};

// Which scopes a private app (or Sign in with HubSpot) needs for this app, kept in one place:
// the Connect dialog's guide, assocctl and the advice for a 403 MISSING_SCOPES all read it.
class RequiredScopes {
    Q_DECLARE_TR_FUNCTIONS(RequiredScopes)
public:
    // Every endpoint the client calls, with what HubSpot accepts for it.
    static QList<ScopeRequirement> endpoints();
    // Enough to look: list custom object types, read labels, limits and usage of the core
    // object types and custom objects.
    static QStringList readOnlyUse();
    // Enough to change labels and limits as well.
    static QStringList writeUse();
    // What "Sign in with HubSpot" asks for.
    static QStringList signIn();
    // Where a private app's scopes are edited in HubSpot.
    static QString privateAppScopesPlace();
    // The guide, as plain text lines (assocctl prints it; the Connect dialog formats it).
    static QString guideText();
    // "Add the scope X to your private app (…)" for scopes HubSpot said were missing, where
    // HubSpot's rule is "one or more of the following".
    static QString addScopeAdvice(const QStringList &missing);
};

} // namespace assoc
