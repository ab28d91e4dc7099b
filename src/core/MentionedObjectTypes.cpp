// SPDX-License-Identifier: MIT
#include "MentionedObjectTypes.h"

namespace assoc {

namespace {
// HubSpot-defined association types that involve a type other than the core four: a range of
// typeIds (both directions) and the non-core types of its pair. Notes §6 and HubSpot's Node SDK
// (src/enums/AssociationTypes.ts), as the fake portal's table lists them.
struct DefinedRange {
    int first;
    int last;
    const char *typeA;
    const char *typeB; // or nullptr
};
constexpr DefinedRange definedRanges[] = {
    {19, 20, "0-8", nullptr},     // deal ↔ line item
    {63, 64, "0-14", nullptr},    // deal ↔ quote
    {67, 68, "0-14", "0-8"},      // quote ↔ line item
    {69, 72, "0-14", nullptr},    // quote ↔ contact, company
    {81, 88, "0-18", nullptr},    // communication ↔ contact, ticket, deal, company
    {97, 100, "0-19", nullptr},   // contact, ticket ↔ feedback submission
    {181, 182, "0-48", nullptr},  // company ↔ call
    {185, 186, "0-49", nullptr},  // company ↔ email
    {187, 188, "0-47", nullptr},  // company ↔ meeting
    {189, 190, "0-46", nullptr},  // company ↔ note
    {191, 192, "0-27", nullptr},  // company ↔ task
    {193, 194, "0-48", nullptr},  // contact ↔ call
    {197, 198, "0-49", nullptr},  // contact ↔ email
    {199, 200, "0-47", nullptr},  // contact ↔ meeting
    {201, 202, "0-46", nullptr},  // contact ↔ note
    {203, 204, "0-27", nullptr},  // contact ↔ task
    {205, 206, "0-48", nullptr},  // deal ↔ call
    {209, 210, "0-49", nullptr},  // deal ↔ email
    {211, 212, "0-47", nullptr},  // deal ↔ meeting
    {213, 214, "0-46", nullptr},  // deal ↔ note
    {215, 216, "0-27", nullptr},  // deal ↔ task
    {217, 218, "0-14", "0-27"},   // quote ↔ task
    {219, 220, "0-48", nullptr},  // ticket ↔ call
    {223, 224, "0-49", nullptr},  // ticket ↔ email
    {225, 226, "0-47", nullptr},  // ticket ↔ meeting
    {227, 228, "0-46", nullptr},  // ticket ↔ note
    {229, 230, "0-27", nullptr},  // ticket ↔ task
    {399, 400, "0-48", "0-47"},   // call ↔ meeting
    {453, 460, "0-116", nullptr}, // postal mail ↔ contact, ticket, deal, company
};
} // namespace

QSet<QString> MentionedObjectTypes::ofHubSpotDefinedType(int typeId) {
    QSet<QString> out;
    for (const DefinedRange &r : definedRanges) {
        if (typeId < r.first || typeId > r.last)
            continue;
        out.insert(QLatin1String(r.typeA));
        if (r.typeB)
            out.insert(QLatin1String(r.typeB));
    }
    return out;
}

QSet<QString> MentionedObjectTypes::from(const QList<LabelUsage> &usage,
                                         const QList<AssociationLimit> &limits) {
    QSet<QString> out;
    for (const LabelUsage &u : usage) {
        if (!u.from.objectTypeId.isEmpty())
            out.insert(u.from.objectTypeId);
        if (!u.to.objectTypeId.isEmpty())
            out.insert(u.to.objectTypeId);
    }
    for (const AssociationLimit &l : limits) {
        if (l.hasLimit() && l.category.kind() == AssociationCategory::HubSpotDefined)
            out.unite(ofHubSpotDefinedType(l.typeId));
    }
    return out;
}

} // namespace assoc
