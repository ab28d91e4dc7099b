// SPDX-License-Identifier: MIT
#pragma once

#include "SchemaSource.h"
#include "api/ApiCall.h"
#include "core/PortalSchema.h"
#include "core/SchemaPlan.h"

#include <QPointer>
#include <QSet>
#include <QWidget>
#include <array>
#include <memory>
#include <optional>

class QCheckBox;
class QMessageBox;
class QPushButton;
class QTreeView;

namespace Ui {
class CompareWindow;
}

namespace assoc {
class ChangeJournal;
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

class ErrorPanel;
class SourceLoader;
class SourcePicker;

// Compares two schemas — the main window's portal, another profile or an exported file on
// either side — and shows what would make the target match the source as a tree of changes
// to check or uncheck, with each change's before and after. The checked changes can be applied
// to a target portal, with progress, Cancel and a result per change, and the plan saved for
// `assocctl apply --plan`. Non-modal: the main window stays usable meanwhile.
class CompareWindow : public QWidget {
    Q_OBJECT
public:
    enum class State {
        Idle,     // nothing compared yet, or the last comparison failed or was cancelled
        Loading,  // reading both sides
        Planned,  // a plan is shown (possibly "these schemas match")
        Applying, // the checked changes are being applied
        Applied,  // results are shown; Compare Again reads both sides anew
    };
    Q_ENUM(State)

    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    void setCurrentPortal(models::PortalSession *session);
    // Lists the saved profiles as sources and targets; both must outlive the window.
    void setProfiles(auth::ProfileStore *store, auth::SecretStore *secrets);
    // Where applied changes are recorded (the change history); may be null.
    void setJournal(ChangeJournal *journal);

    SchemaSource source() const;
    SchemaSource target() const;
    void setSource(const SchemaSource &source);
    void setTarget(const SchemaSource &target);

    // What the Compare button does: reads both sides and shows the plan.
    void compare();
    // Stops reading or applying; what was applied stays applied.
    void cancel();
    // Writes the checked changes as a plan document. False, with the reason shown, on failure.
    bool savePlanTo(const QString &path);

    State state() const { return m_state; }
    // The whole plan as compared (deletions only with "Include deletions").
    const SchemaPlan &plan() const { return m_plan; }
    models::PlanTreeModel *model() const { return m_model; }
    bool isShowingMatch() const;
    QString summaryText() const;
    QString errorText() const;

    QPushButton *compareButton() const;
    QPushButton *applyButton() const;
    QPushButton *cancelButton() const;
    QPushButton *savePlanButton() const;
    QPushButton *compareAgainButton() const;
    QCheckBox *includeDeletionsCheck() const;
    QTreeView *planView() const;

    // The question asked before applying: a window-modal QMessageBox with this object name,
    // opened (not exec()'d) so the window keeps running until it is answered.
    static QString confirmationName() { return QStringLiteral("applyConfirmation"); }

signals:
    void stateChanged(assoc::app::CompareWindow::State state);
    // A comparison ended with a plan shown (possibly an empty one).
    void compared();
    void applyFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setState(State state);
    void onSideLoaded(int side, const ApiResult<PortalSchema> &result, int run);
    void replan();
    void updateProgress();
    void updateButtons();
    void updateDetails();
    void updatePortalName();
    void showPlaceholder(const QString &text);
    void confirmApply();
    void startApply();
    void onApplied(const ApiResult<QList<ChangeOutcome>> &result);
    void askForPlanFile();

    std::unique_ptr<Ui::CompareWindow> m_ui;
    models::PlanTreeModel *m_model;
    SourcePicker *m_sourcePicker;
    SourcePicker *m_targetPicker;
    std::array<SourceLoader *, 2> m_loaders;
    std::array<QPointer<ApiCall>, 2> m_calls;
    std::array<std::optional<PortalSchema>, 2> m_schemas;
    std::array<QPair<int, int>, 2> m_progress;
    int m_run = 0; // answers of an earlier (cancelled) comparison are ignored

    QPointer<models::PortalSession> m_currentPortal;
    QPointer<auth::ProfileStore> m_profiles;
    ChangeJournal *m_journal = nullptr;

    SchemaPlan m_plan;
    int m_hiddenDeletions = 0;
    QSet<QString> m_applying; // the ids checked when Apply was confirmed
    QPointer<PlanApplier> m_applier;
    QPointer<ApiCall> m_applyCall;
    QPointer<QMessageBox> m_confirmation;
    State m_state = State::Idle;
};

} // namespace assoc::app
