// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace assoc::models {
class LabelTableModel;
class PortalSession;
} // namespace assoc::models

namespace assoc::app {

class ActionSet;
class LabelTablePanel;

// Puts the selected labels on the clipboard when a copy action is triggered: their typeIds, the
// rows as JSON, the assocctl commands, or the API details (models::LabelCopyText words them).
class LabelCopyController : public QObject {
    Q_OBJECT
public:
    LabelCopyController(ActionSet *actions, LabelTablePanel *table, models::LabelTableModel *model,
                        QObject *parent = nullptr);

    void setSession(models::PortalSession *session) { m_session = session; }

private:
    LabelTablePanel *m_table;
    models::LabelTableModel *m_model;
    QPointer<models::PortalSession> m_session;
};

} // namespace assoc::app
