// SPDX-License-Identifier: MIT
#include "LabelController.h"

#include "BulkActionRunner.h"
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

namespace {
std::optional<AssociationLabel> inverseOf(const PortalSchema &schema, const ObjectTypePair &pair,
                                          const AssociationLabel &label) {
    const auto key = schema.inverseOf(pair, label.key());
    if (!key || (pair.isSameObject() && *key == label.key()))
        return std::nullopt;
    const PairSchema *reverse = schema.pair(pair.reversed());
    const AssociationLabel *inverse = reverse ? reverse->label(*key) : nullptr;
    return inverse ? std::optional<AssociationLabel>(*inverse) : std::nullopt;
}

// The label as the delete confirmation lists it, from what the window shows.
DeleteTarget deleteTargetOf(const PortalSchema &schema, const ObjectTypePair &pair,
                            const AssociationLabel &label) {
    const PairSchema *forward = schema.pair(pair);
    const PairSchema *reverse = schema.pair(pair.reversed());
    const auto inverse = inverseOf(schema, pair, label);
    return {label, forward ? forward->limitFor(label.key()) : std::nullopt, inverse,
            inverse && reverse ? reverse->limitFor(inverse->key()) : std::nullopt};
}

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

// A create or rename dialog on `pair` that knows the pair's labels (to refuse a name already
// taken), deleted once closed.
LabelDialog *labelDialog(LabelDialog::Mode mode, const PortalSession &session,
                         const ObjectTypePair &pair, QWidget *parent) {
    const PairSchema *schema = session.schema().pair(pair);
    auto *dialog = new LabelDialog(mode, session.typeName(pair.fromId), session.typeName(pair.toId),
                                   schema ? schema->labels : QList<AssociationLabel>(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}
} // namespace

void LabelController::create(const ObjectTypePair &pair) {
    if (!m_session)
        return;
    auto *dialog = labelDialog(LabelDialog::Mode::Create, *m_session, pair, m_parent);
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
    auto *dialog = labelDialog(LabelDialog::Mode::Rename, *m_session, pair, m_parent);
    dialog->setLabel(label, inverseOf(m_session->schema(), pair, label));
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

void LabelController::remove(const ObjectTypePair &pair, const QList<AssociationLabel> &labels) {
    if (!m_session)
        return;
    QList<DeleteTarget> targets;
    QList<models::WriteBatch::Item> items;
    for (const AssociationLabel &label : labels) {
        if (!label.category.isUserEditable())
            continue;
        targets.append(deleteTargetOf(m_session->schema(), pair, label));
        // The label, its other direction and their limits as the dialog lists them.
        items.append({pair, m_session->changeOf(PlanChange::Kind::DeleteLabel, pair, label.key())});
    }
    if (targets.isEmpty())
        return;
    auto *dialog = new DeleteLabelDialog(m_session->pairName(pair),
                                         m_session->pairName(pair.reversed()), targets, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PortalSession> session = m_session;
    new BulkActionRunner(dialog, m_session, items, {}, [session, dialog, pair, targets](int i) {
        // A label left undone is shown, and approved, as the portal holds it now.
        const LabelKey key = targets.at(i).label.key();
        const PairSchema *schema = session->schema().pair(pair);
        if (const AssociationLabel *now = schema ? schema->label(key) : nullptr)
            dialog->setTarget(i, deleteTargetOf(session->schema(), pair, *now));
        return session->changeOf(PlanChange::Kind::DeleteLabel, pair, key);
    });
    connect(dialog, &QDialog::accepted, this, [this, pair] { emit labelChanged(pair); });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace assoc::app
