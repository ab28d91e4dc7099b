// SPDX-License-Identifier: MIT
#pragma once

// What the Compare suites (the window and the session without it) share: a copy of the demo
// portal edited into a target that differs from the demo in one way of each kind, and a stand-in
// for the change history.

#include "core/ChangeRecord.h"
#include "fakehubspot/FakeConfig.h"
#include "fakehubspot/FakePortalState.h"

#include <QList>
#include <QString>
#include <QTest>

namespace assoc::test {

inline const QString kContact = QStringLiteral("0-1");
inline const QString kCompany = QStringLiteral("0-2");
inline const QString kDeal = QStringLiteral("0-3");
inline const QString kUser = QStringLiteral("USER_DEFINED");

// The portal's own label `text` from `from` to `to`, or null.
inline const fake::FakeAssociationType *findLabel(fake::FakePortalState &state, const QString &from,
                                                  const QString &to, const QString &text) {
    for (const fake::FakeAssociationType &t : state.associationTypes()) {
        if (t.fromId == from && t.toId == to && t.isUserLabel() && t.label == text)
            return &t;
    }
    return nullptr;
}

// Edits `t`, seeded like the demo portal, into the comparison's target. Fails the running test
// when an edit is refused: callers check QTest::currentTestFailed() after it.
inline void editIntoCompareTarget(fake::FakePortalState &t, const fake::FakeConfig &config) {
    t.setPortalId(7009999);
    t.setNextTypeId(500); // labels created in the target get ids the source never had
    // Missing: "Decision maker" (deals → contacts) and its limit of 5.
    const auto *decision = findLabel(t, kDeal, kContact, QStringLiteral("Decision maker"));
    QVERIFY(decision);
    QVERIFY(!t.deleteLabel(kDeal, kContact, decision->typeId, config));
    // Renamed: "Partner" (companies → companies) is "Ally" here.
    const auto *partner = findLabel(t, kCompany, kCompany, QStringLiteral("Partner"));
    QVERIFY(partner);
    QVERIFY(!t.renameLabel(kCompany, kCompany, partner->typeId, QStringLiteral("Ally"), QString(),
                           config));
    // Different limit: "Billing contact" allows 4 instead of 2.
    const auto *billing = findLabel(t, kContact, kCompany, QStringLiteral("Billing contact"));
    QVERIFY(billing);
    QVERIFY(!t.updateLimit(kContact, kCompany, kUser, billing->typeId, 4, config));
    // Extra: a label only the target has, which only "Include deletions" lists.
    QVERIFY(!t.createLabel(kContact, kDeal, QStringLiteral("extra_label"), QStringLiteral("Extra"),
                           QString(), config));
}

// Stands in for the change history.
struct RecordingJournal : ChangeJournal {
    QList<ChangeRecord> records;
    void record(const ChangeRecord &record) override { records.append(record); }
};

} // namespace assoc::test
