// SPDX-License-Identifier: MIT
#include "BulkActionRunner.h"

#include "DialogConflict.h"
#include "dialogs/BulkChangeDialog.h"
#include "dialogs/BulkChangeList.h"
#include "models/PlanTreeModel.h"
#include "models/PortalSession.h"

namespace assoc::app {

using models::WriteBatch;

BulkActionRunner::BulkActionRunner(BulkChangeDialog *dialog, models::PortalSession *session,
                                   const QList<WriteBatch::Item> &items, Complete complete,
                                   Rebase rebase)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_session(session)
    , m_items(items)
    , m_done(items.size(), false)
    , m_complete(std::move(complete))
    , m_rebase(std::move(rebase)) {
    connect(dialog, &BulkChangeDialog::submitRequested, this, &BulkActionRunner::run);
    connect(dialog, &BulkChangeDialog::stopRequested, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
}

void BulkActionRunner::run() {
    if (m_batch || !m_session)
        return;
    QList<WriteBatch::Item> items;
    m_running.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_done.at(i))
            continue;
        WriteBatch::Item item = m_items.at(i);
        if (m_complete)
            m_complete(item.change);
        items.append(item);
        m_running.append(i);
    }
    if (items.isEmpty())
        return m_dialog->accept();

    BulkChangeList *list = m_dialog->changeList();
    m_batch = new WriteBatch(m_session, items, this);
    connect(m_batch, &WriteBatch::progress, list, &BulkChangeList::setProgress);
    connect(m_batch, &WriteBatch::itemStarted, list,
            [this, list](int k) { list->setItemStarted(m_running.at(k)); });
    connect(m_batch, &WriteBatch::itemFinished, list, [this, list](int k, const ChangeOutcome &o) {
        const int i = m_running.at(k);
        m_done[i] = o.succeeded();
        list->setOutcome(i, o.status, models::PlanTreeModel::describeOutcome(o));
    });
    connect(m_batch, &WriteBatch::finished, this, &BulkActionRunner::ended);
    m_dialog->setRunning(true);
    list->beginRun(int(items.size()));
    m_dialog->growToFit();
    m_batch->start();
}

void BulkActionRunner::ended() {
    WriteBatch *batch = std::exchange(m_batch, nullptr);
    batch->deleteLater();
    m_dialog->changeList()->endRun();
    if (std::all_of(m_done.begin(), m_done.end(), [](bool done) { return done; })) {
        m_dialog->setRunning(false);
        m_dialog->accept();
        return;
    }
    // What is left is approved against what the portal holds now, which the session has read
    // back after each write; the list shows it.
    QList<const ChangeOutcome *> undone;
    for (int k = 0; k < m_running.size(); ++k) {
        const int i = m_running.at(k);
        if (m_done.at(i))
            continue;
        const auto &o = batch->outcomes().at(k);
        if (o)
            undone.append(&*o);
        if (m_session && m_rebase)
            m_items[i].change = m_rebase(i);
    }
    // One item: its full answer, details included, as the single dialogs show it.
    if (m_running.size() == 1 && undone.size() == 1 && undone.first()->error) {
        const ChangeOutcome &o = *undone.first();
        return m_dialog->showServerError(
            o.status == ChangeOutcome::Status::Conflict ? dialogConflict(o) : *o.error);
    }
    m_dialog->showRunEnded(tr("Not every change was made: each one's outcome is listed above. "
                              "Confirm again to try the %n left over what the portal holds now, "
                              "or close to leave them.",
                              nullptr, int(std::count(m_done.begin(), m_done.end(), false))));
}

} // namespace assoc::app
