// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/AssociationLabel.h"
#include "core/ObjectTypePair.h"
#include "models/PortalSession.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace assoc::app {

class LimitDialog;

// Setting and removing the limits of a label, both directions at once where the label has an
// inverse. Shows the records a tighter limit would affect before it is applied.
class LimitController : public QObject {
    Q_OBJECT
public:
    explicit LimitController(QWidget *dialogParent, QObject *parent = nullptr);

    void setSession(models::PortalSession *session) { m_session = session; }

    void edit(const ObjectTypePair &pair, const AssociationLabel &label);
    // Removes the forward limit without a dialog; failures go to errorOccurred.
    void remove(const ObjectTypePair &pair, const AssociationLabel &label);

signals:
    void dialogOpened(QDialog *dialog);
    void errorOccurred(const assoc::ApiError &error);

private:
    void submit(LimitDialog *dialog);
    QWidget *m_parent;
    QPointer<models::PortalSession> m_session;
};

} // namespace assoc::app
