// SPDX-License-Identifier: MIT
#include "LabelDialog.h"

#include "DialogSupport.h"
#include "core/Validation.h"
#include "ui_LabelDialog.h"

#include <QKeyEvent>
#include <QPushButton>

namespace assoc::app {

using dialogs::messagesFor;
using dialogs::prepareFieldMessage;
using dialogs::setFieldMessage;

LabelDialog::LabelDialog(Mode mode, const QString &fromName, const QString &toName,
                         const QList<AssociationLabel> &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LabelDialog>())
    , m_mode(mode)
    , m_fromName(fromName)
    , m_toName(toName)
    , m_existing(existing) {
    m_ui->setupUi(this);
    for (QLabel *label : {m_ui->labelError, m_ui->inverseError, m_ui->nameError})
        prepareFieldMessage(label);
    m_ui->pairTitle->setText(tr("%1 → %2").arg(fromName, toName));
    QFont titleFont = m_ui->pairTitle->font();
    titleFont.setBold(true);
    m_ui->pairTitle->setFont(titleFont);
    m_ui->labelEdit->setMaxLength(Validation::MaxLabelLength * 2);
    m_ui->inverseEdit->setMaxLength(Validation::MaxLabelLength * 2);
    m_ui->nameEdit->setMaxLength(Validation::MaxNameLength * 2);

    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    if (mode == Mode::Create) {
        setWindowTitle(tr("New Association Label"));
        ok->setText(tr("Create"));
        ok->setToolTip(tr("Create the label in HubSpot."));
    } else {
        setWindowTitle(tr("Rename Association Label"));
        ok->setText(tr("Rename"));
        ok->setToolTip(tr("Rename the label in HubSpot."));
        for (QWidget *w :
             {static_cast<QWidget *>(m_ui->nameLabel), static_cast<QWidget *>(m_ui->nameEdit)})
            w->setVisible(false);
        m_ui->nameEdit->setReadOnly(true);
        m_ui->kindGroup->setEnabled(false);
        m_ui->kindGroup->setToolTip(
            tr("A label stays single or paired; create a new label to change that."));
    }
    ok->setDefault(true);
    m_busyState.setInputs({m_ui->kindGroup, m_ui->labelEdit, m_ui->inverseEdit, m_ui->nameEdit});
    m_busyState.setIndicator(m_ui->busyBar);
    m_busyState.setUpdate([this] {
        if (isBusy())
            m_ui->errorPanel->clear();
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && !isBusy());
    });

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LabelDialog::submit);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->pairedRadio, &QRadioButton::toggled, this, [this] {
        updateKind();
        deriveName();
        revalidate();
    });
    connect(m_ui->labelEdit, &QLineEdit::textEdited, this, [this] { m_labelTouched = true; });
    connect(m_ui->inverseEdit, &QLineEdit::textEdited, this, [this] { m_inverseTouched = true; });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_nameTouched = true;
        // Editing the name by hand stops it following the label; clearing it resumes that.
        m_nameFollows = text.isEmpty();
    });
    for (QLineEdit *edit : {m_ui->labelEdit, m_ui->inverseEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            deriveName();
            revalidate();
        });
    }
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &LabelDialog::revalidate);

    updateKind();
    revalidate();
    m_ui->labelEdit->setFocus();
}

LabelDialog::~LabelDialog() = default;

void LabelDialog::setLabel(const AssociationLabel &forward,
                           const std::optional<AssociationLabel> &inverse) {
    m_forward = forward;
    m_inverse = inverse;
    {
        const QSignalBlocker blocker(m_ui->pairedRadio);
        m_ui->pairedRadio->setChecked(inverse.has_value());
        m_ui->singleRadio->setChecked(!inverse.has_value());
    }
    m_ui->labelEdit->setText(forward.label.value_or(QString()));
    m_ui->inverseEdit->setText(inverse ? inverse->label.value_or(QString()) : QString());
    updateKind();
    revalidate();
    m_ui->labelEdit->selectAll();
}

bool LabelDialog::isPaired() const {
    return m_ui->pairedRadio->isChecked();
}

LabelCreateRequest LabelDialog::createRequest() const {
    LabelCreateRequest request;
    request.name = m_ui->nameEdit->text().trimmed();
    request.label = m_ui->labelEdit->text().trimmed();
    if (isPaired())
        request.inverseLabel = m_ui->inverseEdit->text().trimmed();
    return request;
}

LabelUpdateRequest LabelDialog::updateRequest() const {
    LabelUpdateRequest request;
    request.associationTypeId = m_forward.typeId;
    request.label = m_ui->labelEdit->text().trimmed();
    if (isPaired())
        request.inverseLabel = m_ui->inverseEdit->text().trimmed();
    return request;
}

void LabelDialog::updateKind() {
    const bool paired = isPaired();
    if (paired) {
        m_ui->labelLabel->setText(tr("&Label from %1 to %2:").arg(m_fromName, m_toName));
        m_ui->inverseLabelLabel->setText(tr("Label f&rom %1 to %2:").arg(m_toName, m_fromName));
        m_ui->labelEdit->setAccessibleName(tr("Label from %1 to %2").arg(m_fromName, m_toName));
        m_ui->inverseEdit->setAccessibleName(tr("Label from %1 to %2").arg(m_toName, m_fromName));
    } else {
        m_ui->labelLabel->setText(tr("&Label (both ways):"));
        m_ui->labelEdit->setAccessibleName(tr("Label, both ways"));
    }
    m_ui->inverseLabelLabel->setVisible(paired);
    m_ui->inverseEdit->setVisible(paired);
    if (!paired)
        m_ui->inverseError->setVisible(false);
    dialogs::fitHeightToContents(this);
}

void LabelDialog::deriveName() {
    if (m_mode != Mode::Create || !m_nameFollows)
        return;
    const QString inverse = isPaired() ? m_ui->inverseEdit->text() : QString();
    const QString suggested = Validation::suggestName(m_ui->labelEdit->text(), inverse);
    if (m_ui->nameEdit->text() != suggested)
        m_ui->nameEdit->setText(suggested);
}

void LabelDialog::revalidate() {
    QList<ValidationIssue> issues;
    bool changed = true;
    if (m_mode == Mode::Create) {
        issues = Validation::checkCreate(createRequest(), m_existing);
    } else {
        const LabelUpdateRequest request = updateRequest();
        issues = Validation::checkRename(request, m_existing);
        changed = request.label != m_forward.label.value_or(QString()) ||
                  (m_inverse && request.inverseLabel != m_inverse->label.value_or(QString()));
    }
    // Fields the user has not reached yet stay quiet while empty; OK stays disabled anyway.
    const bool showLabel = m_labelTouched || !m_ui->labelEdit->text().isEmpty();
    const bool showInverse =
        isPaired() && (m_inverseTouched || !m_ui->inverseEdit->text().isEmpty());
    const bool showName = m_mode == Mode::Create &&
                          (m_nameTouched || m_labelTouched || !m_ui->nameEdit->text().isEmpty());
    setFieldMessage(m_ui->labelError,
                    showLabel ? messagesFor(issues, ValidationIssue::Label) : QString());
    setFieldMessage(m_ui->inverseError,
                    showInverse ? messagesFor(issues, ValidationIssue::InverseLabel) : QString());
    setFieldMessage(m_ui->nameError,
                    showName ? messagesFor(issues, ValidationIssue::Name) : QString());

    m_valid = issues.isEmpty() && changed;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && !isBusy());
    updatePreview();
}

void LabelDialog::updatePreview() {
    auto shown = [](const QString &text) {
        const QString t = text.trimmed();
        return t.isEmpty() ? tr("…") : t;
    };
    const QString forward = shown(m_ui->labelEdit->text());
    const QString inverse = isPaired() ? shown(m_ui->inverseEdit->text()) : forward;
    m_ui->previewLabel->setText(
        tr("%1 → %2: %3 · %2 → %1: %4").arg(m_fromName, m_toName, forward, inverse));
}

void LabelDialog::submit() {
    if (isBusy())
        return;
    m_labelTouched = m_inverseTouched = m_nameTouched = true;
    revalidate();
    if (!m_valid)
        return;
    emit submitRequested();
}

void LabelDialog::keyPressEvent(QKeyEvent *event) {
    // Enter while OK is disabled: say what is missing instead of doing nothing.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !isBusy() && !m_valid) {
        submit();
        dialogs::focusFirstFieldWithMessage({{m_ui->labelError, m_ui->labelEdit},
                                             {m_ui->inverseError, m_ui->inverseEdit},
                                             {m_ui->nameError, m_ui->nameEdit}});
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LabelDialog::setBusy(bool busy) {
    m_busyState.setBusy(busy);
}

void LabelDialog::showServerError(const ApiError &error) {
    setBusy(false);
    m_ui->errorPanel->showError(error);
    m_ui->labelEdit->setFocus();
}

} // namespace assoc::app
