// SPDX-License-Identifier: MIT
#include "LimitController.h"

#include "DialogConflict.h"
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
    // One write per changed direction, one after the other; the first that is not made stops.
    struct Step {
        bool inverse;
        ObjectTypePair pair;
        PlanChange change;
    };
    auto steps = std::make_shared<QList<Step>>();
    for (const bool inverse : {false, true}) {
        if ((inverse && !dialog->hasInverse()) || !dialog->changed(inverse))
            continue;
        const LimitTarget &t = dialog->target(inverse);
        const std::optional<int> value = dialog->value(inverse);
        PlanChange c =
            m_session->changeOf(value ? PlanChange::Kind::SetLimit : PlanChange::Kind::RemoveLimit,
                                t.pair, t.label.key());
        // Approved against the limit the dialog shows, and the label as the dialog names it.
        c.labelText = t.label.label.value_or(QString());
        c.limitBefore = t.current;
        c.limitAfter = value;
        steps->append({inverse, t.pair, c});
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
        session->write(step.pair, step.change)
            ->then(dialog, [dialog, step, self = weak.lock()](const ApiResult<ChangeOutcome> &r) {
                if (r && r.value().succeeded()) {
                    (*self)();
                    return;
                }
                dialog->setBusy(false);
                if (!r)
                    return dialog->showServerError(r.error());
                const ChangeOutcome &o = r.value();
                if (o.status == ChangeOutcome::Status::Conflict) {
                    // What the portal holds now is what confirming again is approved against.
                    dialog->setCurrent(step.inverse, o.change.limitBefore);
                    return dialog->showServerError(dialogConflict(o));
                }
                dialog->showServerError(o.error.value_or(ApiError::validation(o.detail)));
            });
    };
    (*next)();
}

void LimitController::remove(const ObjectTypePair &pair, const AssociationLabel &label) {
    if (!m_session)
        return;
    PlanChange change = m_session->changeOf(PlanChange::Kind::RemoveLimit, pair, label.key());
    m_session->write(pair, change)->then(this, [this](const ApiResult<ChangeOutcome> &r) {
        if (!r)
            return emit errorOccurred(r.error());
        if (!r.value().succeeded())
            emit errorOccurred(r.value().error.value_or(ApiError::validation(r.value().detail)));
    });
}

} // namespace assoc::app
