// SPDX-License-Identifier: MIT
#pragma once

#include "core/AssociationLabel.h"
#include "core/ObjectTypePair.h"
#include "models/PortalSession.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace assoc::app {

class LimitDialog;

// Setting and removing the limits of labels. One label is edited in both directions at once
// where it has an inverse; several labels of a pair get the same limit (or lose theirs) in one
// dialog, one after another. Before a tighter limit or a removal is applied, the dialog shows the
// records already at or near the limit.
class LimitController : public QObject {
    Q_OBJECT
public:
    explicit LimitController(QWidget *dialogParent, QObject *parent = nullptr);

    void setSession(models::PortalSession *session) { m_session = session; }

    // One label: both directions. Several: the same limit on each, in this direction.
    void edit(const ObjectTypePair &pair, const QList<AssociationLabel> &labels);
    // Asks before removing the limits of those of `labels` that have one, and shows the impact.
    void remove(const ObjectTypePair &pair, const QList<AssociationLabel> &labels);

signals:
    void dialogOpened(QDialog *dialog);

private:
    void editOne(const ObjectTypePair &pair, const AssociationLabel &label);
    void submit(LimitDialog *dialog);
    QWidget *m_parent;
    QPointer<models::PortalSession> m_session;
};

} // namespace assoc::app
