// SPDX-License-Identifier: MIT
#pragma once

#include "models/WriteBatch.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace assoc::models {
class PortalSession;
}

namespace assoc::app {

class BulkChangeDialog;

// Makes a bulk dialog's changes when it is confirmed: the items not yet done go one after
// another through the session (WriteBatch), with one progress and each item's outcome in the
// dialog's list; Stop lets the change in flight finish and starts no other. The dialog closes by
// itself only when every item succeeded. Otherwise it stays open with the outcomes; each item
// not done is then approved against what the window shows now (`rebase`, which also shows it),
// and confirming again tries those. Owned by the dialog.
class BulkActionRunner : public QObject {
    Q_OBJECT
public:
    // `items` as approved when the dialog opened; `complete` adds what the person chose (the new
    // limit) when they confirm; `rebase(i)` is item i's change as the session shows it now.
    using Complete = std::function<void(PlanChange &change)>;
    using Rebase = std::function<PlanChange(int index)>;

    BulkActionRunner(BulkChangeDialog *dialog, models::PortalSession *session,
                     const QList<models::WriteBatch::Item> &items, Complete complete,
                     Rebase rebase);

private:
    void run();
    void ended();

    BulkChangeDialog *m_dialog;
    QPointer<models::PortalSession> m_session;
    QList<models::WriteBatch::Item> m_items;
    QList<bool> m_done;
    QList<int> m_running; // batch index -> item index
    Complete m_complete;
    Rebase m_rebase;
    models::WriteBatch *m_batch = nullptr;
};

} // namespace assoc::app
