// SPDX-License-Identifier: MIT
#include "HistoryController.h"

#include "HistoryPanel.h"
#include "core/ChangeInverse.h"
#include "history/HistoryStore.h"
#include "models/HistoryTableModel.h"
#include "models/PortalSession.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace assoc::app {

using history::HistoryStore;
using models::PortalSession;

namespace {
QString portalName(const QString &profile, qint64 portalId) {
    if (portalId == 0)
        return HistoryController::tr("profile “%1”").arg(profile);
    return HistoryController::tr("portal %1 (profile “%2”)").arg(portalId).arg(profile);
}
} // namespace

HistoryController::HistoryController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(new models::HistoryTableModel(this))
    , m_panel(new HistoryPanel(m_model, window)) {
    connect(m_panel, &HistoryPanel::undoRequested, this, &HistoryController::undo);
    connect(m_panel, &HistoryPanel::currentRecordChanged, this, &HistoryController::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryController::updateState);
    updateState();
}

HistoryController::~HistoryController() = default;

void HistoryController::setStore(HistoryStore *store) {
    m_model->setStore(store);
    m_panel->setNote(store ? QString()
                           : tr("No change history is kept: the history file could not be "
                                "opened."));
    if (m_session)
        m_session->setJournal(store, m_profile);
    updateState();
}

HistoryStore *HistoryController::store() const {
    return m_model->store();
}

void HistoryController::setSession(PortalSession *session, const QString &profile) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_profile = profile;
    if (m_session) {
        m_session->setJournal(store(), m_profile);
        connect(m_session, &PortalSession::portalInfoChanged, this,
                &HistoryController::updateState);
        connect(m_session, &PortalSession::connectionStateChanged, this,
                &HistoryController::updateState);
    }
    updateState();
}

void HistoryController::setProfileName(const QString &profile) {
    m_profile = profile;
    if (m_session)
        m_session->setJournal(store(), m_profile);
    updateState();
}

void HistoryController::setUndoLastAction(QAction *action) {
    m_undoLast = action;
    connect(action, &QAction::triggered, this, &HistoryController::undoLast);
    updateState();
}

QString HistoryController::undoBlocker(const ChangeRecord &record) const {
    HistoryStore *history = store();
    if (!history)
        return tr("No change history is kept.");
    if (m_undoing)
        return tr("An undo is in progress.");
    if (record.outcome != ChangeRecord::Outcome::Succeeded)
        return tr("Only a change that succeeded can be undone.");
    if (const qint64 by = history->undoneBy(record.id))
        return tr("This change has been undone already (change #%1).").arg(by);
    if (!ChangeInverse::exists(record))
        return tr("This change cannot be undone: its record does not say enough to reverse it.");
    const QString madeOn = portalName(record.profile, record.portalId);
    if (!m_session || m_session->connectionState() != PortalSession::ConnectionState::Connected)
        return tr("This change was made on %1. Open that profile to undo it.").arg(madeOn);
    const qint64 connected = m_session->schema().portal.portalId;
    const bool samePortal = record.portalId != 0 && connected != 0 ? record.portalId == connected
                                                                   : record.profile == m_profile;
    if (!samePortal)
        return tr("This change was made on %1, but %2 is open. Open that profile to undo it.")
            .arg(madeOn, portalName(m_profile, connected));
    return {};
}

std::optional<ChangeRecord> HistoryController::lastUndoable() const {
    HistoryStore *history = store();
    if (!history || !m_session)
        return std::nullopt;
    history::HistoryFilter filter;
    filter.outcome = ChangeRecord::Outcome::Succeeded;
    const qint64 connected = m_session->schema().portal.portalId;
    if (connected != 0)
        filter.portalId = connected;
    else
        filter.profile = m_profile;
    filter.limit = 200;
    for (const ChangeRecord &r : history->query(filter)) {
        if (undoBlocker(r).isEmpty())
            return r;
    }
    return std::nullopt;
}

void HistoryController::updateState() {
    const auto current = m_panel->currentRecord();
    if (!current) {
        m_panel->setUndoState(false, tr("Select a change to undo it."));
    } else {
        const QString blocker = undoBlocker(*current);
        QStringList steps;
        for (const PlanChange &c : ChangeInverse::of(*current))
            steps.append(c.summary());
        m_panel->setUndoState(blocker.isEmpty(),
                              blocker.isEmpty() ? steps.join(QLatin1Char('\n')) : blocker);
    }
    if (m_undoLast) {
        const auto last = lastUndoable();
        m_undoLast->setEnabled(last.has_value());
        m_undoLast->setToolTip(last ? tr("Undo: %1").arg(last->change.summary())
                                    : tr("No change of this portal can be undone."));
    }
}

void HistoryController::refuse(const QString &reason) {
    emit undoRefused(reason);
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Undo"), reason, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("undoRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void HistoryController::undoLast() {
    if (const auto last = lastUndoable())
        undo(last->id);
    else
        refuse(tr("No change of the connected portal can be undone."));
}

void HistoryController::undo(qint64 recordId) {
    HistoryStore *history = store();
    const std::optional<ChangeRecord> record =
        history ? history->find(recordId) : std::optional<ChangeRecord>();
    if (!record) {
        refuse(tr("Change #%1 is not in the history.").arg(recordId));
        return;
    }
    const QString blocker = undoBlocker(*record);
    if (!blocker.isEmpty()) {
        refuse(blocker);
        return;
    }
    const QList<PlanChange> steps = ChangeInverse::of(*record);
    QStringList lines;
    for (const PlanChange &c : steps)
        lines.append(QStringLiteral("• ") + c.summary());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo change"),
                                tr("Undo “%1”? This will:").arg(record->change.summary()),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("undoConfirm"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *confirm = box->addButton(tr("&Undo"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("undoConfirmButton"));
    box->setDefaultButton(confirm);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, recordId](QAbstractButton *button) {
                if (button != confirm)
                    return;
                // Checked again: the portal may have changed while the box was open.
                const auto now = store() ? store()->find(recordId) : std::nullopt;
                if (!now || !undoBlocker(*now).isEmpty()) {
                    refuse(now ? undoBlocker(*now) : tr("The change is gone from the history."));
                    return;
                }
                m_undoing = recordId;
                emit undoStarted(recordId);
                updateState();
                apply(*now, ChangeInverse::of(*now), 0);
            });
    box->open();
}

void HistoryController::apply(const ChangeRecord &record, const QList<PlanChange> &steps,
                              int index) {
    if (index >= steps.size()) {
        finishUndo(record.id, std::nullopt);
        return;
    }
    if (!m_session) {
        finishUndo(record.id, ApiError::validation(tr("The portal was closed during the undo.")));
        return;
    }
    const PlanChange &step = steps.at(index);
    // A step names its direction by the portable type names; the record has the typeIds.
    const bool forward =
        step.fromType == record.change.fromType && step.toType == record.change.toType;
    const ObjectTypePair pair = forward ? record.pair : record.pair.reversed();
    // Each step is made only if the portal still reads as the change left it: an undo never
    // overwrites what someone changed since.
    const WriteOrigin origin{ChangeRecord::Origin::Undo, record.id};
    m_session->write(pair, step, origin)
        ->then(this, [this, record, steps, index](const ApiResult<ChangeOutcome> &r) {
            if (!r)
                return finishUndo(record.id, r.error());
            const ChangeOutcome &o = r.value();
            if (!o.succeeded())
                return finishUndo(record.id, o.error.value_or(ApiError::validation(o.detail)));
            apply(record, steps, index + 1);
        });
}

void HistoryController::finishUndo(qint64 recordId, const std::optional<ApiError> &error) {
    m_undoing = 0;
    m_model->reload();
    emit undoFinished(recordId, error);
}

} // namespace assoc::app
