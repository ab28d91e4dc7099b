// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "HubSpotClient.h"
#include "core/ChangeRecord.h"
#include "core/SchemaPlan.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace assoc {

// How one change of a plan ended.
struct ChangeOutcome {
    enum class Status { Applied, AlreadyInPlace, Failed, Skipped, Cancelled };
    QString changeId; // PlanChange::id()
    Status status = Status::Skipped;
    std::optional<ApiError> error; // Failed: HubSpot's message + correlationId inside
    QString detail;                // one line for the user, e.g. "created typeId 101 / 102"
};

struct ApplyRun;

// Applies a compare plan to the portal a client talks to, one change after another, reading
// what is there before each so that a change already in place is not made again: running the
// same plan twice, or again after an interruption, is safe (docs/compare-and-apply.md).
class PlanApplier : public QObject {
    Q_OBJECT
public:
    explicit PlanApplier(HubSpotClient *client, QObject *parent = nullptr);
    ~PlanApplier() override;

    // Optional: every change attempted is recorded (ChangeRecord with before/after, outcome,
    // correlationId).
    void setJournal(ChangeJournal *journal, const QString &profile, qint64 portalId,
                    ChangeRecord::Origin origin = ChangeRecord::Origin::Apply);
    // Applies the changes whose id() is in `selected` (all when empty), in plan order. Reads the
    // target's current state first (object types → ids by portable name, and the affected pairs)
    // so that a change already in place is reported AlreadyInPlace and not repeated. Deletions
    // are applied only if plan.allowDeletes. A limit whose label failed to be created is Skipped.
    // Progress: Call's progress(done,total). Ends with one outcome per change, in plan order.
    Call<QList<ChangeOutcome>> *apply(const SchemaPlan &plan, const QSet<QString> &selected = {});
    // Like apply, but writes nothing: each change ends AlreadyInPlace, Skipped, or Applied
    // meaning "would be applied" (detail says so).
    Call<QList<ChangeOutcome>> *dryRun(const SchemaPlan &plan, const QSet<QString> &selected = {});
    // Changes not started end Cancelled; the one in flight finishes.
    void cancel();
    bool isRunning() const;

signals:
    void changeFinished(int index, const assoc::ChangeOutcome &outcome);

private:
    Call<QList<ChangeOutcome>> *run(const SchemaPlan &plan, const QSet<QString> &selected,
                                    bool dryRun);
    void next();
    // False when the change ended at once (and has been concluded).
    bool startChange(int index);
    // `attempted`: the change as made, when a write was sent (it is journalled).
    void conclude(int index, const ChangeOutcome &outcome,
                  const std::optional<PlanChange> &attempted);
    void finishRun();
    void record(const ApplyRun &run, const PlanChange &change, const ChangeOutcome &outcome);

    HubSpotClient *m_client;
    ChangeJournal *m_journal = nullptr;
    QString m_profile;
    qint64 m_portalId = 0;
    ChangeRecord::Origin m_origin = ChangeRecord::Origin::Apply;
    std::shared_ptr<ApplyRun> m_run;
};

} // namespace assoc

Q_DECLARE_METATYPE(assoc::ChangeOutcome)
