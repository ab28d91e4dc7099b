// SPDX-License-Identifier: MIT
#include "LimitController.h"

#include "dialogs/LimitDialog.h"
#include "models/PortalSession.h"

#include <functional>
#include <memory>

namespace assoc::app {

using models::PortalSession;

LimitController::LimitController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_parent(dialogParent) {}

void LimitController::edit(const ObjectTypePair &pair, const AssociationLabel &label) {
    if (!m_session)
        return;
    const PortalSchema &schema = m_session->schema();
    auto limitOf = [&schema](const ObjectTypePair &p, const LabelKey &key) -> std::optional<int> {
        const PairSchema *s = schema.pair(p);
        return s ? s->limitFor(key) : std::nullopt;
    };
    const LimitTarget forward{pair, m_session->pairName(pair), label, limitOf(pair, label.key())};
    std::optional<LimitTarget> inverse;
    if (const auto key = schema.inverseOf(pair, label.key());
        key && !(pair.isSameObject() && *key == label.key())) {
        const PairSchema *reverse = schema.pair(pair.reversed());
        if (const AssociationLabel *other = reverse ? reverse->label(*key) : nullptr)
            inverse = LimitTarget{pair.reversed(), m_session->pairName(pair.reversed()), *other,
                                  limitOf(pair.reversed(), *key)};
    }

    auto *dialog = new LimitDialog(forward, inverse, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LimitDialog::submitRequested, this, [this, dialog] { submit(dialog); });
    QPointer<PortalSession> session = m_session;
    connect(dialog, &LimitDialog::impactRequested, dialog,
            [dialog, session](const ObjectTypePair &p, int) {
                if (!session)
                    return;
                session->recordLimitReport(p)->then(
                    dialog, [dialog, p](const ApiResult<RecordLimitReport> &r) {
                        if (r)
                            dialog->setImpact(p, r.value());
                        else
                            dialog->setImpactUnavailable(p, r.error().userMessage());
                    });
            });
    dialog->open();
    emit dialogOpened(dialog);
}

void LimitController::submit(LimitDialog *dialog) {
    if (!m_session)
        return;
    // One write per changed direction, one after the other; the first failure stops.
    struct Step {
        ObjectTypePair pair;
        LabelKey key;
        std::optional<int> value;
    };
    auto steps = std::make_shared<QList<Step>>();
    for (const bool inverse : {false, true}) {
        if ((inverse && !dialog->hasInverse()) || !dialog->changed(inverse))
            continue;
        const LimitTarget &t = dialog->target(inverse);
        steps->append({t.pair, t.label.key(), dialog->value(inverse)});
    }
    if (steps->isEmpty()) {
        dialog->accept();
        return;
    }
    dialog->setBusy(true);
    QPointer<PortalSession> session = m_session;
    // The step function holds itself only weakly; the pending request's handler keeps it alive.
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = next;
    *next = [dialog, session, steps, weak] {
        if (steps->isEmpty() || !session) {
            dialog->setBusy(false);
            dialog->accept();
            return;
        }
        const Step step = steps->takeFirst();
        Call<Done> *call =
            step.value
                ? session->setLimit(step.pair, {step.key.category, step.key.typeId, *step.value})
                : session->removeLimit(step.pair, step.key);
        call->then(dialog, [dialog, self = weak.lock()](const ApiResult<Done> &r) {
            if (r) {
                (*self)();
                return;
            }
            dialog->setBusy(false);
            dialog->showServerError(r.error());
        });
    };
    (*next)();
}

void LimitController::remove(const ObjectTypePair &pair, const AssociationLabel &label) {
    if (!m_session)
        return;
    m_session->removeLimit(pair, label.key())->then(this, [this](const ApiResult<Done> &r) {
        if (!r)
            emit errorOccurred(r.error());
    });
}

} // namespace assoc::app
