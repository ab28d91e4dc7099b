// SPDX-License-Identifier: MIT
#include "LabelController.h"

#include "dialogs/DeleteLabelDialog.h"
#include "dialogs/LabelDialog.h"
#include "models/PortalSession.h"

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
// Sends the dialog's request when it is submitted; closes it or shows the error.
template <typename Dialog, typename Send> void wire(Dialog *dialog, Send send) {
    QObject::connect(dialog, &Dialog::submitRequested, dialog, [dialog, send] {
        dialog->setBusy(true);
        Call<Done> *call = send();
        if (!call) {
            dialog->setBusy(false);
            return;
        }
        call->then(dialog, [dialog](const ApiResult<Done> &r) {
            dialog->setBusy(false);
            if (r)
                dialog->accept();
            else
                dialog->showServerError(r.error());
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
    QPointer<PortalSession> session = m_session;
    wire(dialog, [dialog, session, pair]() -> Call<Done> * {
        return session ? session->createLabel(pair, dialog->createRequest()) : nullptr;
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
    QPointer<PortalSession> session = m_session;
    wire(dialog, [dialog, session, pair]() -> Call<Done> * {
        return session ? session->renameLabel(pair, dialog->updateRequest()) : nullptr;
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
    QPointer<PortalSession> session = m_session;
    const int typeId = label.typeId;
    wire(dialog, [session, pair, typeId]() -> Call<Done> * {
        return session ? session->deleteLabel(pair, typeId) : nullptr;
    });
    connect(dialog, &QDialog::accepted, this, [this, pair] { emit labelChanged(pair); });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace assoc::app
