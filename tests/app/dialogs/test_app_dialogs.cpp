// SPDX-License-Identifier: MIT
// The editing dialogs driven through their real widgets: typing, clicking, keys.

#include "api/BaseUrlPolicy.h"
#include "app/dialogs/BulkChangeList.h"
#include "app/dialogs/BulkLimitDialog.h"
#include "app/dialogs/ConnectDialog.h"
#include "app/dialogs/DeleteLabelDialog.h"
#include "app/dialogs/ErrorPanel.h"
#include "app/dialogs/LabelDialog.h"
#include "app/dialogs/LimitDialog.h"
#include "app/dialogs/LimitImpactPanel.h"
#include "core/AssociationCategory.h"
#include "core/ObjectTypeChoice.h"
#include "core/Validation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace assoc;
using namespace assoc::app;

namespace {

template <typename T> T *child(QWidget *parent, const char *name) {
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QPushButton *okButton(QWidget *dialog) {
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

AssociationLabel userLabel(int typeId, const QString &text) {
    AssociationLabel l;
    l.category = AssociationCategory(AssociationCategory::UserDefined);
    l.typeId = typeId;
    l.label = text;
    return l;
}

void replaceText(QWidget *edit, const QString &text) {
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Clicks a radio button or check box on its indicator (a wide button's centre may lie outside
// the area that reacts to clicks).
void clickIndicator(QWidget *button) {
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void showAndActivate(QWidget *w) {
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
}

ApiError serverError() {
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 400;
    e.category = QStringLiteral("VALIDATION_ERROR");
    e.message = QStringLiteral("An association label with that name already exists");
    e.correlationId = QStringLiteral("3f2c9a10-aaaa-bbbb-cccc-0123456789ab");
    e.operation = QStringLiteral("Create label on Contacts → Companies");
    e.requestLine = QStringLiteral("POST /crm/v4/associations/0-1/0-2/labels");
    return e;
}

LimitTarget target(const QString &from, const QString &to, const QString &pairName, int typeId,
                   const QString &label, std::optional<int> current) {
    return LimitTarget{ObjectTypePair{from, to}, pairName, userLabel(typeId, label), current};
}

} // namespace

class TestAppDialogs : public QObject {
    Q_OBJECT
private slots:
    // LabelDialog
    void labelDerivesName();
    void editingNameStopsDerivation();
    void emptyLabelShowsMessage();
    void overlongLabelShowsMessage();
    void duplicateLabelShowsMessage();
    void validSingleLabel();
    void validPairedLabel();
    void serverErrorKeepsInput();
    void renamePaired();
    void renameDuplicate();
    void labelKeyboardOnly();
    // LimitDialog
    void tighterLimitRequestsImpact();
    void looserLimitDoesNotRequestImpact();
    void noLimitIsNullopt();
    void limitOutOfRangeRejected();
    void limitSubmit();
    void limitImpactUnavailable();
    // DeleteLabelDialog
    void deleteShowsBothDirections();
    void deleteSingleDirection();
    void deleteSeveralShowsProgressAndOutcomes();
    // BulkLimitDialog
    void bulkLimitSetsOneValueForAll();
    void bulkLimitRemoveConfirmsAndShowsImpact();
    // ConnectDialog
    void connectDefaults();
    void connectSwitchAuthForm();
    void connectUrlValidation();
    void connectTestEmitsConfig();
    void connectTestResultAndError();
    void connectSetConfigPrefills();
    void connectShowSecrets();
    void connectChoosesObjectTypes();
};

// --- LabelDialog -------------------------------------------------------------------------------

void TestAppDialogs::labelDerivesName() {
    LabelDialog dlg(LabelDialog::Mode::Create, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {});
    showAndActivate(&dlg);
    auto *label = child<QLineEdit>(&dlg, "labelEdit");
    auto *name = child<QLineEdit>(&dlg, "nameEdit");
    QVERIFY(!okButton(&dlg)->isEnabled());
    QTest::keyClicks(label, QStringLiteral("Billing contact"));
    QCOMPARE(name->text(), QStringLiteral("billing_contact"));
    QVERIFY(dlg.nameFollowsLabel());
    QVERIFY(okButton(&dlg)->isEnabled());
    QVERIFY(
        child<QLabel>(&dlg, "previewLabel")->text().contains(QStringLiteral("Billing contact")));
}

void TestAppDialogs::editingNameStopsDerivation() {
    LabelDialog dlg(LabelDialog::Mode::Create, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {});
    showAndActivate(&dlg);
    auto *label = child<QLineEdit>(&dlg, "labelEdit");
    auto *name = child<QLineEdit>(&dlg, "nameEdit");
    QTest::keyClicks(label, QStringLiteral("Manager"));
    QCOMPARE(name->text(), QStringLiteral("manager"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral("_v2"));
    QVERIFY(!dlg.nameFollowsLabel());
    label->setFocus();
    QTest::keyClick(label, Qt::Key_End);
    QTest::keyClicks(label, QStringLiteral(" of record"));
    QCOMPARE(name->text(), QStringLiteral("manager_v2"));
    QCOMPARE(dlg.createRequest().label, QStringLiteral("Manager of record"));
    // An invalid hand-written name is reported next to the name field.
    QTest::keyClicks(name, QStringLiteral("-X"));
    QVERIFY(child<QLabel>(&dlg, "nameError")->isVisible());
    QVERIFY(!okButton(&dlg)->isEnabled());
}

void TestAppDialogs::emptyLabelShowsMessage() {
    LabelDialog dlg(LabelDialog::Mode::Create, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {});
    showAndActivate(&dlg);
    auto *label = child<QLineEdit>(&dlg, "labelEdit");
    auto *error = child<QLabel>(&dlg, "labelError");
    QVERIFY(!error->isVisible()); // nothing typed yet: quiet
    QTest::keyClicks(label, QStringLiteral("A"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(label, Qt::Key_Backspace);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Enter a label."));
    QVERIFY(!okButton(&dlg)->isEnabled());
    // Enter does nothing while invalid.
    QSignalSpy submitted(&dlg, &LabelDialog::submitRequested);
    QTest::keyClick(label, Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    QVERIFY(dlg.isVisible());
}

void TestAppDialogs::overlongLabelShowsMessage() {
    LabelDialog dlg(LabelDialog::Mode::Create, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {});
    showAndActivate(&dlg);
    auto *label = child<QLineEdit>(&dlg, "labelEdit");
    QTest::keyClicks(label, QString(Validation::MaxLabelLength, QLatin1Char('x')));
    QVERIFY(okButton(&dlg)->isEnabled());
    QTest::keyClicks(label, QStringLiteral("y"));
    auto *error = child<QLabel>(&dlg, "labelError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("101")), qPrintable(error->text()));
    QVERIFY(!okButton(&dlg)->isEnabled());
}

void TestAppDialogs::duplicateLabelShowsMessage() {
    LabelDialog dlg(
        LabelDialog::Mode::Create, QStringLiteral("Contacts"), QStringLiteral("Companies"),
        {userLabel(26, QStringLiteral("Manager")), userLabel(28, QStringLiteral("Billing"))});
    showAndActivate(&dlg);
    auto *label = child<QLineEdit>(&dlg, "labelEdit");
    QTest::keyClicks(label, QStringLiteral("manager"));
    auto *error = child<QLabel>(&dlg, "labelError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already has")), qPrintable(error->text()));
    QVERIFY(!okButton(&dlg)->isEnabled());
    QTest::keyClicks(label, QStringLiteral("s"));
    QVERIFY(!error->isVisible());
    QVERIFY(okButton(&dlg)->isEnabled());
}

void TestAppDialogs::validSingleLabel() {
    LabelDialog dlg(LabelDialog::Mode::Create, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {userLabel(26, QStringLiteral("Manager"))});
    showAndActivate(&dlg);
    QSignalSpy submitted(&dlg, &LabelDialog::submitRequested);
    QTest::keyClicks(child<QLineEdit>(&dlg, "labelEdit"), QStringLiteral("  Partner "));
    QVERIFY(okButton(&dlg)->isEnabled());
    QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const LabelCreateRequest expected{QStringLiteral("partner"), QStringLiteral("Partner"),
                                      std::nullopt};
    QCOMPARE(dlg.createRequest(), expected);
    QVERIFY(!dlg.createRequest().isPaired());
    QVERIFY(dlg.isVisible()); // the owner accepts once HubSpot answered
    QCOMPARE(child<QLabel>(&dlg, "previewLabel")->text(),
             QStringLiteral("Contacts → Companies: Partner · Companies → Contacts: Partner"));
}

void TestAppDialogs::validPairedLabel() {
    LabelDialog dlg(LabelDialog::Mode::Create, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {});
    showAndActivate(&dlg);
    auto *inverse = child<QLineEdit>(&dlg, "inverseEdit");
    QVERIFY(!inverse->isVisible());
    clickIndicator(child<QRadioButton>(&dlg, "pairedRadio"));
    QVERIFY(inverse->isVisible());
    QVERIFY(child<QLabel>(&dlg, "inverseLabelLabel")
                ->text()
                .contains(QStringLiteral("Companies to Contacts")));
    QTest::keyClicks(child<QLineEdit>(&dlg, "labelEdit"), QStringLiteral("Manager"));
    QVERIFY(!okButton(&dlg)->isEnabled()); // the other way is still empty
    QTest::keyClicks(inverse, QStringLiteral("Employee"));
    QCOMPARE(child<QLineEdit>(&dlg, "nameEdit")->text(), QStringLiteral("manager_employee"));
    QCOMPARE(child<QLabel>(&dlg, "previewLabel")->text(),
             QStringLiteral("Contacts → Companies: Manager · Companies → Contacts: Employee"));
    QSignalSpy submitted(&dlg, &LabelDialog::submitRequested);
    QTest::keyClick(inverse, Qt::Key_Return); // Enter = OK when valid
    QCOMPARE(submitted.count(), 1);
    const LabelCreateRequest expected{QStringLiteral("manager_employee"), QStringLiteral("Manager"),
                                      QStringLiteral("Employee")};
    QCOMPARE(dlg.createRequest(), expected);
    QVERIFY(dlg.createRequest().isPaired());
}

void TestAppDialogs::serverErrorKeepsInput() {
    LabelDialog dlg(LabelDialog::Mode::Create, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {});
    showAndActivate(&dlg);
    clickIndicator(child<QRadioButton>(&dlg, "pairedRadio"));
    auto *label = child<QLineEdit>(&dlg, "labelEdit");
    auto *inverse = child<QLineEdit>(&dlg, "inverseEdit");
    auto *name = child<QLineEdit>(&dlg, "nameEdit");
    QTest::keyClicks(label, QStringLiteral("Manager"));
    QTest::keyClicks(inverse, QStringLiteral("Employee"));
    QSignalSpy submitted(&dlg, &LabelDialog::submitRequested);
    QObject::connect(&dlg, &LabelDialog::submitRequested, &dlg, [&dlg] { dlg.setBusy(true); });
    QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QVERIFY(!label->isEnabled());
    QVERIFY(!inverse->isEnabled());
    QVERIFY(!name->isEnabled());
    QVERIFY(!okButton(&dlg)->isEnabled());
    QVERIFY(child<QProgressBar>(&dlg, "busyBar")->isVisible());
    QTest::keyClick(&dlg, Qt::Key_Return); // no second submit while busy
    QCOMPARE(submitted.count(), 1);

    const ApiError error = serverError();
    dlg.showServerError(error);
    QVERIFY(dlg.isVisible());
    QCOMPARE(dlg.result(), int(QDialog::Rejected)); // not closed either way
    QCOMPARE(label->text(), QStringLiteral("Manager"));
    QCOMPARE(inverse->text(), QStringLiteral("Employee"));
    QCOMPARE(name->text(), QStringLiteral("manager_employee"));
    QVERIFY(label->isEnabled() && inverse->isEnabled() && name->isEnabled());
    QVERIFY(okButton(&dlg)->isEnabled());
    QVERIFY(!child<QProgressBar>(&dlg, "busyBar")->isVisible());

    auto *panel = child<ErrorPanel>(&dlg, "errorPanel");
    QVERIFY(panel->isVisible());
    auto *message = child<QLabel>(panel, "errorMessage");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(error.message));
    QVERIFY(message->text().contains(error.correlationId));
    QVERIFY(message->textInteractionFlags() & Qt::TextSelectableByMouse);
    auto *details = child<QWidget>(panel, "errorDetails");
    QVERIFY(!details->isVisible());
    QTest::mouseClick(child<QWidget>(panel, "errorDetailsButton"), Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(
        panel->detailsText().contains(QStringLiteral("POST /crm/v4/associations/0-1/0-2/labels")));
}

void TestAppDialogs::renamePaired() {
    const AssociationLabel forward = userLabel(144, QStringLiteral("Manager"));
    const AssociationLabel inverse = userLabel(145, QStringLiteral("Employee"));
    LabelDialog dlg(LabelDialog::Mode::Rename, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"),
                    {forward, userLabel(1, QStringLiteral("Primary"))});
    dlg.setLabel(forward, inverse);
    showAndActivate(&dlg);
    auto *label = child<QLineEdit>(&dlg, "labelEdit");
    auto *inverseEdit = child<QLineEdit>(&dlg, "inverseEdit");
    QVERIFY(!child<QLineEdit>(&dlg, "nameEdit")->isVisible());
    QVERIFY(inverseEdit->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Manager"));
    QCOMPARE(inverseEdit->text(), QStringLiteral("Employee"));
    QVERIFY(!okButton(&dlg)->isEnabled()); // nothing changed yet

    replaceText(label, QStringLiteral("Line manager"));
    QVERIFY(okButton(&dlg)->isEnabled());
    QSignalSpy submitted(&dlg, &LabelDialog::submitRequested);
    QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const LabelUpdateRequest expected{144, QStringLiteral("Line manager"),
                                      QStringLiteral("Employee")};
    QCOMPARE(dlg.updateRequest(), expected);

    // Single label: no inverse text is sent.
    LabelDialog single(LabelDialog::Mode::Rename, QStringLiteral("Contacts"),
                       QStringLiteral("Companies"), {});
    single.setLabel(userLabel(30, QStringLiteral("Partner")), std::nullopt);
    showAndActivate(&single);
    QVERIFY(!child<QLineEdit>(&single, "inverseEdit")->isVisible());
    replaceText(child<QLineEdit>(&single, "labelEdit"), QStringLiteral("Partner firm"));
    const LabelUpdateRequest expectedSingle{30, QStringLiteral("Partner firm"), std::nullopt};
    QCOMPARE(single.updateRequest(), expectedSingle);
}

void TestAppDialogs::renameDuplicate() {
    const AssociationLabel forward = userLabel(144, QStringLiteral("Manager"));
    LabelDialog dlg(LabelDialog::Mode::Rename, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {forward, userLabel(146, QStringLiteral("Lead"))});
    dlg.setLabel(forward, std::nullopt);
    showAndActivate(&dlg);
    replaceText(child<QLineEdit>(&dlg, "labelEdit"), QStringLiteral("lead"));
    QVERIFY(child<QLabel>(&dlg, "labelError")->isVisible());
    QVERIFY(!okButton(&dlg)->isEnabled());
}

void TestAppDialogs::labelKeyboardOnly() {
    LabelDialog dlg(LabelDialog::Mode::Create, QStringLiteral("Contacts"),
                    QStringLiteral("Companies"), {});
    showAndActivate(&dlg);
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    auto *label = child<QLineEdit>(&dlg, "labelEdit");
    auto *inverse = child<QLineEdit>(&dlg, "inverseEdit");
    auto *name = child<QLineEdit>(&dlg, "nameEdit");
    QCOMPARE(QApplication::focusWidget(), label);
    QTest::keyClick(label, Qt::Key_P, Qt::AltModifier);                       // &Paired labels
    QTRY_VERIFY(child<QRadioButton>(&dlg, "pairedRadio")->isChecked());       // animateClick()
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier); // &Label (buddy)
    QCOMPARE(QApplication::focusWidget(), label);
    QTest::keyClicks(label, QStringLiteral("Parent"));
    QTest::keyClick(label, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), inverse);
    QTest::keyClicks(inverse, QStringLiteral("Child"));
    QTest::keyClick(inverse, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), name);
    QCOMPARE(name->text(), QStringLiteral("parent_child"));
    QSignalSpy submitted(&dlg, &LabelDialog::submitRequested);
    QTest::keyClick(name, Qt::Key_Enter);
    QCOMPARE(submitted.count(), 1);
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!dlg.isVisible());
    QCOMPARE(dlg.result(), int(QDialog::Rejected));
}

// --- LimitDialog -------------------------------------------------------------------------------

void TestAppDialogs::tighterLimitRequestsImpact() {
    const LimitTarget forward =
        target(QStringLiteral("0-1"), QStringLiteral("0-2"), QStringLiteral("Contacts → Companies"),
               144, QStringLiteral("Manager"), 10);
    LimitDialog dlg(forward, std::nullopt);
    showAndActivate(&dlg);
    QVERIFY(!child<QWidget>(&dlg, "inverseGroup")->isVisible());
    QVERIFY(!okButton(&dlg)->isEnabled());
    auto *spin = child<QSpinBox>(&dlg, "forwardSpin");
    QCOMPARE(spin->value(), 10);
    QVERIFY(child<QLabel>(&dlg, "forwardCurrentLabel")->text().contains(QStringLiteral("10")));
    QSignalSpy impact(&dlg, &LimitDialog::impactRequested);
    replaceText(spin, QStringLiteral("5"));
    QCOMPARE(dlg.value(), std::optional<int>(5));
    QVERIFY(dlg.changed());
    QVERIFY(okButton(&dlg)->isEnabled());
    QVERIFY(child<QWidget>(&dlg, "forwardWarning")->isVisible());
    QCOMPARE(impact.count(), 0); // debounced
    QTRY_COMPARE(impact.count(), 1);
    QCOMPARE(impact.at(0).at(0).value<ObjectTypePair>(), forward.pair);
    QCOMPARE(impact.at(0).at(1).toInt(), 5);

    RecordLimitReport report;
    report.limit = 10;
    report.totalRecordsAtLimit = 3;
    report.totalRecordsNearLimit = 7;
    for (int k = 0; k < 4; ++k)
        report.atLimitSamples.append({1000 + k, QStringLiteral("Acme %1").arg(k), 0, 0});
    for (int k = 0; k < 3; ++k)
        report.nearLimitSamples.append({2000 + k, QStringLiteral("Globex %1").arg(k), 8, 80});
    dlg.setImpact(forward.pair, report);
    auto *panel = child<LimitImpactPanel>(&dlg, "forwardWarning");
    const QString text = panel->text();
    QVERIFY2(text.contains(QStringLiteral("3 record")) &&
                 text.contains(QStringLiteral("at the limit")) &&
                 text.contains(QStringLiteral("7 near it")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("from 10 to 5")), qPrintable(text));
    auto *samples = panel->samples();
    QCOMPARE(samples->count(), LimitImpactPanel::MaxSamples);
    QVERIFY(samples->item(0)->text().contains(QStringLiteral("1000")));
    QVERIFY(samples->item(0)->text().contains(QStringLiteral("Acme 0")));
    QVERIFY(samples->item(4)->text().contains(QStringLiteral("Globex 0")));

    // Another impact for an unrelated pair is ignored.
    RecordLimitReport other;
    other.totalRecordsAtLimit = 99;
    dlg.setImpact(ObjectTypePair{QStringLiteral("0-3"), QStringLiteral("0-1")}, other);
    QVERIFY(panel->text().contains(QStringLiteral("3 record")));
}

void TestAppDialogs::looserLimitDoesNotRequestImpact() {
    LimitDialog dlg(target(QStringLiteral("0-1"), QStringLiteral("0-2"),
                           QStringLiteral("Contacts → Companies"), 144, QStringLiteral("Manager"),
                           10),
                    std::nullopt);
    showAndActivate(&dlg);
    dlg.setImpactDelay(0);
    QSignalSpy impact(&dlg, &LimitDialog::impactRequested);
    replaceText(child<QSpinBox>(&dlg, "forwardSpin"), QStringLiteral("15"));
    QVERIFY(dlg.changed());
    QVERIFY(!child<QWidget>(&dlg, "forwardWarning")->isVisible());
    // Proves that nothing is asked: with no delay a request would come on the first pass of the
    // event loop, and tighterLimitRequestsImpact shows that one does for a tighter limit.
    QTest::qWait(100);
    QCOMPARE(impact.count(), 0);
}

void TestAppDialogs::noLimitIsNullopt() {
    const LimitTarget forward =
        target(QStringLiteral("0-1"), QStringLiteral("0-2"), QStringLiteral("Contacts → Companies"),
               144, QStringLiteral("Manager"), 10);
    const LimitTarget inverse =
        target(QStringLiteral("0-2"), QStringLiteral("0-1"), QStringLiteral("Companies → Contacts"),
               145, QStringLiteral("Employee"), std::nullopt);
    LimitDialog dlg(forward, inverse);
    showAndActivate(&dlg);
    QVERIFY(child<QWidget>(&dlg, "inverseGroup")->isVisible());
    QCOMPARE(dlg.value(true), std::nullopt);
    QVERIFY(!dlg.changed(true));
    QVERIFY(!child<QSpinBox>(&dlg, "inverseSpin")->isEnabled());

    clickIndicator(child<QRadioButton>(&dlg, "forwardNoLimitRadio"));
    QCOMPARE(dlg.value(), std::nullopt);
    QVERIFY(dlg.changed());
    QVERIFY(!child<QSpinBox>(&dlg, "forwardSpin")->isEnabled());
    QVERIFY(okButton(&dlg)->isEnabled());

    // Any limit is tighter than none: the other direction asks for its impact.
    QSignalSpy impact(&dlg, &LimitDialog::impactRequested);
    clickIndicator(child<QRadioButton>(&dlg, "inverseLimitRadio"));
    QVERIFY(child<QSpinBox>(&dlg, "inverseSpin")->isEnabled());
    replaceText(child<QSpinBox>(&dlg, "inverseSpin"), QStringLiteral("2"));
    QCOMPARE(dlg.value(true), std::optional<int>(2));
    QVERIFY(dlg.isTighter(true));
    QTRY_COMPARE(impact.count(), 1);
    QCOMPARE(impact.at(0).at(0).value<ObjectTypePair>(), inverse.pair);
    QCOMPARE(impact.at(0).at(1).toInt(), 2);
    QVERIFY(child<LimitImpactPanel>(&dlg, "inverseWarning")
                ->text()
                .contains(QStringLiteral("Checking")));

    // Back to "No limit": unchanged again.
    clickIndicator(child<QRadioButton>(&dlg, "inverseNoLimitRadio"));
    QVERIFY(!dlg.changed(true));
    QVERIFY(!child<QWidget>(&dlg, "inverseWarning")->isVisible());
}

void TestAppDialogs::limitOutOfRangeRejected() {
    LimitDialog dlg(target(QStringLiteral("0-1"), QStringLiteral("0-2"),
                           QStringLiteral("Contacts → Companies"), 144, QStringLiteral("Manager"),
                           10),
                    std::nullopt);
    showAndActivate(&dlg);
    auto *spin = child<QSpinBox>(&dlg, "forwardSpin");
    auto *error = child<QLabel>(&dlg, "forwardError");
    dlg.setImpactDelay(0);
    QSignalSpy impact(&dlg, &LimitDialog::impactRequested);
    QSignalSpy submitted(&dlg, &LimitDialog::submitRequested);

    replaceText(spin, QStringLiteral("20000"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("10,000")) ||
                 error->text().contains(QStringLiteral("10000")),
             qPrintable(error->text()));
    QVERIFY(!okButton(&dlg)->isEnabled());
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);

    replaceText(spin, QStringLiteral("0"));
    QVERIFY(error->isVisible());
    QVERIFY(!okButton(&dlg)->isEnabled());

    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(spin, Qt::Key_Delete);
    QVERIFY(error->isVisible());
    QVERIFY(!okButton(&dlg)->isEnabled());

    // Proves that nothing is asked (the delay is 0 here: a request would come at once).
    QTest::qWait(100);
    QCOMPARE(impact.count(), 0); // invalid values are never asked about

    QTest::keyClicks(spin, QStringLiteral("10000"));
    QVERIFY(!error->isVisible());
    QVERIFY(okButton(&dlg)->isEnabled());
    QCOMPARE(dlg.value(), std::optional<int>(10000));
}

void TestAppDialogs::limitSubmit() {
    LimitDialog dlg(target(QStringLiteral("0-1"), QStringLiteral("0-2"),
                           QStringLiteral("Contacts → Companies"), 144, QStringLiteral("Manager"),
                           std::nullopt),
                    std::nullopt);
    showAndActivate(&dlg);
    QSignalSpy submitted(&dlg, &LimitDialog::submitRequested);
    clickIndicator(child<QRadioButton>(&dlg, "forwardLimitRadio"));
    replaceText(child<QSpinBox>(&dlg, "forwardSpin"), QStringLiteral("3"));
    QTest::keyClick(child<QSpinBox>(&dlg, "forwardSpin"), Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);
    dlg.setBusy(true);
    QVERIFY(!okButton(&dlg)->isEnabled());
    QVERIFY(!child<QSpinBox>(&dlg, "forwardSpin")->isEnabled());
    dlg.showServerError(serverError());
    QVERIFY(dlg.isVisible());
    QCOMPARE(dlg.value(), std::optional<int>(3));
    QVERIFY(child<ErrorPanel>(&dlg, "errorPanel")->message().contains(serverError().correlationId));
    QVERIFY(okButton(&dlg)->isEnabled());
    QVERIFY(child<QSpinBox>(&dlg, "forwardSpin")->isEnabled());
}

void TestAppDialogs::limitImpactUnavailable() {
    const LimitTarget forward =
        target(QStringLiteral("0-1"), QStringLiteral("0-2"), QStringLiteral("Contacts → Companies"),
               144, QStringLiteral("Manager"), std::nullopt);
    LimitDialog dlg(forward, std::nullopt);
    showAndActivate(&dlg);
    clickIndicator(child<QRadioButton>(&dlg, "forwardLimitRadio"));
    dlg.setImpactUnavailable(forward.pair,
                             QStringLiteral("Missing scope crm.objects.contacts.read"));
    QVERIFY(child<LimitImpactPanel>(&dlg, "forwardWarning")
                ->text()
                .contains(QStringLiteral("Missing scope crm.objects.contacts.read")));
}

// --- DeleteLabelDialog -------------------------------------------------------------------------

void TestAppDialogs::deleteShowsBothDirections() {
    DeleteLabelDialog dlg(QStringLiteral("Contacts → Companies"),
                          QStringLiteral("Companies → Contacts"),
                          {{userLabel(144, QStringLiteral("Manager")), 5,
                            userLabel(145, QStringLiteral("Employee")), std::nullopt}});
    showAndActivate(&dlg);
    auto *view = child<BulkChangeList>(&dlg, "changeList")->view();
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->headerItem()->text(1), QStringLiteral("Contacts → Companies"));
    QCOMPARE(view->headerItem()->text(2), QStringLiteral("Companies → Contacts"));
    const QTreeWidgetItem *row = view->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("“Manager” / “Employee”"));
    QVERIFY2(row->text(1).contains(QStringLiteral("144")), qPrintable(row->text(1)));
    QVERIFY(row->text(1).contains(QStringLiteral("at most 5 record")));
    QVERIFY2(row->text(2).contains(QStringLiteral("145")), qPrintable(row->text(2)));
    QVERIFY(row->text(2).contains(QStringLiteral("no limit")));
    QVERIFY(child<QLabel>(&dlg, "headline")->text().contains(QStringLiteral("Manager")));

    // Enter alone does not delete: Cancel is the default button.
    auto *buttons = child<QDialogButtonBox>(&dlg, "buttons");
    QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
    QSignalSpy submitted(&dlg, &DeleteLabelDialog::submitRequested);
    QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    dlg.setRunning(true);
    QVERIFY(!okButton(&dlg)->isEnabled());
    dlg.showServerError(serverError());
    QVERIFY(dlg.isVisible());
    QVERIFY(okButton(&dlg)->isEnabled());
    QVERIFY(child<ErrorPanel>(&dlg, "errorPanel")->isVisible());
    QTest::keyClick(&dlg, Qt::Key_Escape);
    QVERIFY(!dlg.isVisible());
    QCOMPARE(dlg.result(), int(QDialog::Rejected));
}

void TestAppDialogs::deleteSingleDirection() {
    DeleteLabelDialog dlg(
        QStringLiteral("Contacts → Contacts"), QStringLiteral("Contacts → Contacts"),
        {{userLabel(449, QStringLiteral("Colleague")), std::nullopt, std::nullopt, std::nullopt}});
    showAndActivate(&dlg);
    auto *view = child<BulkChangeList>(&dlg, "changeList")->view();
    QCOMPARE(view->topLevelItem(0)->text(0), QStringLiteral("“Colleague”"));
    QVERIFY(view->topLevelItem(0)->text(1).contains(QStringLiteral("449")));
    QVERIFY(view->headerItem()->text(2).contains(QStringLiteral("other direction")));
}

// Several labels in one confirmation; while they are deleted Cancel reads Stop and asks to
// stop instead of closing; each label's outcome then shows in its row.
void TestAppDialogs::deleteSeveralShowsProgressAndOutcomes() {
    DeleteLabelDialog dlg(
        QStringLiteral("Contacts → Companies"), QStringLiteral("Companies → Contacts"),
        {{userLabel(144, QStringLiteral("Manager")), std::nullopt,
          userLabel(145, QStringLiteral("Employee")), std::nullopt},
         {userLabel(150, QStringLiteral("Auditor")), 2, std::nullopt, std::nullopt},
         {userLabel(151, QStringLiteral("Reseller")), std::nullopt,
          userLabel(152, QStringLiteral("Resold by")), 4}});
    showAndActivate(&dlg);
    QVERIFY2(child<QLabel>(&dlg, "headline")->text().contains(QStringLiteral("3")),
             qPrintable(child<QLabel>(&dlg, "headline")->text()));
    BulkChangeList *list = child<BulkChangeList>(&dlg, "changeList");
    QCOMPARE(list->count(), 3);
    QVERIFY(list->view()->topLevelItem(2)->text(2).contains(QStringLiteral("at most 4 record")));

    QSignalSpy stop(&dlg, &DeleteLabelDialog::stopRequested);
    dlg.setRunning(true);
    list->beginRun(3);
    auto *progress = child<QProgressBar>(&dlg, "progressBar");
    QVERIFY(progress->isVisible());
    list->setProgress(1, 3);
    QCOMPARE(progress->text(), QStringLiteral("1 of 3"));
    auto *cancel = child<QDialogButtonBox>(&dlg, "buttons")->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel->text().contains(QStringLiteral("Stop")));
    QTest::keyClick(&dlg, Qt::Key_Escape);
    QCOMPARE(stop.count(), 1);
    QVERIFY(dlg.isVisible());

    list->setOutcome(0, ChangeOutcome::Status::Applied, QStringLiteral("Applied — deleted"));
    list->setOutcome(1, ChangeOutcome::Status::Conflict, QStringLiteral("Not applied: now “X”"));
    list->setOutcome(2, ChangeOutcome::Status::Cancelled, QStringLiteral("Cancelled"));
    list->endRun();
    dlg.showRunEnded(QStringLiteral("Not every change was made."));
    QVERIFY(!progress->isVisible());
    QCOMPARE(list->outcomeText(1), QStringLiteral("Not applied: now “X”"));
    QVERIFY2(list->summary().contains(QStringLiteral("1 applied")), qPrintable(list->summary()));
    QVERIFY(list->summary().contains(QStringLiteral("left alone")));
    QVERIFY(cancel->text().contains(QStringLiteral("Close")));
    QVERIFY(okButton(&dlg)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dlg.isVisible());
}

// --- BulkLimitDialog ---------------------------------------------------------------------------

void TestAppDialogs::bulkLimitSetsOneValueForAll() {
    const QString pairName = QStringLiteral("Contacts → Companies");
    BulkLimitDialog dlg(BulkLimitDialog::Purpose::SetLimit,
                        {target(QStringLiteral("0-1"), QStringLiteral("0-2"), pairName, 144,
                                QStringLiteral("Manager"), 5),
                         target(QStringLiteral("0-1"), QStringLiteral("0-2"), pairName, 150,
                                QStringLiteral("Auditor"), std::nullopt)});
    showAndActivate(&dlg);
    auto *list = child<BulkChangeList>(&dlg, "changeList");
    QCOMPARE(list->count(), 2);
    QVERIFY(list->view()->topLevelItem(0)->text(2).contains(QStringLiteral("at most 5")));
    QVERIFY(list->view()->topLevelItem(1)->text(2).contains(QStringLiteral("no limit")));
    auto *spin = child<QSpinBox>(&dlg, "limitSpin");
    QCOMPARE(QApplication::focusWidget(), spin);
    QSignalSpy impact(&dlg, &BulkLimitDialog::impactRequested);
    replaceText(spin, QStringLiteral("3"));
    QCOMPARE(dlg.value(), std::optional<int>(3));
    QVERIFY(dlg.isTighter());
    QVERIFY(okButton(&dlg)->isEnabled());
    QTRY_COMPARE(impact.count(), 1);
    QCOMPARE(impact.last().at(1).toInt(), 3);
    auto *panel = child<LimitImpactPanel>(&dlg, "impactPanel");
    QVERIFY(panel->isVisible());
    RecordLimitReport report;
    report.totalRecordsAtLimit = 2;
    report.totalRecordsNearLimit = 1;
    dlg.setImpact({QStringLiteral("0-1"), QStringLiteral("0-2")}, report);
    QVERIFY2(panel->text().contains(QStringLiteral("2 record")), qPrintable(panel->text()));

    replaceText(spin, QStringLiteral("20000"));
    QVERIFY(child<QLabel>(&dlg, "limitError")->isVisible());
    QVERIFY(!okButton(&dlg)->isEnabled());
    replaceText(spin, QStringLiteral("8"));
    QSignalSpy submitted(&dlg, &BulkLimitDialog::submitRequested);
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);
    dlg.setRunning(true);
    QVERIFY(!spin->isEnabled());
    dlg.setRunning(false);
    QVERIFY(spin->isEnabled());
}

void TestAppDialogs::bulkLimitRemoveConfirmsAndShowsImpact() {
    const QString pairName = QStringLiteral("Contacts → Companies");
    BulkLimitDialog dlg(BulkLimitDialog::Purpose::RemoveLimit,
                        {target(QStringLiteral("0-1"), QStringLiteral("0-2"), pairName, 144,
                                QStringLiteral("Manager"), 5)});
    showAndActivate(&dlg);
    QVERIFY(!child<QWidget>(&dlg, "limitChoice")->isVisible());
    QCOMPARE(dlg.value(), std::nullopt);
    auto *panel = child<LimitImpactPanel>(&dlg, "impactPanel");
    QVERIFY(panel->isVisible());
    QVERIFY(panel->text().contains(QStringLiteral("Checking")));
    RecordLimitReport report;
    report.limit = 5;
    report.totalRecordsAtLimit = 4;
    report.totalRecordsNearLimit = 2;
    report.atLimitSamples.append({1001, QStringLiteral("Acme"), 0, 0});
    dlg.setImpact({QStringLiteral("0-1"), QStringLiteral("0-2")}, report);
    QVERIFY2(panel->text().contains(QStringLiteral("4 record")), qPrintable(panel->text()));
    QCOMPARE(panel->samples()->count(), 1);
    // A confirmation: Enter alone removes nothing.
    auto *buttons = child<QDialogButtonBox>(&dlg, "buttons");
    QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
    QVERIFY(okButton(&dlg)->text().contains(QStringLiteral("Remove")));
    QVERIFY(okButton(&dlg)->isEnabled());
}

// --- ConnectDialog -----------------------------------------------------------------------------

// Core / All / Auto (recommended) / Choose…, the last with the standard types to check by name.
void TestAppDialogs::connectChoosesObjectTypes() {
    ConnectDialog dlg;
    showAndActivate(&dlg);
    QTest::keyClicks(child<QLineEdit>(&dlg, "tokenEdit"), QStringLiteral("pat-na1-secret"));
    auto *combo = child<QComboBox>(&dlg, "objectTypesCombo");
    auto *list = child<QListWidget>(&dlg, "objectTypesList");
    QCOMPARE(dlg.config().objectTypes, ObjectTypeChoice::automatic());
    QVERIFY(combo->currentText().contains(QStringLiteral("recommended")));
    QVERIFY(!list->isVisible());

    // By keyboard: Core, then All.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(dlg.config().objectTypes, ObjectTypeChoice::core());
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(dlg.config().objectTypes, ObjectTypeChoice::all());

    // Choose…: the list shows, the core four checked; check Line items, uncheck Tickets.
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(list->isVisible());
    QCOMPARE(dlg.config().objectTypes.toString(),
             QStringLiteral("contacts,companies,deals,tickets"));
    const auto clickCheck = [list](const QString &text) {
        const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
        QVERIFY2(found.size() == 1, qPrintable(text));
        list->scrollToItem(found.first());
        QRect box = list->visualItemRect(found.first());
        // The check box sits at the start of the row.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          QPoint(box.left() + box.height() / 2, box.center().y()));
    };
    clickCheck(QStringLiteral("Line items"));
    clickCheck(QStringLiteral("Tickets"));
    QCOMPARE(dlg.config().objectTypes.toString(),
             QStringLiteral("contacts,companies,deals,line_items"));
    QVERIFY(okButton(&dlg)->isEnabled());
    // Nothing checked cannot be connected with.
    for (const QString &name : {QStringLiteral("Contacts"), QStringLiteral("Companies"),
                                QStringLiteral("Deals"), QStringLiteral("Line items")})
        clickCheck(name);
    QVERIFY(!okButton(&dlg)->isEnabled());

    // A saved list, custom names included, comes back as it was.
    ClientConfig config;
    config.objectTypes = ObjectTypeChoice::parse(QStringLiteral("leads,p7001234_vehicles")).value();
    dlg.setConfig(config);
    QVERIFY(list->isVisible());
    QCOMPARE(dlg.config().objectTypes, config.objectTypes);
}

void TestAppDialogs::connectDefaults() {
    ConnectDialog dlg;
    showAndActivate(&dlg);
    QCOMPARE(child<QLineEdit>(&dlg, "baseUrlEdit")->text(),
             QStringLiteral("https://api.hubapi.com"));
    QCOMPARE(dlg.config().baseUrl, QUrl(QStringLiteral("https://api.hubapi.com")));
    QCOMPARE(dlg.config().version, ApiVersion::V4);
    QCOMPARE(dlg.config().credentials.kind, Credentials::Kind::PrivateAppToken);
    QVERIFY(!okButton(&dlg)->isEnabled());
    QVERIFY(!child<QPushButton>(&dlg, "testButton")->isEnabled());
    auto *token = child<QLineEdit>(&dlg, "tokenEdit");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token, QStringLiteral("pat-na1-secret"));
    QVERIFY(okButton(&dlg)->isEnabled());
    QCOMPARE(dlg.config().credentials.token, QStringLiteral("pat-na1-secret"));
    QTest::keyClick(token, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(token, Qt::Key_Delete);
    QVERIFY(child<QLabel>(&dlg, "tokenError")->isVisible());
    QVERIFY(!okButton(&dlg)->isEnabled());
}

void TestAppDialogs::connectSwitchAuthForm() {
    ConnectDialog dlg;
    showAndActivate(&dlg);
    auto *combo = child<QComboBox>(&dlg, "authCombo");
    auto *stack = child<QStackedWidget>(&dlg, "authStack");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(dlg.config().credentials.kind, Credentials::Kind::OAuth);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("oauthPage"));
    QVERIFY(!okButton(&dlg)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dlg, "clientIdEdit"), QStringLiteral("client-1"));
    QTest::keyClicks(child<QLineEdit>(&dlg, "clientSecretEdit"), QStringLiteral("s3cret"));
    QVERIFY(!okButton(&dlg)->isEnabled()); // refresh token still missing
    QSignalSpy submitted(&dlg, &ConnectDialog::submitRequested);
    QTest::keyClick(child<QLineEdit>(&dlg, "clientSecretEdit"), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    QVERIFY(child<QLabel>(&dlg, "refreshTokenError")->isVisible());
    QTest::keyClicks(child<QLineEdit>(&dlg, "refreshTokenEdit"), QStringLiteral("rt-1"));
    QVERIFY(!child<QLabel>(&dlg, "refreshTokenError")->isVisible());
    QVERIFY(okButton(&dlg)->isEnabled());
    QTest::keyClick(child<QLineEdit>(&dlg, "refreshTokenEdit"), Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("apiKeyPage"));
    QCOMPARE(dlg.config().credentials.kind, Credentials::Kind::ApiKey);
    QVERIFY(!okButton(&dlg)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dlg, "apiKeyEdit"), QStringLiteral("key-1"));
    QVERIFY(okButton(&dlg)->isEnabled());
    QCOMPARE(dlg.config().credentials.apiKeyHeader, QStringLiteral("private-app"));
}

void TestAppDialogs::connectUrlValidation() {
    ConnectDialog dlg;
    showAndActivate(&dlg);
    QTest::keyClicks(child<QLineEdit>(&dlg, "tokenEdit"), QStringLiteral("pat-1"));
    auto *url = child<QLineEdit>(&dlg, "baseUrlEdit");
    auto *error = child<QLabel>(&dlg, "baseUrlError");
    for (const QString &bad : {QStringLiteral("ftp://api.hubapi.com"), QStringLiteral("https://"),
                               QStringLiteral("api.hubapi.com"), QString()}) {
        replaceText(url, bad);
        QVERIFY2(error->isVisible(), qPrintable(bad));
        QVERIFY2(!okButton(&dlg)->isEnabled(), qPrintable(bad));
    }
    // Secrets travel only over TLS: the client's own rule, in the client's own words.
    for (const QString &refused : {QStringLiteral("http://api.hubapi.com"),
                                   QStringLiteral("https://admin:hunter22@api.hubapi.com")}) {
        replaceText(url, refused);
        QVERIFY2(error->isVisible(), qPrintable(refused));
        QCOMPARE(error->text(), BaseUrlPolicy::problem(QUrl(refused)));
        QVERIFY(!error->text().contains(QStringLiteral("hunter22")));
        QVERIFY(!okButton(&dlg)->isEnabled());
        QVERIFY(!child<QPushButton>(&dlg, "testButton")->isEnabled());
    }
    for (const QString &loopback :
         {QStringLiteral("http://localhost:8080"), QStringLiteral("http://127.0.0.1:8080")}) {
        replaceText(url, loopback);
        QVERIFY2(!error->isVisible(), qPrintable(loopback));
        QVERIFY(okButton(&dlg)->isEnabled());
    }
    QCOMPARE(dlg.config().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));

    // The profile form is the same dialog and says the same.
    ConnectDialog profile;
    profile.setProfileMode(QStringLiteral("Production"), {});
    showAndActivate(&profile);
    QTest::keyClicks(child<QLineEdit>(&profile, "tokenEdit"), QStringLiteral("pat-1"));
    replaceText(child<QLineEdit>(&profile, "baseUrlEdit"), QStringLiteral("http://api.hubapi.com"));
    QCOMPARE(child<QLabel>(&profile, "baseUrlError")->text(),
             BaseUrlPolicy::problem(QUrl(QStringLiteral("http://api.hubapi.com"))));
    QVERIFY(!okButton(&profile)->isEnabled());
}

void TestAppDialogs::connectTestEmitsConfig() {
    ConnectDialog dlg;
    showAndActivate(&dlg);
    replaceText(child<QLineEdit>(&dlg, "baseUrlEdit"), QStringLiteral("https://eu1.example.test"));
    auto *combo = child<QComboBox>(&dlg, "authCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClicks(child<QLineEdit>(&dlg, "clientIdEdit"), QStringLiteral("client-1"));
    QTest::keyClicks(child<QLineEdit>(&dlg, "clientSecretEdit"), QStringLiteral("s3cret"));
    QTest::keyClicks(child<QLineEdit>(&dlg, "refreshTokenEdit"), QStringLiteral("rt-1"));
    auto *version = child<QComboBox>(&dlg, "versionCombo");
    version->setCurrentIndex(version->findData(QStringLiteral("2026-03")));

    QSignalSpy tested(&dlg, &ConnectDialog::testRequested);
    QTest::mouseClick(child<QPushButton>(&dlg, "testButton"), Qt::LeftButton);
    QCOMPARE(tested.count(), 1);
    const auto config = tested.at(0).at(0).value<ClientConfig>();
    QCOMPARE(config.baseUrl, QUrl(QStringLiteral("https://eu1.example.test")));
    QCOMPARE(config.version, ApiVersion::V2026_03);
    QCOMPARE(config.credentials.kind, Credentials::Kind::OAuth);
    QCOMPARE(config.credentials.clientId, QStringLiteral("client-1"));
    QCOMPARE(config.credentials.clientSecret, QStringLiteral("s3cret"));
    QCOMPARE(config.credentials.refreshToken, QStringLiteral("rt-1"));
}

void TestAppDialogs::connectTestResultAndError() {
    ConnectDialog dlg;
    showAndActivate(&dlg);
    QTest::keyClicks(child<QLineEdit>(&dlg, "tokenEdit"), QStringLiteral("pat-1"));
    QObject::connect(&dlg, &ConnectDialog::testRequested, &dlg, [&dlg] { dlg.setBusy(true); });
    QTest::mouseClick(child<QPushButton>(&dlg, "testButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(&dlg, "testButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(&dlg, "tokenEdit")->isEnabled());
    QVERIFY(child<QProgressBar>(&dlg, "busyBar")->isVisible());

    PortalInfo info;
    info.portalId = 7001234;
    info.uiDomain = QStringLiteral("app.hubspot.com");
    dlg.setTestResult(info);
    QCOMPARE(child<QLabel>(&dlg, "testResult")->text(),
             QStringLiteral("Portal 7001234 · app.hubspot.com"));
    QVERIFY(child<QLineEdit>(&dlg, "tokenEdit")->isEnabled());
    QVERIFY(okButton(&dlg)->isEnabled());

    ApiError error;
    error.kind = ApiError::Kind::SignInRequired;
    error.httpStatus = 401;
    error.message = QStringLiteral("The token is invalid");
    error.correlationId = QStringLiteral("corr-401");
    dlg.setTestError(error);
    QVERIFY(child<QLabel>(&dlg, "testResult")->text().isEmpty());
    auto *panel = child<ErrorPanel>(&dlg, "errorPanel");
    QVERIFY(panel->isVisible());
    QVERIFY(panel->message().contains(QStringLiteral("The token is invalid")));
    QVERIFY(panel->message().contains(QStringLiteral("corr-401")));
}

void TestAppDialogs::connectSetConfigPrefills() {
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://localhost:9000"));
    config.version = ApiVersion::V2026_09;
    config.credentials =
        Credentials::apiKey(QStringLiteral("do-not-show"), QStringLiteral("private-app-legacy"));
    config.connection.timeoutMs = 1234;
    ConnectDialog dlg;
    dlg.setConfig(config);
    showAndActivate(&dlg);
    QCOMPARE(child<QLineEdit>(&dlg, "baseUrlEdit")->text(),
             QStringLiteral("http://localhost:9000"));
    QCOMPARE(child<QStackedWidget>(&dlg, "authStack")->currentWidget()->objectName(),
             QStringLiteral("apiKeyPage"));
    QVERIFY(child<QLineEdit>(&dlg, "apiKeyEdit")->text().isEmpty()); // secrets are not prefilled
    QVERIFY(!okButton(&dlg)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dlg, "apiKeyEdit"), QStringLiteral("key-2"));
    const ClientConfig out = dlg.config();
    QCOMPARE(out.version, ApiVersion::V2026_09);
    QCOMPARE(out.credentials.kind, Credentials::Kind::ApiKey);
    QCOMPARE(out.credentials.apiKeyHeader, QStringLiteral("private-app-legacy"));
    QCOMPARE(out.credentials.token, QStringLiteral("key-2"));
    QCOMPARE(out.connection.timeoutMs, 1234); // kept from setConfig
}

void TestAppDialogs::connectShowSecrets() {
    ConnectDialog dlg;
    showAndActivate(&dlg);
    auto *show = child<QCheckBox>(&dlg, "showSecretsCheck");
    clickIndicator(show);
    for (const char *name : {"tokenEdit", "clientSecretEdit", "refreshTokenEdit", "apiKeyEdit"})
        QCOMPARE(child<QLineEdit>(&dlg, name)->echoMode(), QLineEdit::Normal);
    QCOMPARE(child<QLineEdit>(&dlg, "clientIdEdit")->echoMode(), QLineEdit::Normal);
    clickIndicator(show);
    for (const char *name : {"tokenEdit", "clientSecretEdit", "refreshTokenEdit", "apiKeyEdit"})
        QCOMPARE(child<QLineEdit>(&dlg, name)->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(TestAppDialogs)
#include "test_app_dialogs.moc"
