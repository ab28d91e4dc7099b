// SPDX-License-Identifier: MIT
#include "SeedData.h"

#include "FakePortalState.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {

const QString kUser = u"USER_DEFINED"_s;
const QString kHubSpot = u"HUBSPOT_DEFINED"_s;

const QDateTime kCreated = QDateTime(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC);

FakeObjectType standardType(const QString &id, const QString &name, const QString &plural,
                            const QString &singularLabel, const QString &pluralLabel) {
    FakeObjectType t;
    t.id = id;
    t.name = name;
    t.pluralName = plural;
    t.singularLabel = singularLabel;
    t.pluralLabel = pluralLabel;
    t.createdAt = kCreated;
    return t;
}

FakeObjectType customType(qint64 portalId, const QString &id, const QString &name,
                          const QString &singularLabel, const QString &pluralLabel,
                          const QStringList &properties) {
    FakeObjectType t = FakeObjectType::customObject(portalId, id, name, singularLabel, pluralLabel);
    t.primaryDisplayProperty = properties.value(0);
    t.propertyNames = properties;
    t.createdAt = kCreated;
    return t;
}

void addHubSpotPair(FakePortalState &state, const QString &a, const QString &b, int ab, int ba,
                    const QString &labelAb = {}, const QString &labelBa = {}) {
    state.addAssociationType({a, b, ab, kHubSpot, labelAb, {}, ba});
    state.addAssociationType({b, a, ba, kHubSpot, labelBa, {}, ab});
}

void addHubSpotSymmetric(FakePortalState &state, const QString &a, int id) {
    state.addAssociationType({a, a, id, kHubSpot, {}, {}, 0});
}

// The unlabeled default association a custom object gets with another type.
void addCustomDefault(FakePortalState &state, const QString &a, const QString &b,
                      const QString &name) {
    const int id = state.nextTypeId();
    state.setNextTypeId(id + 2);
    state.addAssociationType({a, b, id, kUser, {}, name, id + 1});
    state.addAssociationType({b, a, id + 1, kUser, {}, name, id});
}

// Standard types and the HubSpot-defined typeIds between them (SDK AssociationTypes).
void seedStandard(FakePortalState &state, bool withExtras) {
    state.addObjectType(
        standardType(u"0-1"_s, u"contact"_s, u"contacts"_s, u"Contact"_s, u"Contacts"_s));
    state.addObjectType(
        standardType(u"0-2"_s, u"company"_s, u"companies"_s, u"Company"_s, u"Companies"_s));
    state.addObjectType(standardType(u"0-3"_s, u"deal"_s, u"deals"_s, u"Deal"_s, u"Deals"_s));
    state.addObjectType(
        standardType(u"0-5"_s, u"ticket"_s, u"tickets"_s, u"Ticket"_s, u"Tickets"_s));
    const QString contact = u"0-1"_s, company = u"0-2"_s, deal = u"0-3"_s, ticket = u"0-5"_s;
    addHubSpotPair(state, contact, company, 1, 2, u"Primary"_s, u"Primary"_s);
    addHubSpotPair(state, contact, company, 279, 280);
    addHubSpotPair(state, deal, contact, 3, 4);
    addHubSpotPair(state, deal, company, 5, 6, u"Primary"_s, u"Primary"_s);
    addHubSpotPair(state, deal, company, 341, 342);
    state.addAssociationType({company, company, 13, kHubSpot, u"Child Company"_s, {}, 14});
    state.addAssociationType({company, company, 14, kHubSpot, u"Parent Company"_s, {}, 13});
    addHubSpotPair(state, contact, ticket, 15, 16);
    addHubSpotPair(state, company, ticket, 25, 26, u"Primary"_s, u"Primary"_s);
    addHubSpotPair(state, company, ticket, 340, 339);
    addHubSpotPair(state, deal, ticket, 27, 28);
    addHubSpotSymmetric(state, contact, 449);
    addHubSpotSymmetric(state, company, 450);
    addHubSpotSymmetric(state, deal, 451);
    addHubSpotSymmetric(state, ticket, 452);
    if (!withExtras)
        return;
    state.addObjectType(
        standardType(u"0-7"_s, u"product"_s, u"products"_s, u"Product"_s, u"Products"_s));
    state.addObjectType(
        standardType(u"0-8"_s, u"line_item"_s, u"line_items"_s, u"Line item"_s, u"Line items"_s));
    state.addObjectType(standardType(u"0-46"_s, u"note"_s, u"notes"_s, u"Note"_s, u"Notes"_s));
    const QString lineItem = u"0-8"_s, note = u"0-46"_s;
    addHubSpotPair(state, deal, lineItem, 19, 20);
    addHubSpotPair(state, contact, note, 201, 202);
    addHubSpotPair(state, company, note, 189, 190);
    addHubSpotPair(state, deal, note, 213, 214);
    addHubSpotPair(state, ticket, note, 227, 228);
}

void userLabel(FakePortalState &state, const QString &from, const QString &to, const QString &name,
               const QString &label, const QString &inverseLabel = {}) {
    static const FakeConfig defaults;
    state.createLabel(from, to, name, label, inverseLabel, defaults);
}

int forwardId(const FakePortalState &state, const QString &from, const QString &to,
              const QString &name) {
    for (const auto &t : state.labels(from, to)) {
        if (t.name == name && !t.label.isNull())
            return t.typeId;
    }
    return 0;
}

void seedDemo(FakePortalState &state) {
    const qint64 portal = 7001234;
    state.setPortalId(portal);
    seedStandard(state, true);
    const QString contact = u"0-1"_s, company = u"0-2"_s, deal = u"0-3"_s;
    const QString vehicle = u"2-7300101"_s, property = u"2-7300102"_s, project = u"2-7300103"_s;
    state.addObjectType(customType(portal, vehicle, u"vehicles"_s, u"Vehicle"_s, u"Vehicles"_s,
                                   {u"vin"_s, u"make"_s, u"model"_s, u"year"_s}));
    state.addObjectType(customType(portal, property, u"properties"_s, u"Property"_s,
                                   u"Properties"_s, {u"address"_s, u"city"_s, u"monthly_rent"_s}));
    state.addObjectType(customType(portal, project, u"projects"_s, u"Project"_s, u"Projects"_s,
                                   {u"project_name"_s, u"budget"_s, u"due_date"_s}));
    state.setNextTypeId(100);
    addCustomDefault(state, vehicle, contact, u"vehicles_to_contacts"_s);
    addCustomDefault(state, property, contact, u"properties_to_contacts"_s);
    addCustomDefault(state, property, company, u"properties_to_companies"_s);
    addCustomDefault(state, project, company, u"projects_to_companies"_s);
    addCustomDefault(state, project, deal, u"projects_to_deals"_s);

    userLabel(state, contact, company, u"billing_contact"_s, u"Billing contact"_s,
              u"Billing company"_s);
    userLabel(state, contact, contact, u"manager_employee"_s, u"Manager"_s, u"Employee"_s);
    userLabel(state, deal, contact, u"decision_maker"_s, u"Decision maker"_s);
    userLabel(state, vehicle, contact, u"vehicle_owner"_s, u"Owner"_s, u"Owned vehicle"_s);
    userLabel(state, property, contact, u"tenant"_s, u"Tenant"_s, u"Rented property"_s);
    userLabel(state, company, company, u"partner"_s, u"Partner"_s);
    userLabel(state, project, company, u"client"_s, u"Client"_s, u"Client project"_s);

    // Limits, and records that sit at or near them.
    state.setLimit(contact, company, kUser,
                   forwardId(state, contact, company, u"billing_contact"_s), 2);
    state.setLimit(deal, contact, kUser, forwardId(state, deal, contact, u"decision_maker"_s), 5);
    state.setLimit(vehicle, contact, kUser, forwardId(state, vehicle, contact, u"vehicle_owner"_s),
                   3);
    state.setLimit(contact, company, kHubSpot, 279, 25);
    state.addRecordUsage({contact, company, 51001, u"Ada Lovelace"_s, 2});
    state.addRecordUsage({contact, company, 51002, u"Grace Hopper"_s, 2});
    state.addRecordUsage({contact, company, 51003, u"Alan Turing"_s, 1});
    state.addRecordUsage({deal, contact, 61001, u"Q3 renewal - Acme"_s, 5});
    state.addRecordUsage({deal, contact, 61002, u"Website redesign"_s, 4});
    state.addRecordUsage({vehicle, contact, 71001, u"VW Golf WOB-AB 123"_s, 3});
    state.addRecordUsage({company, contact, 52001, u"Globex Corporation"_s, 10000});
    state.addRecordUsage({company, contact, 52002, u"Acme Corp"_s, 8500});
}

void seedLarge(FakePortalState &state, int objectTypeCount) {
    const qint64 portal = 7009999;
    state.setPortalId(portal);
    seedStandard(state, false);
    static const QStringList kNames{
        u"vehicles"_s,  u"properties"_s, u"projects"_s,    u"warehouses"_s, u"shipments"_s,
        u"contracts"_s, u"assets"_s,     u"licenses"_s,    u"venues"_s,     u"sponsors"_s,
        u"devices"_s,   u"locations"_s,  u"memberships"_s, u"policies"_s,   u"claims"_s,
        u"courses_x"_s, u"events_x"_s,   u"vendors"_s,     u"machines"_s,   u"permits"_s};
    static const QStringList kWords{u"Owner"_s,    u"Sponsor"_s,    u"Reviewer"_s, u"Supplier"_s,
                                    u"Advisor"_s,  u"Contractor"_s, u"Approver"_s, u"Backup"_s,
                                    u"Champion"_s, u"Auditor"_s};
    for (int i = 0; i < objectTypeCount - 4; ++i) {
        QString name = kNames.at(i % kNames.size());
        if (i >= kNames.size())
            name += u"_%1"_s.arg(i / kNames.size());
        QString label = name.left(1).toUpper() + name.mid(1);
        state.addObjectType(customType(portal, u"2-%1"_s.arg(8000001 + i), name, label, label,
                                       {u"name"_s, u"code"_s}));
    }
    state.setNextTypeId(100);
    QRandomGenerator rng(20240314);
    QStringList ids;
    for (const auto &t : state.objectTypes())
        ids.append(t.id);
    int made = 0;
    for (qsizetype a = 0; a < ids.size(); ++a) {
        for (qsizetype b = 0; b < ids.size(); ++b) {
            const int count = 1 + int(rng.bounded(3));
            for (int k = 0; k < count; ++k) {
                const QString word = kWords.at(rng.bounded(int(kWords.size())));
                const QString name = u"rel_%1_%2_%3"_s.arg(a).arg(b).arg(k);
                const bool paired = rng.bounded(2) == 1;
                userLabel(state, ids[a], ids[b], name, u"%1 %2"_s.arg(word).arg(k + 1),
                          paired ? u"%1 of %2"_s.arg(word).arg(k + 1) : QString());
                if (++made % 7 == 0) {
                    if (const int id = forwardId(state, ids[a], ids[b], name))
                        state.setLimit(ids[a], ids[b], kUser, id, 1 + int(rng.bounded(50)));
                }
            }
        }
    }
}

} // namespace

void seed(FakePortalState &state, Seed kind, int objectTypeCount) {
    state.clear();
    switch (kind) {
    case Seed::Empty:
        seedStandard(state, true);
        break;
    case Seed::Demo:
        seedDemo(state);
        break;
    case Seed::Large:
        seedLarge(state, std::max(objectTypeCount, 4));
        break;
    }
}

} // namespace assoc::fake
