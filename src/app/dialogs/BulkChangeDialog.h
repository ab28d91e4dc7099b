// SPDX-License-Identifier: MIT
#pragma once

#include "DialogBusyState.h"
#include "api/ApiError.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QPushButton;

namespace assoc::app {

class BulkChangeList;
class ErrorPanel;

// A dialog that makes one change to several labels, or to one: it lists them, and the confirm
// button (Ok) emits submitRequested(); its owner then makes the changes one after another and
// reports each in changeList(). While they are made, Cancel (and Esc) read "Stop" and emit
// stopRequested() instead of closing: the change in flight finishes, the rest are not started.
// After a run that left some undone the dialog stays open with every outcome; confirming again
// tries those, Close leaves them. Never talks to HubSpot itself.
class BulkChangeDialog : public QDialog {
    Q_OBJECT
public:
    BulkChangeList *changeList() const { return m_list; }
    bool isRunning() const { return m_busyState.isBusy(); }
    void setRunning(bool running);
    // The run ended with items not done: the list shows why, `message` says what to do.
    void showRunEnded(const QString &message);
    void showServerError(const ApiError &error);
    // Makes room for what appeared (progress, outcomes, messages).
    void growToFit();

    void reject() override;

signals:
    void submitRequested();
    void stopRequested();

protected:
    explicit BulkChangeDialog(QWidget *parent = nullptr);
    // Called by the derived constructor once its widgets exist.
    void setUpBulk(BulkChangeList *list, QDialogButtonBox *buttons, ErrorPanel *errorPanel);
    QPushButton *confirmButton() const;
    QPushButton *cancelButton() const;
    // The derived dialog's own inputs, disabled while the changes are made.
    void setInputs(const QList<QWidget *> &inputs) { m_busyState.setInputs(inputs); }
    // Whether what the person chose can be submitted.
    virtual bool canSubmit() const { return true; }
    // Re-checks canSubmit() (call when an input changes).
    void updateConfirm();

private:
    // What changes with the running state besides the inputs: Cancel/Stop/Close, the confirm
    // button.
    void updateRunning();

    BulkChangeList *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ErrorPanel *m_errorPanel = nullptr;
    DialogBusyState m_busyState{this};
    QString m_cancelText;
    bool m_ranBefore = false;
};

} // namespace assoc::app
