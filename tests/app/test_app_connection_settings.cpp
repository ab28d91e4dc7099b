// SPDX-License-Identifier: MIT
// The Connection Settings dialog's client certificate, driven through its widgets with
// certificates made for the test: what is typed comes back in the settings, and a file that
// cannot be used is named before anything is saved.

#include "TestCertificates.h"
#include "app/settings/ConnectionSettingsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace assoc;
using namespace assoc::app;
using namespace assoc::test;
using namespace Qt::StringLiterals;

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

void replaceText(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestAppConnectionSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void clientCertificateIsReturnedWithTheSettings();
    void wrongPassphraseIsNamedBeforeSaving();
    void unreadableCertificateIsNamed();

private:
    void showCertificatesTab(ConnectionSettingsDialog *dialog);

    TestCertificates m_certificates;
};

void TestAppConnectionSettings::initTestCase() {
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
}

void TestAppConnectionSettings::showCertificatesTab(ConnectionSettingsDialog *dialog) {
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *tabs = child<QTabWidget>(dialog, "tabs");
    tabs->setCurrentWidget(child<QWidget>(dialog, "certificatesTab"));
}

void TestAppConnectionSettings::clientCertificateIsReturnedWithTheSettings() {
    ConnectionSettingsDialog dialog;
    ConnectionSettings s;
    s.clientCertificateFile = m_certificates.clientCertificateFile();
    s.clientKeyFile = m_certificates.clientKeyFile();
    s.clientKeyPassphrase = QString::fromLatin1(TestCertificates::Passphrase);
    dialog.setSettings(s);
    showCertificatesTab(&dialog);
    auto *passphrase = child<QLineEdit>(&dialog, "clientKeyPassphraseEdit");
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.settings(), s);

    // A PKCS#12 file holds its own key: the key field is emptied by the user.
    auto *key = child<QLineEdit>(&dialog, "clientKeyEdit");
    key->setFocus();
    QTest::keyClick(key, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(key, Qt::Key_Delete);
    replaceText(child<QLineEdit>(&dialog, "clientCertificateEdit"),
                m_certificates.clientPkcs12File());
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.settings().clientCertificateFile, m_certificates.clientPkcs12File());
    QVERIFY(dialog.settings().clientKeyFile.isEmpty());
    QCOMPARE(dialog.settings().clientKeyPassphrase,
             QString::fromLatin1(TestCertificates::Passphrase));
}

void TestAppConnectionSettings::wrongPassphraseIsNamedBeforeSaving() {
    ConnectionSettingsDialog dialog;
    showCertificatesTab(&dialog);
    auto *problem = child<QLabel>(&dialog, "problemLabel");
    replaceText(child<QLineEdit>(&dialog, "clientCertificateEdit"),
                m_certificates.clientCertificateFile());
    replaceText(child<QLineEdit>(&dialog, "clientKeyEdit"), m_certificates.clientKeyFile());
    auto *passphrase = child<QLineEdit>(&dialog, "clientKeyPassphraseEdit");
    replaceText(passphrase, u"not the passphrase"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QDir::toNativeSeparators(m_certificates.clientKeyFile())),
             qPrintable(problem->text()));
    QVERIFY(!problem->text().contains(u"not the passphrase"_s));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(passphrase, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);

    replaceText(passphrase, QString::fromLatin1(TestCertificates::Passphrase));
    QVERIFY(!problem->isVisible());
    QVERIFY(okButton(&dialog)->isEnabled());
}

void TestAppConnectionSettings::unreadableCertificateIsNamed() {
    ConnectionSettingsDialog dialog;
    showCertificatesTab(&dialog);
    const QString missing = m_certificates.path(u"gone.p12"_s);
    replaceText(child<QLineEdit>(&dialog, "clientCertificateEdit"), missing);
    auto *problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QDir::toNativeSeparators(missing)),
             qPrintable(problem->text()));
    QVERIFY(!okButton(&dialog)->isEnabled());
}

QTEST_MAIN(TestAppConnectionSettings)
#include "test_app_connection_settings.moc"
