// SPDX-License-Identifier: MIT
#include "ConnectDialog.h"

#include "DialogSupport.h"
#include "api/ApiVersion.h"
#include "api/BaseUrlPolicy.h"
#include "api/RequiredScopes.h"
#include "settings/ObjectTypeChoiceEdit.h"
#include "ui_ConnectDialog.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

namespace assoc::app {

using dialogs::prepareFieldMessage;
using dialogs::setFieldMessage;

namespace {
// The client refuses the same addresses; saying so here keeps what was typed in front of the
// user.
QString urlProblem(const QString &text) {
    return BaseUrlPolicy::problem(QUrl(text.trimmed(), QUrl::StrictMode));
}

// The shared guide (RequiredScopes) as a paragraph with the scope lists below it.
QString guideHtml() {
    const QStringList lines = RequiredScopes::guideText().split(QLatin1Char('\n'));
    QString html = QStringLiteral("<p>%1</p><ul>").arg(lines.value(0).toHtmlEscaped());
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += QStringLiteral("<li>%1</li>").arg(lines.at(i).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>()) {
    m_ui->setupUi(this);
    m_busyState.setIndicator(m_ui->busyBar);
    m_busyState.setUpdate([this] { revalidate(); });
    for (QLabel *label : {m_ui->baseUrlError, m_ui->tokenError, m_ui->clientIdError,
                          m_ui->clientSecretError, m_ui->refreshTokenError, m_ui->apiKeyError})
        prepareFieldMessage(label);

    // The stacked pages follow this order.
    m_ui->authCombo->addItem(tr("Private app token"), int(Credentials::Kind::PrivateAppToken));
    m_ui->authCombo->addItem(tr("OAuth refresh token"), int(Credentials::Kind::OAuth));
    m_ui->authCombo->addItem(tr("API key"), int(Credentials::Kind::ApiKey));
    m_ui->apiKeyHeaderCombo->addItem(tr("private-app"), QStringLiteral("private-app"));
    m_ui->apiKeyHeaderCombo->addItem(tr("private-app-legacy"),
                                     QStringLiteral("private-app-legacy"));
    for (const QString &id : ApiVersions::ids()) {
        if (const std::optional<ApiVersion> v = ApiVersions::fromId(id))
            m_ui->versionCombo->addItem(ApiVersions::displayName(*v), id);
    }
    m_objectTypes = new ObjectTypeChoiceEdit(this);
    auto *objectTypesLabel = new QLabel(tr("&Object types:"), this);
    objectTypesLabel->setBuddy(m_objectTypes->modeCombo());
    m_ui->form->addRow(objectTypesLabel, m_objectTypes);
    connect(m_objectTypes, &ObjectTypeChoiceEdit::changed, this, &ConnectDialog::revalidate);

    for (QLineEdit *secret :
         {m_ui->tokenEdit, m_ui->clientSecretEdit, m_ui->refreshTokenEdit, m_ui->apiKeyEdit}) {
        secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        connect(m_ui->showSecretsCheck, &QCheckBox::toggled, secret, [secret](bool show) {
            secret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        });
    }

    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Connect"));
    ok->setToolTip(tr("Connect to the portal with these settings."));
    ok->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::submit);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        m_showAll = true;
        revalidate();
        if (!m_valid || isBusy())
            return;
        m_ui->testResult->clear();
        m_ui->errorPanel->clear();
        emit testRequested(config());
    });
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] {
        if (isBusy())
            return;
        m_ui->testResult->clear();
        m_ui->errorPanel->clear();
        m_ui->testResult->setText(tr("Waiting for HubSpot in your browser…"));
        emit signInRequested(config());
    });
    const auto updateSignIn = [this] {
        m_ui->signInButton->setEnabled(!m_ui->clientIdEdit->text().trimmed().isEmpty() &&
                                       !m_ui->clientSecretEdit->text().trimmed().isEmpty());
    };
    connect(m_ui->clientIdEdit, &QLineEdit::textChanged, this, updateSignIn);
    connect(m_ui->clientSecretEdit, &QLineEdit::textChanged, this, updateSignIn);
    updateSignIn();
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        showAuthPage(index);
        inputEdited();
    });
    for (QLineEdit *edit : {m_ui->baseUrlEdit, m_ui->tokenEdit, m_ui->clientIdEdit,
                            m_ui->clientSecretEdit, m_ui->refreshTokenEdit, m_ui->apiKeyEdit}) {
        connect(edit, &QLineEdit::textEdited, this,
                [edit] { edit->setProperty("assocTouched", true); });
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::inputEdited);
    }
    connect(m_ui->apiKeyHeaderCombo, &QComboBox::currentIndexChanged, this,
            &ConnectDialog::inputEdited);
    connect(m_ui->versionCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::inputEdited);

    // Closed at first: it is for people who have no token yet.
    m_ui->guideText->setText(guideHtml());
    m_ui->guideText->setVisible(false);
    connect(m_ui->guideButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->guideButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_ui->guideText->setVisible(open);
        adjustSize();
    });

    setConfig(ClientConfig{});
    dialogs::fitHeightToContents(this);
    m_ui->baseUrlEdit->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::showAuthPage(int index) {
    // Only the shown page counts for the stack's size, so short forms leave no gap.
    for (int i = 0; i < m_ui->authStack->count(); ++i) {
        m_ui->authStack->widget(i)->setSizePolicy(
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_ui->authStack->setCurrentIndex(index);
    m_ui->authStack->adjustSize();
    if (isWindow())
        dialogs::fitHeightToContents(this);
}

Credentials::Kind ConnectDialog::currentKind() const {
    return Credentials::Kind(m_ui->authCombo->currentData().toInt());
}

void ConnectDialog::setConfig(const ClientConfig &config) {
    m_base = config;
    m_base.credentials = Credentials{}; // never keep secrets we were not typed
    m_ui->baseUrlEdit->setText(config.baseUrl.toString());
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(config.credentials.kind)));
    showAuthPage(m_ui->authCombo->currentIndex());
    m_ui->clientIdEdit->setText(config.credentials.clientId);
    const int header = m_ui->apiKeyHeaderCombo->findData(config.credentials.apiKeyHeader);
    m_ui->apiKeyHeaderCombo->setCurrentIndex(header >= 0 ? header : 0);
    const int version = m_ui->versionCombo->findData(ApiVersions::id(config.version));
    m_ui->versionCombo->setCurrentIndex(version >= 0 ? version : 0);
    m_objectTypes->setChoice(config.objectTypes);
    for (QLineEdit *secret :
         {m_ui->tokenEdit, m_ui->clientSecretEdit, m_ui->refreshTokenEdit, m_ui->apiKeyEdit})
        secret->clear();
    m_ui->testResult->clear();
    revalidate();
}

ClientConfig ConnectDialog::config() const {
    ClientConfig out = m_base;
    out.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    out.version =
        ApiVersions::fromId(m_ui->versionCombo->currentData().toString()).value_or(ApiVersion::V4);
    out.objectTypes = m_objectTypes->choice();
    switch (currentKind()) {
    case Credentials::Kind::PrivateAppToken:
        out.credentials = Credentials::privateApp(m_ui->tokenEdit->text().trimmed());
        break;
    case Credentials::Kind::OAuth:
        out.credentials = Credentials::oauth(m_ui->clientIdEdit->text().trimmed(),
                                             m_ui->clientSecretEdit->text().trimmed(),
                                             m_ui->refreshTokenEdit->text().trimmed());
        break;
    case Credentials::Kind::ApiKey:
        out.credentials = Credentials::apiKey(m_ui->apiKeyEdit->text().trimmed(),
                                              m_ui->apiKeyHeaderCombo->currentData().toString());
        break;
    }
    return out;
}

QString ConnectDialog::problem() const {
    if (m_nameEdit && m_nameEdit->text().trimmed().isEmpty())
        return tr("Enter a name for this portal.");
    const QString url = urlProblem(m_ui->baseUrlEdit->text());
    if (!url.isEmpty())
        return url;
    if (!m_valid)
        return tr("Fill in the sign-in details.");
    return m_objectTypes->problem();
}

void ConnectDialog::setProfileMode(const QString &name, const QStringList &takenNames,
                                   std::optional<Credentials::Kind> storedKind) {
    if (!m_nameEdit) {
        m_nameEdit = new QLineEdit(this);
        m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
        m_nameEdit->setPlaceholderText(tr("Production, Sandbox, a client's portal…"));
        m_nameError = new QLabel(this);
        m_nameError->setObjectName(QStringLiteral("nameError"));
        prepareFieldMessage(m_nameError);
        auto *label = new QLabel(tr("&Name:"), this);
        label->setBuddy(m_nameEdit);
        m_ui->form->insertRow(0, label, m_nameEdit);
        m_ui->form->insertRow(1, QString(), m_nameError);
        setTabOrder(m_nameEdit, m_ui->baseUrlEdit);
        connect(m_nameEdit, &QLineEdit::textEdited, this,
                [this] { m_nameEdit->setProperty("assocTouched", true); });
        connect(m_nameEdit, &QLineEdit::textChanged, this, &ConnectDialog::inputEdited);
    }
    m_takenNames = takenNames;
    m_storedKind = storedKind;
    // Saving a profile sends nothing; testing and signing in belong to connecting.
    m_ui->testButton->hide();
    m_ui->signInButton->hide();
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Save"));
    ok->setToolTip(tr("Save the profile; its secrets go to the keychain."));
    const QString keep = tr("Leave empty to keep the stored secret");
    if (storedKind == Credentials::Kind::PrivateAppToken)
        m_ui->tokenEdit->setPlaceholderText(keep);
    if (storedKind == Credentials::Kind::OAuth) {
        m_ui->clientSecretEdit->setPlaceholderText(keep);
        m_ui->refreshTokenEdit->setPlaceholderText(keep);
    }
    if (storedKind == Credentials::Kind::ApiKey)
        m_ui->apiKeyEdit->setPlaceholderText(keep);
    m_nameEdit->setText(name);
    m_nameEdit->setFocus();
    revalidate();
}

QString ConnectDialog::profileName() const {
    return m_nameEdit ? m_nameEdit->text().trimmed() : QString();
}

bool ConnectDialog::keepsStoredSecrets() const {
    return m_storedKind && *m_storedKind == currentKind();
}

void ConnectDialog::inputEdited() {
    // A result or error from an earlier test no longer describes what is typed now.
    m_ui->testResult->clear();
    revalidate();
}

void ConnectDialog::revalidate() {
    auto shown = [this](QLineEdit *edit) {
        return m_showAll || edit->property("assocTouched").toBool() || !edit->text().isEmpty();
    };
    auto required = [&shown](QLineEdit *edit, QLabel *error, const QString &message) {
        const bool missing = edit->text().trimmed().isEmpty();
        setFieldMessage(error, missing && shown(edit) ? message : QString());
        return !missing;
    };

    bool valid = true;
    if (m_nameEdit) {
        const QString name = m_nameEdit->text().trimmed();
        QString message;
        if (name.isEmpty())
            message = tr("Enter a name for this portal.");
        else if (m_takenNames.contains(name, Qt::CaseInsensitive))
            message = tr("Another profile is already called “%1”.").arg(name);
        setFieldMessage(m_nameError, shown(m_nameEdit) ? message : QString());
        valid = message.isEmpty();
    }
    const QString url = urlProblem(m_ui->baseUrlEdit->text());
    setFieldMessage(m_ui->baseUrlError, shown(m_ui->baseUrlEdit) ? url : QString());
    valid &= url.isEmpty();

    const Credentials::Kind kind = currentKind();
    const bool token = kind == Credentials::Kind::PrivateAppToken;
    const bool oauth = kind == Credentials::Kind::OAuth;
    const bool apiKey = kind == Credentials::Kind::ApiKey;
    const bool secretsNeeded = !keepsStoredSecrets(); // empty = keep what the keychain has
    // Only the visible page's messages show; the others are cleared.
    auto check = [&](bool active, QLineEdit *edit, QLabel *error, const QString &message) {
        if (!active) {
            setFieldMessage(error, QString());
            return true;
        }
        return required(edit, error, message);
    };
    valid &= check(token && secretsNeeded, m_ui->tokenEdit, m_ui->tokenError,
                   tr("Enter the private app's access token."));
    valid &= check(oauth, m_ui->clientIdEdit, m_ui->clientIdError, tr("Enter the client ID."));
    valid &= check(oauth && secretsNeeded, m_ui->clientSecretEdit, m_ui->clientSecretError,
                   tr("Enter the client secret."));
    valid &= check(oauth && secretsNeeded, m_ui->refreshTokenEdit, m_ui->refreshTokenError,
                   tr("Enter a refresh token."));
    valid &= check(apiKey && secretsNeeded, m_ui->apiKeyEdit, m_ui->apiKeyError,
                   tr("Enter the API key."));
    valid &= m_objectTypes->problem().isEmpty();

    m_valid = valid;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && !isBusy());
    m_ui->testButton->setEnabled(valid && !isBusy());
}

void ConnectDialog::submit() {
    if (isBusy())
        return;
    m_showAll = true;
    revalidate();
    if (m_valid)
        emit submitRequested();
}

void ConnectDialog::keyPressEvent(QKeyEvent *event) {
    // Enter while Connect is disabled: say what is missing instead of doing nothing.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !isBusy() && !m_valid) {
        submit();
        if (m_nameError && !m_nameError->isHidden()) {
            m_nameEdit->setFocus(Qt::OtherFocusReason);
            event->accept();
            return;
        }
        dialogs::focusFirstFieldWithMessage({{m_ui->baseUrlError, m_ui->baseUrlEdit},
                                             {m_ui->tokenError, m_ui->tokenEdit},
                                             {m_ui->clientIdError, m_ui->clientIdEdit},
                                             {m_ui->clientSecretError, m_ui->clientSecretEdit},
                                             {m_ui->refreshTokenError, m_ui->refreshTokenEdit},
                                             {m_ui->apiKeyError, m_ui->apiKeyEdit}});
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ConnectDialog::setTestResult(const PortalInfo &info) {
    setBusy(false);
    m_ui->errorPanel->clear();
    const QString text = info.uiDomain.isEmpty()
                             ? tr("Portal %1").arg(info.portalId)
                             : tr("Portal %1 · %2").arg(info.portalId).arg(info.uiDomain);
    m_ui->testResult->setText(text);
    QStringList facts;
    if (!info.accountType.isEmpty())
        facts.append(tr("Account type: %1").arg(info.accountType));
    if (!info.timeZone.isEmpty())
        facts.append(tr("Time zone: %1").arg(info.timeZone));
    if (!info.dataHostingLocation.isEmpty())
        facts.append(tr("Data hosted in: %1").arg(info.dataHostingLocation));
    m_ui->testResult->setToolTip(facts.join(QLatin1Char('\n')));
}

void ConnectDialog::setSignedIn(const QString &refreshToken) {
    m_ui->refreshTokenEdit->setText(refreshToken);
    m_ui->testResult->setText(tr("Signed in with HubSpot."));
    revalidate();
}

void ConnectDialog::setRefreshToken(const QString &refreshToken) {
    m_ui->refreshTokenEdit->setText(refreshToken);
    revalidate();
}

void ConnectDialog::setSignInError(const QString &message) {
    m_ui->testResult->setText(tr("Sign-in failed: %1").arg(message));
}

void ConnectDialog::setTestError(const ApiError &error) {
    setBusy(false);
    m_ui->testResult->clear();
    m_ui->testResult->setToolTip({});
    m_ui->errorPanel->showError(error);
}

void ConnectDialog::setBusy(bool busy) {
    if (busy && !isBusy()) {
        QList<QWidget *> inputs{m_ui->baseUrlEdit, m_ui->authCombo, m_ui->authStack,
                                m_ui->showSecretsCheck, m_ui->versionCombo};
        if (m_nameEdit) // added once a profile is named
            inputs.append(m_nameEdit);
        m_busyState.setInputs(inputs);
    }
    m_busyState.setBusy(busy);
}

} // namespace assoc::app
