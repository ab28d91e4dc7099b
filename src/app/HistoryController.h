// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/ChangeRecord.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

class QAction;
class QWidget;

namespace assoc::history {
class HistoryStore;
}
namespace assoc::models {
class HistoryTableModel;
class PortalSession;
} // namespace assoc::models

namespace assoc::app {

class HistoryPanel;

// The change history in the window: hands the store to the session so that its writes are
// recorded, keeps the History panel, and undoes a recorded change by applying its inverse
// through the session (recorded in turn, as an undo of that change). Only a change of the
// portal that is connected can be undone, once, and only after the user has confirmed it.
class HistoryController : public QObject {
    Q_OBJECT
public:
    // `window` parents the panel and the message boxes.
    explicit HistoryController(QWidget *window, QObject *parent = nullptr);
    ~HistoryController() override;

    HistoryPanel *panel() const { return m_panel; }
    models::HistoryTableModel *model() const { return m_model; }

    // The store must outlive the sessions it is handed to; null keeps no history.
    void setStore(history::HistoryStore *store);
    history::HistoryStore *store() const;
    // The session whose writes are recorded (under `profile`) and through which undo applies.
    void setSession(models::PortalSession *session, const QString &profile);
    void setProfileName(const QString &profile);
    QString profileName() const { return m_profile; }
    // Triggering it undoes the newest change of the connected portal that can be undone.
    void setUndoLastAction(QAction *action);

    // Why `record` cannot be undone now; empty when it can.
    QString undoBlocker(const ChangeRecord &record) const;
    std::optional<ChangeRecord> lastUndoable() const;
    // Asks for confirmation, then applies the inverse. A change that cannot be undone is
    // refused with a message saying why (and which profile to open, when that is the reason).
    void undo(qint64 recordId);
    void undoLast();
    bool isUndoing() const { return m_undoing != 0; }

signals:
    void undoRefused(const QString &reason);
    void undoStarted(qint64 recordId);
    void undoFinished(qint64 recordId, const std::optional<assoc::ApiError> &error);

private:
    void apply(const ChangeRecord &record, const QList<PlanChange> &steps, int index);
    void finishUndo(qint64 recordId, const std::optional<ApiError> &error);
    void updateState();
    void refuse(const QString &reason);

    QWidget *m_window;
    models::HistoryTableModel *m_model;
    HistoryPanel *m_panel;
    QPointer<models::PortalSession> m_session;
    QString m_profile;
    QPointer<QAction> m_undoLast;
    qint64 m_undoing = 0;
};

} // namespace assoc::app
