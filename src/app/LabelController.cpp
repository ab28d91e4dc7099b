// SPDX-License-Identifier: MIT
#include "LabelController.h"

#include "DialogConflict.h"
#include "dialogs/DeleteLabelDialog.h"
#include "dialogs/LabelDialog.h"
#include "models/PortalSession.h"

#include <functional>
#include <memory>

namespace assoc::app {

using models::PortalSession;

LabelController::LabelController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_parent(dialogParent) {}

std::optional<AssociationLabel> LabelController::inverseOf(const ObjectTypePair &pair,
                                                           const AssociationLabel &label) const {
    const PortalSchema &schema = m_session->schema();
    const auto key = schema.inverseOf(pair, label.key());
    if (!key || (pair.isSameObject() && *key == label.key()))
        return std::nullopt;
    const PairSchema *reverse = schema.pair(pair.reversed());
    const AssociationLabel *inverse = reverse ? reverse->label(*key) : nullptr;
    return inverse ? std::optional<AssociationLabel>(*inverse) : std::nullopt;
}

namespace {
// Sends the dialog's change when it is submitted; closes the dialog once it is made, or shows
// why not. `change` gives the change as approved now; after a conflict, `rebase` takes what the
// portal holds now as what a second confirmation is approved against.
template <typename Dialog, typename Change>
void wire(Dialog *dialog, QPointer<PortalSession> session, const ObjectTypePair &pair,
          Change change, std::function<void(const PlanChange &found)> rebase = {}) {
    QObject::connect(
        dialog, &Dialog::submitRequested, dialog, [dialog, session, pair, change, rebase] {
            if (!session)
                return;
            dialog->setBusy(true);
            session->write(pair, change())
                ->then(dialog, [dialog, rebase](const ApiResult<ChangeOutcome> &r) {
                    dialog->setBusy(false);
                    if (!r)
                        return dialog->showServerError(r.error());
                    const ChangeOutcome &o = r.value();
                    if (o.succeeded())
                        return dialog->accept();
                    if (o.status == ChangeOutcome::Status::Conflict) {
                        if (rebase)
                            rebase(o.change);
                        return dialog->showServerError(dialogConflict(o));
                    }
                    dialog->showServerError(o.error.value_or(ApiError::validation(o.detail)));
                });
        });
}
} // namespace

void LabelController::create(const ObjectTypePair &pair) {
    if (!m_session)
        return;
    const PairSchema *schema = m_session->schema().pair(pair);
    auto *dialog = new LabelDialog(LabelDialog::Mode::Create, m_session->typeName(pair.fromId),
                                   m_session->typeName(pair.toId),
                                   schema ? schema->labels : QList<AssociationLabel>(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const PlanChange base = m_session->changeOf(PlanChange::Kind::CreateLabel, pair,
                                                {AssociationCategory::UserDefined, 0});
    wire(dialog, m_session, pair, [dialog, base] {
        const LabelCreateRequest request = dialog->createRequest();
        PlanChange c = base;
        c.name = request.name;
        c.labelText = request.label;
        c.labelBefore.clear();
        c.inverseLabel = request.isPaired() ? request.inverseLabel : std::nullopt;
        return c;
    });
    connect(dialog, &QDialog::accepted, this, [this, pair] { emit labelChanged(pair); });
    dialog->open();
    emit dialogOpened(dialog);
}

void LabelController::rename(const ObjectTypePair &pair, const AssociationLabel &label) {
    if (!m_session || !label.category.isUserEditable())
        return;
    const PairSchema *schema = m_session->schema().pair(pair);
    auto *dialog = new LabelDialog(LabelDialog::Mode::Rename, m_session->typeName(pair.fromId),
                                   m_session->typeName(pair.toId),
                                   schema ? schema->labels : QList<AssociationLabel>(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLabel(label, inverseOf(pair, label));
    // What the person sees when the dialog opens is what the rename is approved against.
    auto base = std::make_shared<PlanChange>(
        m_session->changeOf(PlanChange::Kind::RenameLabel, pair, label.key()));
    wire(
        dialog, m_session, pair,
        [dialog, base] {
            const LabelUpdateRequest request = dialog->updateRequest();
            PlanChange c = *base;
            c.labelText = request.label;
            c.inverseLabel = request.inverseLabel;
            return c;
        },
        [base](const PlanChange &found) {
            base->labelBefore = found.labelBefore;
            base->inverseLabelBefore = found.inverseLabelBefore;
        });
    connect(dialog, &QDialog::accepted, this, [this, pair] { emit labelChanged(pair); });
    dialog->open();
    emit dialogOpened(dialog);
}

void LabelController::remove(const ObjectTypePair &pair, const AssociationLabel &label) {
    if (!m_session || !label.category.isUserEditable())
        return;
    const PortalSchema &schema = m_session->schema();
    const auto inverse = inverseOf(pair, label);
    const PairSchema *forwardSchema = schema.pair(pair);
    const PairSchema *reverseSchema = schema.pair(pair.reversed());
    auto *dialog = new DeleteLabelDialog(
        m_session->pairName(pair), label,
        forwardSchema ? forwardSchema->limitFor(label.key()) : std::nullopt,
        m_session->pairName(pair.reversed()), inverse,
        inverse && reverseSchema ? reverseSchema->limitFor(inverse->key()) : std::nullopt,
        m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The label, its other direction and their limits as the dialog lists them.
    auto base = std::make_shared<PlanChange>(
        m_session->changeOf(PlanChange::Kind::DeleteLabel, pair, label.key()));
    wire(
        dialog, m_session, pair, [base] { return *base; },
        [base](const PlanChange &found) {
            const PlanChange::Kind kind = base->kind;
            *base = found;
            base->kind = kind;
            base->labelText = found.labelBefore;
        });
    connect(dialog, &QDialog::accepted, this, [this, pair] { emit labelChanged(pair); });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace assoc::app
