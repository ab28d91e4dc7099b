// SPDX-License-Identifier: MIT
#pragma once

#include "BulkChangeDialog.h"
#include "core/AssociationLabel.h"

#include <QList>
#include <memory>
#include <optional>

namespace Ui {
class DeleteLabelDialog;
}

namespace assoc::app {

// One label to delete as the dialog lists it: both directions and the limits that go with them.
struct DeleteTarget {
    AssociationLabel label;
    std::optional<int> limit;
    std::optional<AssociationLabel> inverse; // none for a label that is its own inverse
    std::optional<int> inverseLimit;
};

// Confirms deleting one or several labels of a pair with one question: lists each label with
// both of its directions ("Manager" / "Employee"), their typeIds and the limits removed with
// them, then each one's outcome. "Delete" emits submitRequested(). Cancel is the default button:
// Enter alone never deletes.
class DeleteLabelDialog : public BulkChangeDialog {
    Q_OBJECT
public:
    DeleteLabelDialog(const QString &pairName, const QString &inversePairName,
                      const QList<DeleteTarget> &targets, QWidget *parent = nullptr);
    ~DeleteLabelDialog() override;

    const QList<DeleteTarget> &targets() const { return m_targets; }
    // What the portal holds now for target `index`, after a run that left it undone.
    void setTarget(int index, const DeleteTarget &target);

private:
    QStringList cellsOf(const DeleteTarget &target) const;

    std::unique_ptr<Ui::DeleteLabelDialog> m_ui;
    QList<DeleteTarget> m_targets;
};

} // namespace assoc::app
