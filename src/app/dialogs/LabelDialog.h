// SPDX-License-Identifier: MIT
#pragma once

#include "DialogBusyState.h"
#include "api/ApiError.h"
#include "core/AssociationLabel.h"
#include "core/LabelRequests.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

namespace Ui {
class LabelDialog;
}

namespace assoc::app {

// Create or rename a label on one ordered pair. The dialog never talks to HubSpot: OK emits
// submitRequested() once the input passes the inline checks; the owner sends the request and
// then calls accept() or showServerError().
class LabelDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Rename };

    // fromName/toName: display names like "Contacts", "Companies"; existing: the forward
    // direction's labels (for duplicate checks).
    LabelDialog(Mode mode, const QString &fromName, const QString &toName,
                const QList<AssociationLabel> &existing, QWidget *parent = nullptr);
    ~LabelDialog() override;

    Mode mode() const { return m_mode; }

    // Rename mode: the label being renamed and, for a paired label, its inverse (other
    // direction). With an inverse the dialog edits both texts.
    void setLabel(const AssociationLabel &forward, const std::optional<AssociationLabel> &inverse);

    LabelCreateRequest createRequest() const; // Create mode
    LabelUpdateRequest updateRequest() const; // Rename mode

    // Stays open with the input intact, shows HubSpot's message and correlation id, re-enables
    // the input.
    void showServerError(const ApiError &error);
    // While the request runs: inputs disabled, OK disabled, a busy indicator.
    void setBusy(bool busy);
    bool isBusy() const { return m_busyState.isBusy(); }

    // Whether the input passes the inline checks (OK is enabled when it does and not busy).
    bool isInputValid() const { return m_valid; }
    // Whether the internal name still follows the label text.
    bool nameFollowsLabel() const { return m_nameFollows; }

signals:
    // OK pressed and inline validation passed.
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool isPaired() const;
    void updateKind();
    void deriveName();
    void revalidate();
    void updatePreview();
    void submit();

    std::unique_ptr<Ui::LabelDialog> m_ui;
    Mode m_mode;
    QString m_fromName;
    QString m_toName;
    QList<AssociationLabel> m_existing;
    AssociationLabel m_forward;
    std::optional<AssociationLabel> m_inverse;
    bool m_nameFollows = true;
    bool m_labelTouched = false;
    bool m_inverseTouched = false;
    bool m_nameTouched = false;
    bool m_valid = false;
    DialogBusyState m_busyState{this};
};

} // namespace assoc::app
