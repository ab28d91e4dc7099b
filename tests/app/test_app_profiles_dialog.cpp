// SPDX-License-Identifier: MIT
// Manage Profiles: add, edit, duplicate and remove portal profiles the way a user does, and check
// what reached the settings and the keychain. Inside tools/run-tests.sh the keychain is a real
// Secret Service; without one the store keeps secrets for the session, as the app does.

#include "app/dialogs/ConnectDialog.h"
#include "app/dialogs/ProfilesDialog.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace assoc;
using namespace assoc::app;
using auth::PortalProfile;
using auth::SecretName;
using auth::SecretResult;

namespace {
const QString kToken = QStringLiteral("pat-na1-11111111-2222-3333-4444-profilesdialog");

SecretResult finish(auth::SecretOperation *op) {
    QSignalSpy spy(op, &auth::SecretOperation::finished);
    if (!spy.wait(20000))
        return SecretResult::failure(QStringLiteral("timed out"));
    return spy.first().first().value<SecretResult>();
}

// Replaces a line edit's text by keyboard, as a user would.
void retype(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QPushButton *button(QWidget *dialog, const char *name) {
    return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
}

QStringList names(const QTreeWidget *list) {
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out.append(list->topLevelItem(i)->text(0));
    return out;
}

// The dialog with a model tester on its list; the tester goes first, before the list's model.
struct Shown {
    std::unique_ptr<ProfilesDialog> dialog;
    std::unique_ptr<QAbstractItemModelTester> tester;
    ProfilesDialog *get() const { return dialog.get(); }
    ProfilesDialog *operator->() const { return dialog.get(); }
};

QMessageBox *visibleBox(const QString &objectName) {
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (box && box->objectName() == objectName && box->isVisible())
            return box;
    }
    return nullptr;
}
} // namespace

class TestAppProfilesDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addSavesSettingsAndSecret();
    void editRenamesAndMovesKeepingTheSecret();
    void editToAnotherSignInNeedsItsSecret();
    void duplicateCopiesTheSecretsUnderANewName();
    void removeAsksFirstAndDeletesTheSecrets();
    void openAsksTheWindowToConnect();
    void keychainFailureKeepsWhatWasTyped();

private:
    PortalProfile addStored(const QString &name, const QString &token);
    Shown makeDialog();
    QTreeWidget *list(ProfilesDialog *dialog) {
        return dialog->findChild<QTreeWidget *>(QStringLiteral("profileList"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::SecretStore> m_secrets;
    std::unique_ptr<auth::ProfileStore> m_store;
    bool m_keychain = false;
};

void TestAppProfilesDialog::initTestCase() {
    qRegisterMetaType<SecretResult>();
    auth::SecretStore probe(QStringLiteral("AssociationStudioTest"));
    m_keychain = finish(probe.probe()).ok();
}

void TestAppProfilesDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    // A service name of its own, so the test never touches the app's real entries.
    m_secrets = std::make_unique<auth::SecretStore>(QStringLiteral("AssociationStudioTest"));
    m_secrets->setRetryDelayMs(50);
    if (!m_keychain)
        m_secrets->setMode(auth::SecretStore::Mode::SessionOnly);
    m_store = std::make_unique<auth::ProfileStore>(m_settings.get(), m_secrets.get());
}

void TestAppProfilesDialog::cleanup() {
    for (const PortalProfile &p : m_store->profiles())
        finish(m_store->remove(p.id));
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

PortalProfile TestAppProfilesDialog::addStored(const QString &name, const QString &token) {
    PortalProfile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    p.portalId = 7001234;
    p = m_store->add(p);
    const SecretResult written = finish(m_secrets->write(p.id, SecretName::Token, token));
    if (!written.ok())
        qWarning("%s", qPrintable(written.errorMessage));
    return p;
}

Shown TestAppProfilesDialog::makeDialog() {
    Shown shown;
    shown.dialog = std::make_unique<ProfilesDialog>(m_store.get(), m_secrets.get());
    shown.tester = std::make_unique<QAbstractItemModelTester>(list(shown.get())->model());
    shown->show();
    return shown;
}

void TestAppProfilesDialog::addSavesSettingsAndSecret() {
    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(!button(dialog.get(), "editButton")->isEnabled()); // nothing to edit yet
    QTest::mouseClick(button(dialog.get(), "addButton"), Qt::LeftButton);
    ConnectDialog *editor = dialog->editor();
    QVERIFY(editor && editor->isVisible());
    auto *save = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                     ->button(QDialogButtonBox::Ok);
    QCOMPARE(save->text(), ConnectDialog::tr("Save"));
    QVERIFY(!save->isEnabled()); // no name, no token yet

    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTRY_VERIFY(name->hasFocus()); // typing goes to the name first
    QTest::keyClicks(name, QStringLiteral("Production"));
    retype(editor->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit")),
           QStringLiteral("https://api.example.test"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), kToken);
    QVERIFY(save->isEnabled());
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(m_store->profiles().size(), 1);
    QTRY_VERIFY(!dialog->editor());
    const PortalProfile stored = m_store->profiles().first();
    QCOMPARE(stored.name, QStringLiteral("Production"));
    QCOMPARE(stored.baseUrl, QUrl(QStringLiteral("https://api.example.test")));
    QCOMPARE(stored.authKind, Credentials::Kind::PrivateAppToken);
    QCOMPARE(names(list(dialog.get())), QStringList{QStringLiteral("Production")});
    QCOMPARE(dialog->currentProfileId(), stored.id);
    const SecretResult secret = finish(m_secrets->read(stored.id, SecretName::Token));
    QVERIFY2(secret.ok(), qPrintable(secret.errorMessage));
    QCOMPARE(secret.value, kToken);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains(kToken.toUtf8()), "the token reached the settings");

    // A second profile may not take the same name.
    QTest::mouseClick(button(dialog.get(), "addButton"), Qt::LeftButton);
    editor = dialog->editor();
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("production"));
    auto *nameError = editor->findChild<QLabel *>(QStringLiteral("nameError"));
    QVERIFY(nameError->isVisible());
    QVERIFY(nameError->text().contains(QStringLiteral("production")));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->editor());
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestAppProfilesDialog::editRenamesAndMovesKeepingTheSecret() {
    const PortalProfile before = addStored(QStringLiteral("Sandbox"), kToken);
    auto dialog = makeDialog();
    QVERIFY(dialog->selectProfile(before.id));
    QTest::mouseClick(button(dialog.get(), "editButton"), Qt::LeftButton);
    ConnectDialog *editor = dialog->editor();
    QVERIFY(editor);
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Sandbox"));
    auto *token = editor->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QVERIFY(token->text().isEmpty()); // secrets are never shown again
    QVERIFY(token->placeholderText().contains(QStringLiteral("keep")));
    auto *save = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                     ->button(QDialogButtonBox::Ok);
    QVERIFY(save->isEnabled()); // an empty secret keeps the stored one

    retype(name, QStringLiteral("Sandbox EU"));
    retype(editor->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit")),
           QStringLiteral("https://api-eu1.example.test"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->editor());

    const auto after = m_store->profile(before.id);
    QVERIFY(after);
    QCOMPARE(after->name, QStringLiteral("Sandbox EU"));
    QCOMPARE(after->baseUrl, QUrl(QStringLiteral("https://api-eu1.example.test")));
    QCOMPARE(after->portalId, 0); // another address may be another portal
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(names(list(dialog.get())), QStringList{QStringLiteral("Sandbox EU")});
    const SecretResult secret = finish(m_secrets->read(before.id, SecretName::Token));
    QVERIFY2(secret.ok(), qPrintable(secret.errorMessage));
    QCOMPARE(secret.value, kToken);

    // Typing a new token replaces the stored one.
    QTest::mouseClick(button(dialog.get(), "editButton"), Qt::LeftButton);
    editor = dialog->editor();
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("tokenEdit")),
                     QStringLiteral("pat-new-token"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!dialog->editor());
    QCOMPARE(finish(m_secrets->read(before.id, SecretName::Token)).value,
             QStringLiteral("pat-new-token"));
}

void TestAppProfilesDialog::editToAnotherSignInNeedsItsSecret() {
    const PortalProfile before = addStored(QStringLiteral("Client portal"), kToken);
    auto dialog = makeDialog();
    QVERIFY(dialog->selectProfile(before.id));
    QTest::mouseClick(button(dialog.get(), "editButton"), Qt::LeftButton);
    ConnectDialog *editor = dialog->editor();
    QVERIFY(editor);
    auto *save = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                     ->button(QDialogButtonBox::Ok);
    auto *kind = editor->findChild<QComboBox *>(QStringLiteral("authCombo"));
    kind->setFocus();
    // The stored token is no API key: switching asks for the key.
    while (kind->currentData().toInt() != int(Credentials::Kind::ApiKey))
        QTest::keyClick(kind, Qt::Key_Down);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")),
                     QStringLiteral("api-key-value"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->editor());
    QCOMPARE(m_store->profile(before.id)->authKind, Credentials::Kind::ApiKey);
    QCOMPARE(finish(m_secrets->read(before.id, SecretName::Token)).value,
             QStringLiteral("api-key-value"));
}

void TestAppProfilesDialog::duplicateCopiesTheSecretsUnderANewName() {
    const PortalProfile source = addStored(QStringLiteral("Production"), kToken);
    auto dialog = makeDialog();
    QVERIFY(dialog->selectProfile(source.id));
    QTest::mouseClick(button(dialog.get(), "duplicateButton"), Qt::LeftButton);
    QTRY_COMPARE(m_store->profiles().size(), 2);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(names(list(dialog.get())),
             (QStringList{QStringLiteral("Production"), QStringLiteral("Production (copy)")}));
    const QString copyId = dialog->currentProfileId();
    QVERIFY(copyId != source.id);
    const auto copy = m_store->profile(copyId);
    QCOMPARE(copy->name, QStringLiteral("Production (copy)"));
    QCOMPARE(copy->baseUrl, source.baseUrl);
    const SecretResult secret = finish(m_secrets->read(copyId, SecretName::Token));
    QVERIFY2(secret.ok(), qPrintable(secret.errorMessage));
    QCOMPARE(secret.value, kToken);

    // Duplicating the original again finds a free name.
    QVERIFY(dialog->selectProfile(source.id));
    QTest::mouseClick(button(dialog.get(), "duplicateButton"), Qt::LeftButton);
    QTRY_COMPARE(m_store->profiles().size(), 3);
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(names(list(dialog.get())).contains(QStringLiteral("Production (copy 2)")));
}

void TestAppProfilesDialog::removeAsksFirstAndDeletesTheSecrets() {
    const PortalProfile keep = addStored(QStringLiteral("Keep me"), QStringLiteral("pat-keep"));
    const PortalProfile doomed = addStored(QStringLiteral("Old sandbox"), kToken);
    auto dialog = makeDialog();
    QVERIFY(dialog->selectProfile(doomed.id));

    // Cancelled: nothing changes.
    QTest::mouseClick(button(dialog.get(), "removeButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleBox(QStringLiteral("removeConfirmation"))) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("Old sandbox")));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!visibleBox(QStringLiteral("removeConfirmation")));
    QTest::qWait(50); // proves that nothing is removed over a while, not a wait for work
    QCOMPARE(m_store->profiles().size(), 2);
    QCOMPARE(finish(m_secrets->read(doomed.id, SecretName::Token)).value, kToken);

    // Confirmed: the profile and its keychain entry go, the other stays.
    QTest::mouseClick(button(dialog.get(), "removeButton"), Qt::LeftButton);
    QTRY_VERIFY((box = visibleBox(QStringLiteral("removeConfirmation"))) != nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_store->profiles().size(), 1);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(names(list(dialog.get())), QStringList{QStringLiteral("Keep me")});
    QVERIFY(finish(m_secrets->read(doomed.id, SecretName::Token)).notFound());
    QCOMPARE(finish(m_secrets->read(keep.id, SecretName::Token)).value, QStringLiteral("pat-keep"));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
}

void TestAppProfilesDialog::openAsksTheWindowToConnect() {
    const PortalProfile a = addStored(QStringLiteral("Alpha"), kToken);
    const PortalProfile b = addStored(QStringLiteral("Beta"), kToken);
    auto dialog = makeDialog();
    dialog->setActiveProfileId(a.id);
    QTreeWidget *tree = list(dialog.get());
    QCOMPARE(tree->topLevelItem(0)->text(4), ProfilesDialog::tr("Open"));
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("7001234"));
    QVERIFY(tree->topLevelItem(1)->text(4).isEmpty());
    QSignalSpy open(dialog.get(), &ProfilesDialog::openRequested);
    QVERIFY(dialog->selectProfile(b.id));
    QTest::mouseClick(button(dialog.get(), "openButton"), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), b.id);
    QVERIFY(!dialog->isVisible());
}

// Runs for real as test_app_profiles_dialog_no_keychain (no session bus): the keychain refuses
// the secret, nothing is saved, and the form keeps what the user typed.
void TestAppProfilesDialog::keychainFailureKeepsWhatWasTyped() {
    auth::SecretStore failing(QStringLiteral("AssociationStudioTest"));
    failing.setRetryDelayMs(50);
    if (finish(failing.probe()).ok())
        QSKIP("The keychain works here; test_app_profiles_dialog_no_keychain covers this.");
    QCOMPARE(failing.mode(), auth::SecretStore::Mode::Keychain);
    auth::ProfileStore store(m_settings.get(), &failing);
    ProfilesDialog dialog(&store, &failing);
    dialog.show();
    QTest::mouseClick(button(&dialog, "addButton"), Qt::LeftButton);
    ConnectDialog *editor = dialog.editor();
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Production"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), kToken);
    QTest::keyClick(editor, Qt::Key_Return);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = editor->findChild<QMessageBox *>(QStringLiteral("keychainFailure"))) != nullptr,
        20000);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Nothing was saved")));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(dialog.editor() == editor && editor->isVisible());
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Production"));
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text(), kToken);
    QVERIFY(!editor->isBusy());
    box->accept();
}

QTEST_MAIN(TestAppProfilesDialog)
#include "test_app_profiles_dialog.moc"
