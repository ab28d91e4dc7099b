// SPDX-License-Identifier: MIT
#include "SeedData.h"

#include "FakePortalState.h"
#include "FakeStandardTypes.h"
#include "HubSpotDefinedTypes.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {

const QString kUser = u"USER_DEFINED"_s;
const QString kHubSpot = u"HUBSPOT_DEFINED"_s;
const QString kListings = u"0-420"_s, kUsers = u"0-115"_s;

const QDateTime kCreated = QDateTime(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC);

FakeObjectType customType(qint64 portalId, const QString &id, const QString &name,
                          const QString &singularLabel, const QString &pluralLabel,
                          const QStringList &properties) {
    FakeObjectType t = FakeObjectType::customObject(portalId, id, name, singularLabel, pluralLabel);
    t.primaryDisplayProperty = properties.value(0);
    t.propertyNames = properties;
    t.createdAt = kCreated;
    return t;
}

// The unlabeled default association a custom object gets with another type.
void addCustomDefault(FakePortalState &state, const QString &a, const QString &b,
                      const QString &name) {
    const int id = state.nextTypeId();
    state.setNextTypeId(id + 2);
    state.addAssociationType({a, b, id, kUser, {}, name, id + 1});
    state.addAssociationType({b, a, id + 1, kUser, {}, name, id});
}

// Standard types, less those the portal does not have, and the HubSpot-defined types between
// them. `coreOnly`: contacts, companies, deals and tickets alone.
void seedStandard(FakePortalState &state, bool coreOnly, const QStringList &absent = {}) {
    for (const auto &t : FakeStandardTypes::all()) {
        if (!absent.contains(t.id) && (!coreOnly || FakeStandardTypes::isCore(t.id)))
            state.addObjectType(t);
    }
    HubSpotDefinedTypes::addTo(state);
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
    seedStandard(state, false, {kListings}); // this portal has no listings object
    state.denyObjectType(kUsers);            // and its token lacks crm.objects.users.read
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

    // Labels a client reading only the core four and the custom objects would miss; created
    // last so that the ids above stay what tests and docs quote.
    const QString lineItem = u"0-8"_s, lead = u"0-136"_s, appointment = u"0-421"_s,
                  service = u"0-162"_s, course = u"0-410"_s;
    userLabel(state, deal, lineItem, u"bundle_item"_s, u"Bundled item"_s, u"Bundle deal"_s);
    userLabel(state, lead, contact, u"referrer"_s, u"Referred by"_s, u"Referred lead"_s);
    userLabel(state, appointment, contact, u"attendee"_s, u"Attendee"_s);
    userLabel(state, service, course, u"included_course"_s, u"Included course"_s,
              u"Part of service"_s);
    // Limits on them too, one HubSpot-defined (deal → line item, typeId 19): what only a
    // client that reads these types shows.
    state.setLimit(deal, lineItem, kUser, forwardId(state, deal, lineItem, u"bundle_item"_s), 4);
    state.setLimit(lead, contact, kUser, forwardId(state, lead, contact, u"referrer"_s), 1);
    state.setLimit(deal, lineItem, kHubSpot, 19, 100);
}

const QStringList kCustomNames{u"vehicles"_s,    u"properties"_s, u"projects"_s, u"warehouses"_s,
                               u"shipments"_s,   u"contracts"_s,  u"assets"_s,   u"licenses"_s,
                               u"venues"_s,      u"sponsors"_s,   u"devices"_s,  u"locations"_s,
                               u"memberships"_s, u"policies"_s,   u"claims"_s,   u"courses_x"_s,
                               u"events_x"_s,    u"vendors"_s,    u"machines"_s, u"permits"_s};
const QStringList kLabelWords{u"Owner"_s,    u"Sponsor"_s,    u"Reviewer"_s, u"Supplier"_s,
                              u"Advisor"_s,  u"Contractor"_s, u"Approver"_s, u"Backup"_s,
                              u"Champion"_s, u"Auditor"_s};

void addLargeCustomTypes(FakePortalState &state, int count) {
    for (int i = 0; i < count; ++i) {
        QString name = kCustomNames.at(i % kCustomNames.size());
        if (i >= kCustomNames.size())
            name += u"_%1"_s.arg(i / kCustomNames.size());
        const QString label = name.left(1).toUpper() + name.mid(1);
        state.addObjectType(customType(state.portalId(), u"2-%1"_s.arg(8000001 + i), name, label,
                                       label, {u"name"_s, u"code"_s}));
    }
}

// Labels pair (a, b) with 1-3 user labels, single or paired; every seventh label made in
// the portal gets a limit.
void addLargeLabels(FakePortalState &state, QRandomGenerator &rng, const QString &from,
                    const QString &to, const QString &namePrefix, int *made) {
    const int count = 1 + int(rng.bounded(3));
    for (int k = 0; k < count; ++k) {
        const QString word = kLabelWords.at(rng.bounded(int(kLabelWords.size())));
        const QString name = u"%1_%2"_s.arg(namePrefix).arg(k);
        const bool paired = rng.bounded(2) == 1;
        userLabel(state, from, to, name, u"%1 %2"_s.arg(word).arg(k + 1),
                  paired ? u"%1 of %2"_s.arg(word).arg(k + 1) : QString());
        if (++*made % 7 == 0) {
            if (const int id = forwardId(state, from, to, name))
                state.setLimit(from, to, kUser, id, 1 + int(rng.bounded(50)));
        }
    }
}

QStringList typeIds(const FakePortalState &state) {
    QStringList ids;
    for (const auto &t : state.objectTypes())
        ids.append(t.id);
    return ids;
}

// Every standard type and 10 custom objects: the 38-type portal of issue 13.
void seedLarge(FakePortalState &state) {
    state.setPortalId(7009999);
    seedStandard(state, false);
    addLargeCustomTypes(state, 10);
    state.setNextTypeId(100);
    QRandomGenerator rng(20260413);
    const QStringList ids = typeIds(state);
    auto coreOrCustom = [&state](const QString &id) {
        return FakeStandardTypes::isCore(id) || state.objectType(id)->custom;
    };
    int made = 0;
    for (qsizetype a = 0; a < ids.size(); ++a) {
        for (qsizetype b = 0; b < ids.size(); ++b) {
            const bool always = coreOrCustom(ids[a]) && coreOrCustom(ids[b]);
            if (always || rng.bounded(3) == 0)
                addLargeLabels(state, rng, ids[a], ids[b], u"rel_%1_%2"_s.arg(a).arg(b), &made);
        }
    }
}

// The benchmarks' shape before issue 13: the core four and N - 4 custom objects, every
// ordered pair labelled.
void seedCoreAndCustom(FakePortalState &state, int objectTypeCount) {
    state.setPortalId(7009999);
    seedStandard(state, true);
    addLargeCustomTypes(state, objectTypeCount - 4);
    state.setNextTypeId(100);
    QRandomGenerator rng(20240314);
    const QStringList ids = typeIds(state);
    int made = 0;
    for (qsizetype a = 0; a < ids.size(); ++a) {
        for (qsizetype b = 0; b < ids.size(); ++b)
            addLargeLabels(state, rng, ids[a], ids[b], u"rel_%1_%2"_s.arg(a).arg(b), &made);
    }
}

} // namespace

void seed(FakePortalState &state, Seed kind, int objectTypeCount) {
    state.clear();
    switch (kind) {
    case Seed::Empty:
        seedStandard(state, false);
        break;
    case Seed::Demo:
        seedDemo(state);
        break;
    case Seed::Large:
        if (objectTypeCount == kFullLargePortal)
            seedLarge(state);
        else
            seedCoreAndCustom(state, std::max(objectTypeCount, 4));
        break;
    }
}

} // namespace assoc::fake
