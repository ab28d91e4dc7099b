// SPDX-License-Identifier: MIT
#pragma once

#include "api/ChangeOutcome.h"
#include "core/ObjectTypePair.h"
#include "core/SchemaPlan.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace assoc::models {

class PortalSession;

// Several changes of one action of the window (delete three labels, give two labels the same
// limit), made one after another through PortalSession::write: each is checked against what it
// was approved against and recorded by the writer. cancel() ends every change not yet started
// as Cancelled; the one in flight finishes. Ends with exactly one outcome per change.
class WriteBatch : public QObject {
    Q_OBJECT
public:
    struct Item {
        ObjectTypePair pair;
        PlanChange change;
    };

    WriteBatch(PortalSession *session, const QList<Item> &items, QObject *parent = nullptr);

    // With stopAtFirstFailure, a change that does not succeed ends the changes after it as
    // Cancelled (for changes that only make sense together).
    void start(bool stopAtFirstFailure = false);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }

    int total() const { return int(m_items.size()); }
    int done() const { return m_next; }
    const QList<Item> &items() const { return m_items; }
    // One per item; an item not yet ended has none.
    const QList<std::optional<ChangeOutcome>> &outcomes() const { return m_outcomes; }
    bool allSucceeded() const;

signals:
    void itemStarted(int index);
    void itemFinished(int index, const assoc::ChangeOutcome &outcome);
    void progress(int done, int total);
    void finished();

private:
    void next();
    void conclude(int index, const ChangeOutcome &outcome);
    void endRemaining(const QString &why);

    QPointer<PortalSession> m_session;
    QList<Item> m_items;
    QList<std::optional<ChangeOutcome>> m_outcomes;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopAtFirstFailure = false;
};

} // namespace assoc::models
