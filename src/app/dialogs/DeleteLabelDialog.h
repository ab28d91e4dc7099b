// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/AssociationLabel.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <optional>

namespace Ui {
class DeleteLabelDialog;
}

namespace assoc::app {

// Confirms deleting a label: names it, both directions of a pair and the limits that go with
// it. "Delete" emits submitRequested(); the owner deletes, then calls accept() or
// showServerError(). Cancel is the default button: Enter alone never deletes.
class DeleteLabelDialog : public QDialog {
    Q_OBJECT
public:
    DeleteLabelDialog(const QString &pairName, const AssociationLabel &forward,
                      std::optional<int> forwardLimit, const QString &inversePairName,
                      const std::optional<AssociationLabel> &inverse,
                      std::optional<int> inverseLimit, QWidget *parent = nullptr);
    ~DeleteLabelDialog() override;

    void showServerError(const ApiError &error);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

signals:
    void submitRequested();

private:
    std::unique_ptr<Ui::DeleteLabelDialog> m_ui;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_busy = false;
};

} // namespace assoc::app
