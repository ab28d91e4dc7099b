// SPDX-License-Identifier: MIT
#pragma once

#include "SchemaSource.h"
#include "api/ApiCall.h"
#include "core/Expected.h"
#include "core/PortalSchema.h"
#include "core/SchemaPlan.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <array>
#include <optional>

namespace assoc {
class ChangeJournal;
class HubSpotClient;
class PlanApplier;
struct ChangeOutcome;
} // namespace assoc
namespace assoc::auth {
class ProfileStore;
class SecretStore;
} // namespace assoc::auth
namespace assoc::models {
class PlanTreeModel;
class PortalSession;
} // namespace assoc::models

namespace assoc::app {

class SourceLoader;

// What the Compare window shows and does, without a widget: reads two schemas (source and
// target), plans what would make the target match the source, keeps which changes are checked
// (in its PlanTreeModel), applies the checked ones to the target portal with a result for each,
// and saves them as a plan file. The window presents it; tests drive it directly.
class CompareSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,     // nothing compared yet, or the last comparison failed or was cancelled
        Loading,  // reading both sides
        Planned,  // a plan is shown (possibly "these schemas match")
        Applying, // the checked changes are being applied
        Applied,  // results are shown; comparing again reads both sides anew
    };
    Q_ENUM(State)

    // How the checked changes of the last apply ended.
    struct Tally {
        int applied = 0;
        int alreadyInPlace = 0;
        int failed = 0;
        int conflicts = 0;
        int notApplied = 0; // cancelled or skipped
        // "2 change(s) applied, 1 failed", for the window's summary.
        QString text() const;
    };

    explicit CompareSession(QObject *parent = nullptr);
    ~CompareSession() override;

    void setCurrentPortal(models::PortalSession *session);
    // Where profiles are read from; both must outlive the session.
    void setProfiles(auth::ProfileStore *store, auth::SecretStore *secrets);
    // Where applied changes are recorded (the change history); may be null.
    void setJournal(ChangeJournal *journal);

    // Reads both sides, then plans. False (and nothing started) while reading or applying.
    bool compare(const SchemaSource &source, const SchemaSource &target);
    // Stops reading or applying; what was applied stays applied.
    void cancel();
    // Whether the plan lists deletions (unchecked); a shown plan is made again.
    void setIncludeDeletions(bool include);
    bool includeDeletions() const { return m_includeDeletions; }

    // Why the checked changes cannot be applied now, for the user; empty when they can.
    QString applyBlocker() const;
    // Applies the checked changes to the target portal. False, with nothing started, when
    // applyBlocker() says why not.
    bool apply();
    // The checked changes, in plan order.
    QList<PlanChange> checkedChanges() const;
    // Writes the checked changes as a plan document; their number, or why it failed.
    Expected<int, QString> savePlan(const QString &path) const;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Loading || m_state == State::Applying; }
    // The whole plan as compared (deletions only with includeDeletions()).
    const SchemaPlan &plan() const { return m_plan; }
    // Deletions the plan leaves out because includeDeletions() is off.
    int hiddenDeletions() const { return m_hiddenDeletions; }
    models::PlanTreeModel *model() const { return m_model; }
    const Tally &lastApply() const { return m_tally; }

signals:
    void stateChanged(assoc::app::CompareSession::State state);
    // Reading (both sides together) or applying moved on; total 0 while not yet known.
    void progress(int done, int total);
    // A comparison ended without a plan: why, with the side in the operation ("Source: …"); a
    // cancelled one ends with an error of kind Canceled.
    void compareFailed(const assoc::ApiError &error);
    // A comparison ended with a plan (possibly an empty one).
    void compared();
    // An apply ended; `error` is set when it could not run at all (the tally then is empty).
    void applyFinished(const std::optional<assoc::ApiError> &error);

private:
    void setState(State state);
    void onSideLoaded(int side, const ApiResult<PortalSchema> &result, int run);
    void replan();
    void emitLoadProgress();
    void onApplied(const ApiResult<QList<ChangeOutcome>> &result);

    models::PlanTreeModel *m_model;
    std::array<SourceLoader *, 2> m_loaders;
    std::array<QPointer<ApiCall>, 2> m_calls;
    std::array<std::optional<PortalSchema>, 2> m_schemas;
    std::array<QPair<int, int>, 2> m_progress;
    int m_run = 0; // answers of an earlier (cancelled) comparison are ignored
    SchemaSource m_target;

    QPointer<models::PortalSession> m_currentPortal;
    ChangeJournal *m_journal = nullptr;

    SchemaPlan m_plan;
    bool m_includeDeletions = false;
    int m_hiddenDeletions = 0;
    QSet<QString> m_applying; // the ids checked when the apply started
    QPointer<PlanApplier> m_applier;
    Tally m_tally;
    State m_state = State::Idle;
};

} // namespace assoc::app
