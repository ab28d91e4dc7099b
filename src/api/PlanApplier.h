// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "ChangeOutcome.h"
#include "ChangeWriter.h"
#include "HubSpotClient.h"
#include "core/ChangeRecord.h"
#include "core/SchemaPlan.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

namespace assoc {

struct ApplyRun;

// Applies a compare plan to the portal a client talks to, one change after another through
// the ChangeWriter: each change is made only if the portal still holds what the plan was made
// against, and a change already in place is not made again, so running the same plan twice,
// or again after an interruption, is safe (docs/compare-and-apply.md). A plan is bound to the
// portal it was made for: one without a target portal id, or for another portal, changes
// nothing.
class PlanApplier : public QObject {
    Q_OBJECT
public:
    explicit PlanApplier(HubSpotClient *client, QObject *parent = nullptr);
    ~PlanApplier() override;

    // Optional: every change written, and every change refused because the portal had changed,
    // is recorded (ChangeRecord with before/after, outcome, correlationId).
    void setJournal(ChangeJournal *journal, const QString &profile, qint64 portalId,
                    ChangeRecord::Origin origin = ChangeRecord::Origin::Apply);
    // Applies the changes whose id() is in `selected` (all when empty), in plan order, after
    // checking that the client's portal is the plan's target (else the call fails with a
    // Validation error and nothing is written). Deletions are applied only if
    // plan.allowDeletes. A limit whose label failed to be created is Skipped.
    // Progress: Call's progress(done,total). Ends with one outcome per change, in plan order.
    Call<QList<ChangeOutcome>> *apply(const SchemaPlan &plan, const QSet<QString> &selected = {});
    // Like apply, but writes nothing: each change ends AlreadyInPlace, Conflict, Skipped, or
    // Applied meaning "would be applied".
    Call<QList<ChangeOutcome>> *dryRun(const SchemaPlan &plan, const QSet<QString> &selected = {});
    // Changes not started end Cancelled; the one in flight finishes.
    void cancel();
    bool isRunning() const;

signals:
    void changeFinished(int index, const assoc::ChangeOutcome &outcome);

private:
    Call<QList<ChangeOutcome>> *run(const SchemaPlan &plan, const QSet<QString> &selected,
                                    bool dryRun);
    void readTypes(const std::shared_ptr<ApplyRun> &run);
    void next();
    // False when the change ended at once (and has been concluded).
    bool startChange(int index);
    void conclude(int index, const ChangeOutcome &outcome);
    void finishRun();
    void abort(const std::shared_ptr<ApplyRun> &run, const ApiError &error);

    HubSpotClient *m_client;
    ChangeWriter *m_writer;
    ChangeRecord::Origin m_origin = ChangeRecord::Origin::Apply;
    std::shared_ptr<ApplyRun> m_run;
};

} // namespace assoc
