// SPDX-License-Identifier: MIT
// DialogBusyState on a dialog of its own: what busy takes away, and that leaving it gives each
// thing back as it was.

#include "app/dialogs/DialogBusyState.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace assoc::app;

namespace {

// A dialog with an edit, an input that starts disabled, a progress bar and a button.
struct Form {
    QDialog dialog;
    QLineEdit *edit = new QLineEdit(&dialog);
    QCheckBox *disabledCheck = new QCheckBox(&dialog);
    QProgressBar *bar = new QProgressBar(&dialog);
    QPushButton *ok = new QPushButton(QStringLiteral("OK"), &dialog);
    DialogBusyState busy{&dialog};

    Form() {
        auto *layout = new QVBoxLayout(&dialog);
        for (QWidget *w : {static_cast<QWidget *>(edit), static_cast<QWidget *>(disabledCheck),
                           static_cast<QWidget *>(bar), static_cast<QWidget *>(ok)})
            layout->addWidget(w);
        disabledCheck->setEnabled(false);
        busy.setInputs({edit, disabledCheck});
        busy.setIndicator(bar);
    }

    bool show() {
        dialog.show();
        dialog.activateWindow();
        return QTest::qWaitForWindowActive(&dialog);
    }
};

} // namespace

class TestDialogBusyState : public QObject {
    Q_OBJECT
private slots:
    void indicatorHiddenUntilBusy();
    void busyDisablesInputsAndParksFocus();
    void leavingBusyRestoresEachInputAndTheFocus();
    void repeatedCallsChangeNothing();
    void updateRunsBeforeTheFocusReturns();
    void disabledParentIsNotMistakenForDisabledInput();
    void deletedInputIsSkipped();
};

void TestDialogBusyState::indicatorHiddenUntilBusy() {
    Form form;
    QVERIFY(form.show());
    QVERIFY(form.bar->isHidden());
    QVERIFY(!form.busy.isBusy());
}

void TestDialogBusyState::busyDisablesInputsAndParksFocus() {
    Form form;
    QVERIFY(form.show());
    form.edit->setFocus();
    QTRY_VERIFY(form.edit->hasFocus());

    QVERIFY(form.busy.setBusy(true));
    QVERIFY(form.busy.isBusy());
    QVERIFY(!form.edit->isEnabled());
    QVERIFY(!form.disabledCheck->isEnabled());
    QVERIFY(form.bar->isVisible());
    QCOMPARE(form.dialog.cursor().shape(), Qt::BusyCursor);
    // Not on OK (nor Cancel), where Enter would act while the request runs.
    QCOMPARE(QApplication::focusWidget(), &form.dialog);
    QVERIFY(form.ok->isEnabled()); // the dialog's own rules decide its buttons
}

void TestDialogBusyState::leavingBusyRestoresEachInputAndTheFocus() {
    Form form;
    QVERIFY(form.show());
    form.edit->setFocus();
    QTRY_VERIFY(form.edit->hasFocus());
    form.busy.setBusy(true);

    QVERIFY(form.busy.setBusy(false));
    QVERIFY(!form.busy.isBusy());
    QVERIFY(form.edit->isEnabled());
    QVERIFY(!form.disabledCheck->isEnabled()); // it was disabled before, so it stays so
    QVERIFY(form.bar->isHidden());
    QCOMPARE(form.dialog.cursor().shape(), Qt::ArrowCursor);
    QVERIFY(form.edit->hasFocus());
}

void TestDialogBusyState::repeatedCallsChangeNothing() {
    Form form;
    QVERIFY(form.show());
    QVERIFY(!form.busy.setBusy(false));
    QVERIFY(form.edit->isEnabled());
    QVERIFY(form.busy.setBusy(true));
    // A second "busy" must not take the disabled inputs for their state before.
    QVERIFY(!form.busy.setBusy(true));
    QVERIFY(form.busy.setBusy(false));
    QVERIFY(form.edit->isEnabled());
}

void TestDialogBusyState::updateRunsBeforeTheFocusReturns() {
    Form form;
    QVERIFY(form.show());
    // The dialog's rule: OK only when not busy. The focus was on OK before, so it can go back
    // there only if the rule has run first.
    form.ok->setFocus();
    QTRY_VERIFY(form.ok->hasFocus());
    int calls = 0;
    form.busy.setUpdate([&form, &calls] {
        ++calls;
        form.ok->setEnabled(!form.busy.isBusy());
    });

    form.busy.setBusy(true);
    QCOMPARE(calls, 1);
    QVERIFY(!form.ok->isEnabled());
    form.busy.setBusy(true);
    QCOMPARE(calls, 1);
    form.busy.setBusy(false);
    QCOMPARE(calls, 2);
    QVERIFY(form.ok->isEnabled());
    QVERIFY(form.ok->hasFocus());
}

void TestDialogBusyState::disabledParentIsNotMistakenForDisabledInput() {
    QDialog dialog;
    auto *group = new QWidget(&dialog);
    auto *edit = new QLineEdit(group);
    DialogBusyState busy(&dialog);
    busy.setInputs({edit});
    group->setEnabled(false);
    busy.setBusy(true);
    group->setEnabled(true);
    busy.setBusy(false);
    QVERIFY(edit->isEnabled());
}

void TestDialogBusyState::deletedInputIsSkipped() {
    Form form;
    form.busy.setBusy(true);
    delete form.edit;
    QVERIFY(form.busy.setBusy(false));
    QVERIFY(!form.disabledCheck->isEnabled());
}

QTEST_MAIN(TestDialogBusyState)
#include "test_app_dialog_busy_state.moc"
