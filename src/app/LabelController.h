// SPDX-License-Identifier: MIT
#pragma once

#include "core/AssociationLabel.h"
#include "core/ObjectTypePair.h"
#include "models/PortalSession.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace assoc::app {

// Creating, renaming and deleting labels: opens the dialog, sends the request when the user
// submits, and closes the dialog on success or shows HubSpot's answer in it on failure. Deleting
// takes several labels at once, with one confirmation.
class LabelController : public QObject {
    Q_OBJECT
public:
    explicit LabelController(QWidget *dialogParent, QObject *parent = nullptr);

    void setSession(models::PortalSession *session) { m_session = session; }

    void create(const ObjectTypePair &pair);
    void rename(const ObjectTypePair &pair, const AssociationLabel &label);
    // One confirmation for all of them; only user-defined labels are deleted.
    void remove(const ObjectTypePair &pair, const QList<AssociationLabel> &labels);

signals:
    void dialogOpened(QDialog *dialog);
    // The write succeeded; `key` is the label to select afterwards, if known.
    void labelChanged(const assoc::ObjectTypePair &pair);

private:
    QWidget *m_parent;
    QPointer<models::PortalSession> m_session;
};

} // namespace assoc::app
