// SPDX-License-Identifier: MIT
#include "ProfilesDialog.h"

#include "ConnectDialog.h"
#include "DialogSupport.h"
#include "auth/CredentialLoader.h"
#include "auth/ProfileStore.h"
#include "auth/SecretOperation.h"
#include "auth/SecretStore.h"
#include "ui_ProfilesDialog.h"

#include <QFont>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace assoc::app {

using auth::PortalProfile;
using auth::SecretName;
using auth::SecretResult;

namespace {
enum Column { NameColumn, AddressColumn, SignInColumn, PortalColumn, StateColumn };

QString signInName(Credentials::Kind kind) {
    switch (kind) {
    case Credentials::Kind::PrivateAppToken:
        return ProfilesDialog::tr("Private app token");
    case Credentials::Kind::OAuth:
        return ProfilesDialog::tr("OAuth");
    case Credentials::Kind::ApiKey:
        return ProfilesDialog::tr("API key");
    }
    return {};
}
} // namespace

ProfilesDialog::ProfilesDialog(auth::ProfileStore *store, auth::SecretStore *secrets,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_secrets(secrets) {
    m_ui->setupUi(this);
    dialogs::prepareFieldMessage(m_ui->messageLabel);
    m_ui->profileList->header()->setStretchLastSection(true);
    m_busyState.setUpdate([this] { updateButtons(); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this,
            [this] { editProfile(currentProfileId()); });
    connect(m_ui->duplicateButton, &QPushButton::clicked, this,
            [this] { duplicateProfile(currentProfileId()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            [this] { removeProfile(currentProfileId()); });
    const auto open = [this] {
        const QString id = currentProfileId();
        if (id.isEmpty() || isBusy())
            return;
        emit openRequested(id);
        accept();
    };
    connect(m_ui->openButton, &QPushButton::clicked, this, open);
    connect(m_ui->profileList, &QTreeWidget::itemActivated, this, open);
    connect(m_ui->profileList, &QTreeWidget::currentItemChanged, this,
            &ProfilesDialog::updateButtons);
    // The list follows the store, whoever changes it (this dialog, the Profiles menu, the window).
    connect(m_store, &auth::ProfileStore::profileAdded, this, &ProfilesDialog::reload);
    connect(m_store, &auth::ProfileStore::profileUpdated, this, &ProfilesDialog::reload);
    connect(m_store, &auth::ProfileStore::profileRemoved, this, &ProfilesDialog::reload);
    reload();
    if (m_ui->profileList->topLevelItemCount() > 0)
        m_ui->profileList->setCurrentItem(m_ui->profileList->topLevelItem(0));
    m_ui->profileList->setFocus();
    updateButtons();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setActiveProfileId(const QString &id) {
    m_activeId = id;
    reload();
}

ConnectDialog *ProfilesDialog::editor() const {
    return m_editor;
}

QString ProfilesDialog::currentProfileId() const {
    const QTreeWidgetItem *item = m_ui->profileList->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

bool ProfilesDialog::selectProfile(const QString &id) {
    for (int i = 0; i < m_ui->profileList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->profileList->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == id) {
            m_ui->profileList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ProfilesDialog::reload() {
    const QString current = currentProfileId();
    QTreeWidget *list = m_ui->profileList;
    list->clear();
    for (const PortalProfile &p : m_store->profiles()) {
        auto *item = new QTreeWidgetItem(list);
        const bool open = !m_activeId.isEmpty() && p.id == m_activeId;
        item->setText(NameColumn, p.name);
        item->setData(NameColumn, Qt::UserRole, p.id);
        item->setText(AddressColumn, p.baseUrl.toString());
        item->setText(SignInColumn, signInName(p.authKind));
        item->setText(PortalColumn,
                      p.portalId != 0 ? QString::number(p.portalId) : tr("not known yet"));
        if (!p.uiDomain.isEmpty())
            item->setToolTip(PortalColumn, p.uiDomain);
        item->setText(StateColumn, open ? tr("Open") : QString());
        if (open) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
    }
    for (int c = 0; c < list->columnCount() - 1; ++c)
        list->resizeColumnToContents(c);
    if (!selectProfile(current) && list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    updateButtons();
}

void ProfilesDialog::updateButtons() {
    const bool selected = !currentProfileId().isEmpty();
    const bool idle = !isBusy();
    m_ui->addButton->setEnabled(idle);
    for (QPushButton *b :
         {m_ui->editButton, m_ui->duplicateButton, m_ui->removeButton, m_ui->openButton})
        b->setEnabled(selected && idle);
    m_ui->openButton->setDefault(selected);
}

void ProfilesDialog::setBusy(bool busy) {
    // Nested: the dialog stays busy until every operation that made it so has ended.
    m_busy += busy ? 1 : -1;
    m_busyState.setBusy(m_busy > 0);
}

void ProfilesDialog::showMessage(const QString &message) {
    dialogs::setFieldMessage(m_ui->messageLabel, message);
}

void ProfilesDialog::addProfile() {
    if (!isBusy())
        openEditor(std::nullopt);
}

void ProfilesDialog::editProfile(const QString &id) {
    if (isBusy())
        return;
    if (const auto profile = m_store->profile(id))
        openEditor(profile);
}

void ProfilesDialog::openEditor(const std::optional<PortalProfile> &profile) {
    showMessage({});
    auto *editor = new ConnectDialog(this);
    editor->setObjectName(QStringLiteral("profileEditor"));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (const PortalProfile &p : m_store->profiles()) {
        if (!profile || p.id != profile->id)
            taken.append(p.name);
    }
    if (profile) {
        editor->setWindowTitle(tr("Edit Portal Profile"));
        editor->setConfig(profile->clientConfig(Credentials{}));
        editor->setProfileMode(profile->name, taken, profile->authKind);
    } else {
        editor->setWindowTitle(tr("Add Portal Profile"));
        editor->setProfileMode(QString(), taken);
    }
    const QString id = profile ? profile->id : QString();
    connect(editor, &ConnectDialog::submitRequested, this, [this, id] { save(id); });
    m_editor = editor;
    editor->open();
}

void ProfilesDialog::save(const QString &id) {
    QPointer<ConnectDialog> editor = m_editor;
    if (!editor || editor->isBusy())
        return;
    const std::optional<PortalProfile> before = id.isEmpty() ? std::nullopt : m_store->profile(id);
    if (!id.isEmpty() && !before) {
        editor->reject();
        showMessage(tr("That profile was removed meanwhile; nothing was saved."));
        return;
    }
    const ClientConfig typed = editor->config();
    PortalProfile profile = PortalProfile::fromClientConfig(typed);
    profile.name = editor->profileName();
    profile.id = before ? before->id : PortalProfile::newId();
    if (before && before->baseUrl == profile.baseUrl) {
        // Still the same portal: what we learned about it stays true.
        profile.portalId = before->portalId;
        profile.uiDomain = before->uiDomain;
    }

    QList<Step> steps;
    const Credentials &c = typed.credentials;
    const QList<std::pair<SecretName, QString>> secrets{{SecretName::Token, c.token},
                                                        {SecretName::ClientSecret, c.clientSecret},
                                                        {SecretName::RefreshToken, c.refreshToken}};
    // Secrets are keyed by the profile's id, so renaming keeps them; an empty field keeps the
    // stored one.
    for (const auto &[name, value] : secrets) {
        if (!value.isEmpty())
            steps.append([this, pid = profile.id, secret = name, text = value] {
                return m_secrets->write(pid, secret, text);
            });
    }
    if (before && before->authKind != profile.authKind) {
        // Secrets of a sign-in method the profile no longer uses would only linger.
        const QList<SecretName> needed = auth::CredentialLoader::requiredSecrets(profile);
        for (const auto &[name, value] : secrets) {
            if (!needed.contains(name))
                steps.append([this, pid = profile.id, secret = name] {
                    return m_secrets->remove(pid, secret);
                });
        }
    }

    setBusy(true);
    editor->setBusy(true);
    runSteps(steps, [this, editor, before, profile](const SecretResult &result) {
        setBusy(false);
        if (result.failed()) {
            if (!before) // a new profile leaves nothing half-written behind
                m_secrets->removeAll(profile.id);
            const QString message =
                tr("The keychain did not store the secrets of “%1”: %2\n\nNothing was "
                   "saved. What you typed is still in the form; try again when the keychain is "
                   "available.")
                    .arg(profile.name, result.errorMessage);
            if (!editor) {
                showMessage(message);
                return;
            }
            editor->setBusy(false);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Secrets Not Saved"), message,
                                        QMessageBox::Ok, editor);
            box->setObjectName(QStringLiteral("keychainFailure"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        if (before)
            m_store->update(profile);
        else
            m_store->add(profile);
        selectProfile(profile.id);
        showMessage({});
        if (editor)
            editor->accept();
        if (before)
            emit profileEdited(profile.id);
    });
}

QString ProfilesDialog::uniqueCopyName(const QString &name) const {
    QStringList taken;
    for (const PortalProfile &p : m_store->profiles())
        taken.append(p.name);
    QString candidate = tr("%1 (copy)").arg(name);
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n)
        candidate = tr("%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

void ProfilesDialog::duplicateProfile(const QString &id) {
    const auto source = m_store->profile(id);
    if (!source || isBusy())
        return;
    showMessage({});
    const auth::ProfileStore::Duplicated copy =
        m_store->duplicate(id, uniqueCopyName(source->name));
    selectProfile(copy.profile.id);
    setBusy(true);
    copy.secrets->then(this, [this, copy, name = source->name](const SecretResult &result) {
        setBusy(false);
        if (!result.failed())
            return;
        // A copy that cannot sign in is no copy: take it back and say why.
        m_store->remove(copy.profile.id);
        showMessage(tr("“%1” could not be duplicated, because the keychain did not "
                       "copy its secrets: %2")
                        .arg(name, result.errorMessage));
    });
}

void ProfilesDialog::removeProfile(const QString &id) {
    const auto profile = m_store->profile(id);
    if (!profile || isBusy())
        return;
    showMessage({});
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Portal Profile"),
                                tr("Remove the profile “%1”?").arg(profile->name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(
        id == m_activeId
            ? tr("Its secrets are deleted from the keychain and the window disconnects from it. "
                 "The portal itself is not changed.")
            : tr("Its secrets are deleted from the keychain. The portal itself is not changed."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove)
            removeConfirmed(id);
    });
    box->open();
}

void ProfilesDialog::removeConfirmed(const QString &id) {
    const auto profile = m_store->profile(id);
    if (!profile)
        return;
    setBusy(true);
    m_store->remove(id)->then(this, [this, name = profile->name](const SecretResult &result) {
        setBusy(false);
        if (result.failed())
            showMessage(tr("“%1” was removed, but its secrets could not be deleted from "
                           "the keychain: %2")
                            .arg(name, result.errorMessage));
    });
}

void ProfilesDialog::runSteps(QList<Step> steps, std::function<void(const SecretResult &)> done) {
    if (steps.isEmpty()) {
        done(SecretResult::success());
        return;
    }
    const Step next = steps.takeFirst();
    next()->then(this, [this, steps, done](const SecretResult &result) {
        if (result.failed())
            done(result);
        else
            runSteps(steps, done);
    });
}

} // namespace assoc::app
