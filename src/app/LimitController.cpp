// SPDX-License-Identifier: MIT
#include "LimitController.h"

#include "BulkActionRunner.h"
#include "DialogConflict.h"
#include "dialogs/BulkLimitDialog.h"
#include "dialogs/LimitDialog.h"
#include "models/PortalSession.h"
#include "models/WriteBatch.h"

namespace assoc::app {

using models::PortalSession;
using models::WriteBatch;

namespace {
std::optional<int> limitOf(const PortalSchema &schema, const ObjectTypePair &pair,
                           const LabelKey &key) {
    const PairSchema *s = schema.pair(pair);
    return s ? s->limitFor(key) : std::nullopt;
}

// Asks the limits-tracking API for the records of `pair` at or near their limit and shows them
// in `dialog` (a LimitDialog or a BulkLimitDialog).
template <typename Dialog>
void fetchImpact(Dialog *dialog, QPointer<PortalSession> session, const ObjectTypePair &pair) {
    if (!session)
        return;
    session->recordLimitReport(pair)->then(
        dialog, [dialog, pair](const ApiResult<RecordLimitReport> &r) {
            if (r)
                dialog->setImpact(pair, r.value());
            else
                dialog->setImpactUnavailable(pair, r.error().userMessage());
        });
}
} // namespace

LimitController::LimitController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_parent(dialogParent) {}

void LimitController::edit(const ObjectTypePair &pair, const QList<AssociationLabel> &labels) {
    if (!m_session || labels.isEmpty())
        return;
    if (labels.size() == 1)
        return editOne(pair, labels.first());
    const PortalSchema &schema = m_session->schema();
    QList<LimitTarget> targets;
    QList<WriteBatch::Item> items;
    for (const AssociationLabel &label : labels) {
        const std::optional<int> current = limitOf(schema, pair, label.key());
        targets.append({pair, m_session->pairName(pair), label, current});
        // Approved against the limit the dialog lists; the kind follows the value chosen.
        PlanChange c = m_session->changeOf(PlanChange::Kind::SetLimit, pair, label.key());
        c.limitBefore = current;
        items.append({pair, c});
    }
    auto *dialog = new BulkLimitDialog(BulkLimitDialog::Purpose::SetLimit, targets, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PortalSession> session = m_session;
    new BulkActionRunner(
        dialog, m_session, items, [dialog](PlanChange &c) { c.limitAfter = dialog->value(); },
        [session, dialog, pair, targets](int i) {
            LimitTarget now = targets.at(i);
            now.current = limitOf(session->schema(), pair, now.label.key());
            dialog->setTarget(i, now);
            PlanChange c = session->changeOf(PlanChange::Kind::SetLimit, pair, now.label.key());
            c.limitBefore = now.current;
            return c;
        });
    connect(dialog, &BulkLimitDialog::impactRequested, dialog,
            [dialog, session](const ObjectTypePair &p, int) { fetchImpact(dialog, session, p); });
    dialog->open();
    emit dialogOpened(dialog);
}

void LimitController::editOne(const ObjectTypePair &pair, const AssociationLabel &label) {
    const PortalSchema &schema = m_session->schema();
    const LimitTarget forward{pair, m_session->pairName(pair), label,
                              limitOf(schema, pair, label.key())};
    std::optional<LimitTarget> inverse;
    if (const auto key = schema.inverseOf(pair, label.key());
        key && !(pair.isSameObject() && *key == label.key())) {
        const PairSchema *reverse = schema.pair(pair.reversed());
        if (const AssociationLabel *other = reverse ? reverse->label(*key) : nullptr)
            inverse = LimitTarget{pair.reversed(), m_session->pairName(pair.reversed()), *other,
                                  limitOf(schema, pair.reversed(), *key)};
    }

    auto *dialog = new LimitDialog(forward, inverse, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LimitDialog::submitRequested, this, [this, dialog] { submit(dialog); });
    QPointer<PortalSession> session = m_session;
    connect(dialog, &LimitDialog::impactRequested, dialog,
            [dialog, session](const ObjectTypePair &p, int) { fetchImpact(dialog, session, p); });
    dialog->open();
    emit dialogOpened(dialog);
}

void LimitController::submit(LimitDialog *dialog) {
    if (!m_session)
        return;
    // One write per changed direction, one after the other; the first that is not made stops.
    QList<WriteBatch::Item> items;
    QList<bool> inverses;
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
        items.append({t.pair, c});
        inverses.append(inverse);
    }
    if (items.isEmpty()) {
        dialog->accept();
        return;
    }
    dialog->setBusy(true);
    auto *batch = new WriteBatch(m_session, items, dialog);
    connect(batch, &WriteBatch::finished, dialog, [dialog, batch, inverses] {
        batch->deleteLater();
        dialog->setBusy(false);
        for (int k = 0; k < batch->total(); ++k) {
            const auto &o = batch->outcomes().at(k);
            if (!o || o->succeeded())
                continue;
            if (o->status == ChangeOutcome::Status::Conflict) {
                // What the portal holds now is what confirming again is approved against.
                dialog->setCurrent(inverses.at(k), o->change.limitBefore);
                return dialog->showServerError(dialogConflict(*o));
            }
            return dialog->showServerError(o->error.value_or(ApiError::validation(o->detail)));
        }
        dialog->accept();
    });
    batch->start(true);
}

void LimitController::remove(const ObjectTypePair &pair, const QList<AssociationLabel> &labels) {
    if (!m_session)
        return;
    const PortalSchema &schema = m_session->schema();
    QList<LimitTarget> targets;
    QList<WriteBatch::Item> items;
    for (const AssociationLabel &label : labels) {
        const std::optional<int> current = limitOf(schema, pair, label.key());
        if (!current)
            continue;
        targets.append({pair, m_session->pairName(pair), label, current});
        items.append({pair, m_session->changeOf(PlanChange::Kind::RemoveLimit, pair, label.key())});
    }
    if (targets.isEmpty())
        return;
    auto *dialog = new BulkLimitDialog(BulkLimitDialog::Purpose::RemoveLimit, targets, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PortalSession> session = m_session;
    new BulkActionRunner(dialog, m_session, items, {}, [session, dialog, pair, targets](int i) {
        LimitTarget now = targets.at(i);
        now.current = limitOf(session->schema(), pair, now.label.key());
        dialog->setTarget(i, now);
        return session->changeOf(PlanChange::Kind::RemoveLimit, pair, now.label.key());
    });
    dialog->open();
    fetchImpact(dialog, session, pair);
    emit dialogOpened(dialog);
}

} // namespace assoc::app
