// SPDX-License-Identifier: MIT
#include "ProfileController.h"

#include "ActionSet.h"
#include "HistoryController.h"
#include "MainWindow.h"
#include "SnapshotController.h"
#include "api/ResponseCache.h"
#include "auth/CredentialLoader.h"
#include "auth/ProfileStore.h"
#include "auth/SecretOperation.h"
#include "auth/SecretStore.h"
#include "dialogs/ProfilesDialog.h"

#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace assoc::app {

ProfileController::ProfileController(MainWindow *window, QSettings *settings,
                                     auth::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_secrets(secrets)
    , m_store(new auth::ProfileStore(settings, secrets, this))
    , m_menu(new QMenu(tr("&Profiles"), window))
    , m_manage(new QAction(tr("&Manage Profiles…"), this)) {
    m_manage->setObjectName(QStringLiteral("manageProfilesAction"));
    m_manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_manage->setToolTip(tr("Add, edit, duplicate or remove portal profiles."));
    connect(m_manage, &QAction::triggered, this, &ProfileController::manageProfiles);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, m_menu);
    m_menu->menuAction()->setObjectName(QStringLiteral("profilesMenu"));
    connect(m_store, &auth::ProfileStore::profileAdded, this, &ProfileController::rebuildMenu);
    connect(m_store, &auth::ProfileStore::profileUpdated, this, &ProfileController::rebuildMenu);
    connect(m_store, &auth::ProfileStore::profileRemoved, this, &ProfileController::rebuildMenu);
    connect(m_store, &auth::ProfileStore::profileRemoved, this,
            &ProfileController::onProfileRemoved);
    connect(m_secrets, &auth::SecretStore::statusChanged, this, &ProfileController::reportKeychain);
    // A connection made in the Connect dialog becomes a profile; one opened from a profile is
    // already one.
    connect(m_window, &MainWindow::sessionChanged, this, [this] {
        if (m_opening) {
            m_opening = false;
        } else if (m_window->isDemo()) {
            m_activeId.clear(); // the demo portal is never a profile
            rebuildMenu();
        } else {
            rememberConnection(m_window->currentConfig());
        }
        // Each profile keeps its last full reading, shown at once the next time it opens.
        m_window->snapshots()->watch(m_window->session(), m_activeId);
        if (models::PortalSession *session = m_window->session())
            connect(session, &models::PortalSession::portalInfoChanged, this,
                    &ProfileController::recordPortal);
    });
    rebuildMenu();
}

ProfileController::~ProfileController() = default;

void ProfileController::start() {
    m_secrets->probe()->then(this, [this](const auth::SecretResult &) {
        const QString last = m_store->lastUsedProfileId();
        if (!last.isEmpty() && m_store->contains(last))
            openProfile(last);
        else if (m_store->profiles().isEmpty())
            m_window->showWelcome(); // first run: connect, or look at the demo first
        else
            m_window->openConnectDialog();
    });
}

void ProfileController::reportKeychain(const auth::KeychainStatus &status) {
    if (!status.isUnavailable() || m_keychainReported)
        return;
    m_keychainReported = true;
    // Say it once, plainly, and keep secrets for this session only: never on disk.
    m_secrets->setMode(auth::SecretStore::Mode::SessionOnly);
    emit problem(status.message());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Keychain unavailable"), status.message(),
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProfileController::openProfile(const QString &id) {
    const auto profile = m_store->profile(id);
    if (!profile)
        return;
    auto *loader = new auth::CredentialLoader(*profile, m_secrets, this);
    connect(loader, &auth::CredentialLoader::finished, this,
            [this, id](const auth::CredentialLoadResult &result) {
                if (!result.ok()) {
                    emit problem(result.message);
                    m_window->openConnectDialog();
                    return;
                }
                m_activeId = id;
                m_store->setLastUsed(id);
                m_opening = true;
                if (const auto snapshot = m_window->snapshots()->load(id))
                    m_window->connectWithSnapshot(result.config, *snapshot);
                else
                    m_window->connectTo(result.config);
                // The history names the profile, not just its URL.
                if (const auto opened = m_store->profile(id))
                    m_window->historyController()->setProfileName(opened->name);
                rebuildMenu();
                emit profileOpened(id);
            });
    loader->start();
}

void ProfileController::removeProfile(const QString &id) {
    m_store->remove(id)->then(this, [this](const auth::SecretResult &result) {
        if (result.failed())
            emit problem(result.errorMessage);
    });
}

void ProfileController::onProfileRemoved(const QString &id) {
    if (m_activeId == id) {
        m_activeId.clear();
        m_window->disconnectPortal();
    }
    m_window->snapshots()->forget(id);
    ResponseCache::discard(id);
    rebuildMenu();
}

void ProfileController::manageProfiles() {
    if (!m_dialog) {
        m_dialog = new ProfilesDialog(m_store, m_secrets, m_window);
        m_dialog->setObjectName(QStringLiteral("profilesDialog"));
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ProfilesDialog::openRequested, this, &ProfileController::openProfile);
        connect(m_dialog, &ProfilesDialog::profileEdited, this, [this](const QString &id) {
            // The window follows the open profile's new address or secrets at once.
            if (id == m_activeId)
                openProfile(id);
        });
    }
    m_dialog->setActiveProfileId(m_activeId);
    m_dialog->selectProfile(m_activeId);
    m_dialog->open();
    m_dialog->raise();
}

ProfilesDialog *ProfileController::profilesDialog() const {
    return m_dialog;
}

void ProfileController::recordPortal() {
    const models::PortalSession *session = m_window->session();
    const auto profile = m_activeId.isEmpty() ? std::nullopt : m_store->profile(m_activeId);
    if (!session || !profile)
        return;
    const PortalInfo &info = session->schema().portal;
    if (info.portalId == 0 ||
        (profile->portalId == info.portalId && profile->uiDomain == info.uiDomain))
        return;
    auth::PortalProfile known = *profile;
    known.portalId = info.portalId;
    known.uiDomain = info.uiDomain;
    m_store->update(known);
}

void ProfileController::rememberConnection(const ClientConfig &config) {
    if (config.baseUrl.isEmpty() || !config.credentials.isComplete()) {
        m_activeId.clear(); // this connection is no saved profile
        return;
    }
    auth::PortalProfile profile = auth::PortalProfile::fromClientConfig(config);
    // Reconnecting to the same portal the same way updates that profile instead of adding one.
    for (const auth::PortalProfile &existing : m_store->profiles()) {
        if (existing.baseUrl == profile.baseUrl && existing.authKind == profile.authKind &&
            existing.clientId == profile.clientId) {
            profile.id = existing.id;
            profile.name = existing.name;
            profile.portalId = existing.portalId;
            profile.uiDomain = existing.uiDomain;
        }
    }
    if (profile.name.isEmpty()) {
        profile.name =
            profile.usesDefaultBaseUrl()
                ? tr("HubSpot (%1)").arg(Credentials::kindId(profile.authKind))
                : config.baseUrl.host() + QLatin1Char(':') + QString::number(config.baseUrl.port());
    }
    if (profile.id.isEmpty())
        profile = m_store->add(profile);
    else
        m_store->update(profile);
    m_window->historyController()->setProfileName(profile.name);
    const Credentials &c = config.credentials;
    const QList<std::pair<auth::SecretName, QString>> secrets{
        {auth::SecretName::Token, c.token},
        {auth::SecretName::ClientSecret, c.clientSecret},
        {auth::SecretName::RefreshToken, c.refreshToken},
        {auth::SecretName::ProxyPassword, config.connection.proxyPassword},
        {auth::SecretName::ClientKeyPassphrase, config.connection.clientKeyPassphrase}};
    for (const auto &[name, value] : secrets) {
        if (value.isEmpty())
            continue;
        m_secrets->write(profile.id, name, value)
            ->then(this, [this](const auth::SecretResult &result) {
                if (result.failed())
                    emit problem(result.errorMessage);
            });
    }
    m_activeId = profile.id;
    m_store->setLastUsed(profile.id);
    rebuildMenu();
}

void ProfileController::rebuildMenu() {
    if (m_dialog)
        m_dialog->setActiveProfileId(m_activeId);
    m_menu->clear();
    auto *group = new QActionGroup(m_menu);
    const QList<auth::PortalProfile> profiles = m_store->profiles();
    for (const auth::PortalProfile &p : profiles) {
        QAction *action = m_menu->addAction(p.name);
        action->setCheckable(true);
        action->setChecked(p.id == m_activeId);
        action->setToolTip(p.baseUrl.toString());
        group->addAction(action);
        const QString id = p.id;
        connect(action, &QAction::triggered, this, [this, id] { openProfile(id); });
    }
    if (profiles.isEmpty())
        m_menu->addAction(tr("No saved portals yet"))->setEnabled(false);
    m_menu->addSeparator();
    // The window's own Connect command, so the menu shows its shortcut.
    m_menu->addAction(m_window->actions()->connectPortal());
    m_menu->addAction(m_manage);
    QAction *forget = m_menu->addAction(tr("&Forget This Portal"));
    forget->setEnabled(!m_activeId.isEmpty());
    forget->setToolTip(tr("Removes the profile and its secrets from the keychain."));
    connect(forget, &QAction::triggered, this, [this] { removeProfile(m_activeId); });
}

} // namespace assoc::app
