// SPDX-License-Identifier: MIT
#include "RequiredScopes.h"

namespace assoc {

namespace {
// The read scopes of the object types a profile shows by default (contacts, companies, deals,
// tickets) and of custom objects. HubSpot's files accept any one CRM object scope for the
// association schema calls; a token that may not read a type is refused for pairs naming it.
const QStringList objectReadScopes{
    QStringLiteral("crm.objects.contacts.read"), QStringLiteral("crm.objects.companies.read"),
    QStringLiteral("crm.objects.deals.read"), QStringLiteral("tickets"),
    QStringLiteral("crm.objects.custom.read")};
// Tickets have no write scope of their own: `tickets` covers both.
const QStringList objectWriteScopes{
    QStringLiteral("crm.objects.contacts.write"), QStringLiteral("crm.objects.companies.write"),
    QStringLiteral("crm.objects.deals.write"), QStringLiteral("crm.objects.custom.write")};
const QString customSchemasRead = QStringLiteral("crm.schemas.custom.read");
} // namespace

QList<ScopeRequirement> RequiredScopes::endpoints() {
    const QString anyCrm =
        tr("any one CRM object scope, read or write (about 80 in HubSpot's list)");
    const QStringList crm = objectReadScopes + objectWriteScopes;
    const QString labels = QStringLiteral("{prefix}/{from}/{to}/labels");
    const QString configurations = QStringLiteral("{prefix}/definitions/configurations");
    // Custom object types: the schemas read scope, or reading custom objects themselves.
    const QStringList schemas{customSchemasRead, QStringLiteral("crm.objects.custom.read"),
                              QStringLiteral("crm.objects.custom.sensitive.read.v2"),
                              QStringLiteral("crm.objects.custom.highly_sensitive.read.v2")};
    return {
        {QStringLiteral("GET"), labels, false, crm, anyCrm},
        {QStringLiteral("POST"), labels, true, crm, anyCrm},
        {QStringLiteral("PUT"), labels, true, crm, anyCrm},
        {QStringLiteral("DELETE"), labels + QStringLiteral("/{typeId}"), true, crm, anyCrm},
        {QStringLiteral("GET"), configurations + QStringLiteral("/all"), false, crm, anyCrm},
        {QStringLiteral("GET"), configurations + QStringLiteral("/{from}/{to}"), false, crm,
         anyCrm},
        {QStringLiteral("POST"), configurations + QStringLiteral("/{from}/{to}/batch/create"), true,
         crm, anyCrm},
        {QStringLiteral("POST"), configurations + QStringLiteral("/{from}/{to}/batch/update"), true,
         crm, anyCrm},
        {QStringLiteral("POST"), configurations + QStringLiteral("/{from}/{to}/batch/purge"), true,
         crm, anyCrm},
        {QStringLiteral("GET"),
         QStringLiteral("/crm-object-schemas/v3/schemas"),
         false,
         schemas,
         {}},
        {QStringLiteral("GET"), QStringLiteral("/crm/v3/schemas"), false, schemas, {}},
        {QStringLiteral("GET"), QStringLiteral("/crm/v3/limits/associations/labels"), false, crm,
         anyCrm},
        {QStringLiteral("GET"), QStringLiteral("/crm/v3/limits/associations/records/{from}/{to}"),
         false, crm, anyCrm},
        {QStringLiteral("GET"),
         QStringLiteral("/account-info/v3/details"),
         false,
         {},
         tr("no scope named in the API files the app follows")},
    };
}

QStringList RequiredScopes::readOnlyUse() {
    return QStringList{customSchemasRead} + objectReadScopes;
}

QStringList RequiredScopes::writeUse() {
    return readOnlyUse() + objectWriteScopes;
}

QStringList RequiredScopes::signIn() {
    // The write-use scopes of contacts, companies, deals and custom objects and the schemas
    // read scope: what sign-in has always asked for, so apps set up for it keep working.
    QStringList scopes;
    const QStringList objects{QStringLiteral("contacts"), QStringLiteral("companies"),
                              QStringLiteral("deals"), QStringLiteral("custom")};
    for (const QString &object : objects) {
        scopes.append(QStringLiteral("crm.objects.%1.read").arg(object));
        scopes.append(QStringLiteral("crm.objects.%1.write").arg(object));
    }
    scopes.append(customSchemasRead);
    return scopes;
}

QString RequiredScopes::privateAppScopesPlace() {
    return tr("HubSpot → Development → Legacy apps → your private app → Scopes (in older "
              "accounts: Settings → Integrations → Private Apps)");
}

QString RequiredScopes::guideText() {
    const QString list = QStringLiteral(", ");
    QStringList lines;
    lines << tr("Create a private app in HubSpot (you must be a super admin): %1. Give it these "
                "scopes, then copy its access token from the Auth tab.")
                 .arg(privateAppScopesPlace());
    lines << tr("To look only (browse, export, compare): %1.").arg(readOnlyUse().join(list));
    lines << tr("To change labels and limits too, add: %1.").arg(objectWriteScopes.join(list));
    lines << tr("HubSpot's API reference also accepts a read scope for these changes; the write "
                "scopes make the token's purpose plain and match Sign in with HubSpot.");
    lines << tr("Other object types need their own read scope (for example "
                "crm.objects.line_items.read); HubSpot names it when it is missing.");
    lines << tr("HubSpot is phasing out the creation of new legacy private apps in favour of "
                "service keys; existing private apps keep working, and a service key's token is "
                "entered here the same way.");
    return lines.join(QLatin1Char('\n'));
}

QString RequiredScopes::addScopeAdvice(const QStringList &missing) {
    if (missing.isEmpty())
        return tr("The app or token lacks a required scope; add it in HubSpot and try again.");
    const QString where = privateAppScopesPlace();
    if (missing.size() == 1)
        return tr("Add the scope %1 to your private app (%2), or to the scopes your app asks "
                  "for when you sign in with HubSpot, then try again.")
            .arg(missing.first(), where);
    return tr("Add one of the scopes %1 to your private app (%2), or to the scopes your app "
              "asks for when you sign in with HubSpot, then try again.")
        .arg(missing.join(QStringLiteral(", ")), where);
}

} // namespace assoc
