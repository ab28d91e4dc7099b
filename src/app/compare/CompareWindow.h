// SPDX-License-Identifier: MIT
#pragma once

#include "SchemaSource.h"
#include "api/ApiError.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QMessageBox;

namespace Ui {
class CompareWindow;
}

namespace assoc {
class ChangeJournal;
}
namespace assoc::auth {
class ProfileStore;
class SecretStore;
} // namespace assoc::auth
namespace assoc::models {
class PortalSession;
} // namespace assoc::models

namespace assoc::app {

class CompareSession;
class SourcePicker;

// Compares two schemas — the main window's portal, another profile or an exported file on
// either side — and shows what would make the target match the source as a tree of changes
// to check or uncheck, with each change's before and after. The checked changes can be applied
// to a target portal, with progress, Cancel and a result per change, and the plan saved for
// `assocctl apply --plan`. Non-modal: the main window stays usable meanwhile.
class CompareWindow : public QWidget {
    Q_OBJECT
public:
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

    // What the window shows and does, without its looks.
    CompareSession *session() const { return m_session; }

    // The question asked before applying: a window-modal QMessageBox with this object name,
    // opened (not exec()'d) so the window keeps running until it is answered.
    static QString confirmationName() { return QStringLiteral("applyConfirmation"); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onStateChanged();
    void onCompared();
    void onCompareFailed(const ApiError &error);
    void onApplyFinished(const std::optional<ApiError> &error);
    void updateButtons();
    void updateDetails();
    void updatePortalName();
    void showPlaceholder(const QString &text);
    void confirmApply();
    void startApply();
    void askForPlanFile();

    std::unique_ptr<Ui::CompareWindow> m_ui;
    CompareSession *m_session;
    SourcePicker *m_sourcePicker;
    SourcePicker *m_targetPicker;
    QPointer<models::PortalSession> m_currentPortal;
    QPointer<auth::ProfileStore> m_profiles;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace assoc::app
