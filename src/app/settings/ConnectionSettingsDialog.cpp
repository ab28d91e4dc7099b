// SPDX-License-Identifier: MIT
#include "ConnectionSettingsDialog.h"

#include "ObjectTypeChoiceEdit.h"
#include "api/ConnectionTls.h"
#include "ui_ConnectionSettingsDialog.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSslCertificate>

namespace assoc::app {

ConnectionSettingsDialog::ConnectionSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionSettingsDialog>()) {
    m_ui->setupUi(this);
    m_objectTypes = new ObjectTypeChoiceEdit(this);
    auto *objectTypesLabel = new QLabel(tr("&Object types:"), this);
    objectTypesLabel->setBuddy(m_objectTypes->modeCombo());
    m_ui->requestsForm->addRow(objectTypesLabel, m_objectTypes);
    connect(m_objectTypes, &ObjectTypeChoiceEdit::changed, this,
            &ConnectionSettingsDialog::updateState);
    m_ui->proxyModeCombo->addItem(tr("Use the system's proxy settings"),
                                  int(ConnectionSettings::ProxyMode::System));
    m_ui->proxyModeCombo->addItem(tr("No proxy"), int(ConnectionSettings::ProxyMode::None));
    m_ui->proxyModeCombo->addItem(tr("Manual"), int(ConnectionSettings::ProxyMode::Manual));

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                setSettings(ConnectionSettings{});
                setObjectTypes(ObjectTypeChoice{});
            });
    connect(m_ui->addCaButton, &QPushButton::clicked, this,
            &ConnectionSettingsDialog::addCertificates);
    connect(m_ui->removeCaButton, &QPushButton::clicked, this, [this] {
        delete m_ui->caList->currentItem();
        updateState();
    });
    for (QSpinBox *spin : {m_ui->backoffBaseSpin, m_ui->backoffCapSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionSettingsDialog::updateState);
    connect(m_ui->proxyModeCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionSettingsDialog::updateState);
    connect(m_ui->proxyHostEdit, &QLineEdit::textChanged, this,
            &ConnectionSettingsDialog::updateState);
    connect(m_ui->caList, &QListWidget::currentRowChanged, this,
            &ConnectionSettingsDialog::updateState);
    for (QLineEdit *edit :
         {m_ui->clientCertificateEdit, m_ui->clientKeyEdit, m_ui->clientKeyPassphraseEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionSettingsDialog::updateState);
    connect(m_ui->clientCertificateBrowseButton, &QPushButton::clicked, this, [this] {
        chooseFile(m_ui->clientCertificateEdit, tr("Choose the Client Certificate"),
                   tr("Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)"));
    });
    connect(m_ui->clientKeyBrowseButton, &QPushButton::clicked, this, [this] {
        chooseFile(m_ui->clientKeyEdit, tr("Choose the Client Certificate's Key"),
                   tr("Keys (*.key *.pem);;All files (*)"));
    });
    setSettings(ConnectionSettings{});
}

ConnectionSettingsDialog::~ConnectionSettingsDialog() = default;

void ConnectionSettingsDialog::setSettings(const ConnectionSettings &s) {
    m_ui->timeoutSpin->setValue(std::max(1, s.timeoutMs / 1000));
    m_ui->retriesSpin->setValue(s.maxRetries);
    m_ui->backoffBaseSpin->setValue(s.backoffBaseMs);
    m_ui->backoffCapSpin->setValue(s.backoffCapMs);
    m_ui->concurrencySpin->setValue(s.maxInFlight);
    m_ui->circuitFailuresSpin->setValue(s.circuitFailureThreshold);
    m_ui->circuitSecondsSpin->setValue(s.circuitOpenSeconds);
    m_ui->http2Check->setChecked(s.http2);
    m_ui->compressionCheck->setChecked(s.compression);
    m_ui->cacheCheck->setChecked(s.cacheResponses);
    m_ui->proxyModeCombo->setCurrentIndex(m_ui->proxyModeCombo->findData(int(s.proxyMode)));
    m_ui->proxyHostEdit->setText(s.proxyHost);
    m_ui->proxyPortSpin->setValue(s.proxyPort);
    m_ui->proxyUserEdit->setText(s.proxyUser);
    m_ui->proxyPasswordEdit->setText(s.proxyPassword);
    m_ui->caList->clear();
    m_ui->caList->addItems(s.extraCaCertificateFiles);
    m_ui->clientCertificateEdit->setText(s.clientCertificateFile);
    m_ui->clientKeyEdit->setText(s.clientKeyFile);
    m_ui->clientKeyPassphraseEdit->setText(s.clientKeyPassphrase);
    updateState();
}

ConnectionSettings ConnectionSettingsDialog::settings() const {
    ConnectionSettings s;
    s.timeoutMs = m_ui->timeoutSpin->value() * 1000;
    s.maxRetries = m_ui->retriesSpin->value();
    s.backoffBaseMs = m_ui->backoffBaseSpin->value();
    s.backoffCapMs = m_ui->backoffCapSpin->value();
    s.maxInFlight = m_ui->concurrencySpin->value();
    s.circuitFailureThreshold = m_ui->circuitFailuresSpin->value();
    s.circuitOpenSeconds = m_ui->circuitSecondsSpin->value();
    s.http2 = m_ui->http2Check->isChecked();
    s.compression = m_ui->compressionCheck->isChecked();
    s.cacheResponses = m_ui->cacheCheck->isChecked();
    s.proxyMode = ConnectionSettings::ProxyMode(m_ui->proxyModeCombo->currentData().toInt());
    s.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    s.proxyPort = m_ui->proxyPortSpin->value();
    s.proxyUser = m_ui->proxyUserEdit->text();
    s.proxyPassword = m_ui->proxyPasswordEdit->text();
    for (int i = 0; i < m_ui->caList->count(); ++i)
        s.extraCaCertificateFiles.append(m_ui->caList->item(i)->text());
    s.clientCertificateFile = m_ui->clientCertificateEdit->text().trimmed();
    s.clientKeyFile = m_ui->clientKeyEdit->text().trimmed();
    s.clientKeyPassphrase = m_ui->clientKeyPassphraseEdit->text();
    return s;
}

void ConnectionSettingsDialog::setObjectTypes(const ObjectTypeChoice &choice) {
    m_objectTypes->setChoice(choice);
}

ObjectTypeChoice ConnectionSettingsDialog::objectTypes() const {
    return m_objectTypes->choice();
}

QString ConnectionSettingsDialog::problem() const {
    if (const QString types = m_objectTypes->problem(); !types.isEmpty())
        return types;
    if (m_ui->backoffCapSpin->value() < m_ui->backoffBaseSpin->value())
        return tr("The longest backoff must not be shorter than the first.");
    const auto mode = ConnectionSettings::ProxyMode(m_ui->proxyModeCombo->currentData().toInt());
    if (mode == ConnectionSettings::ProxyMode::Manual &&
        m_ui->proxyHostEdit->text().trimmed().isEmpty())
        return tr("Enter the proxy's host name, or choose another proxy setting.");
    // The same check the connection makes before it sends anything: a file that cannot be read
    // or a wrong passphrase is named here, before the settings are saved.
    const ConnectionSettings s = settings();
    if (!s.clientCertificateFile.isEmpty() || !s.clientKeyFile.isEmpty()) {
        const auto tls = ConnectionTls::load(s);
        if (!tls)
            return tls.error();
    }
    return {};
}

void ConnectionSettingsDialog::updateState() {
    const bool manual =
        ConnectionSettings::ProxyMode(m_ui->proxyModeCombo->currentData().toInt()) ==
        ConnectionSettings::ProxyMode::Manual;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->proxyHostEdit, m_ui->proxyPortSpin,
                                          m_ui->proxyUserEdit, m_ui->proxyPasswordEdit})
        w->setEnabled(manual);
    m_ui->removeCaButton->setEnabled(m_ui->caList->currentItem() != nullptr);
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ConnectionSettingsDialog::chooseFile(QLineEdit *edit, const QString &title,
                                          const QString &filter) {
    const QString file = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
    if (!file.isEmpty())
        edit->setText(file);
}

void ConnectionSettingsDialog::addCertificates() {
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add CA Certificates"), QString(),
                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    QStringList rejected;
    for (const QString &file : files) {
        if (QSslCertificate::fromPath(file, QSsl::Pem).isEmpty()) {
            rejected.append(file);
            continue;
        }
        if (m_ui->caList->findItems(file, Qt::MatchExactly).isEmpty())
            m_ui->caList->addItem(file);
    }
    updateState();
    if (!rejected.isEmpty()) {
        m_ui->problemLabel->setText(tr("These files hold no PEM certificate and were not added: %1")
                                        .arg(rejected.join(QStringLiteral(", "))));
        m_ui->problemLabel->setVisible(true);
    }
}

} // namespace assoc::app
