// SPDX-License-Identifier: MIT
#pragma once

#include "FakeObjectType.h"

#include <QList>

namespace assoc::fake {

// HubSpot's standard object types (API notes §6) as a fake portal has them: id, API names,
// labels and the read scope HubSpot names when a token lacks it.
class FakeStandardTypes {
public:
    static const QList<FakeObjectType> &all();
    static const FakeObjectType *find(const QString &id);
    // contacts, companies, deals and tickets: what a client reads when told nothing else.
    static bool isCore(const QString &id);
};

} // namespace assoc::fake
