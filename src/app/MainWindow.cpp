// SPDX-License-Identifier: MIT
// Over 450 lines: the window wires its panels, controllers, the welcome page and the demo;
// moving the page switching (welcome / portal) into a class of its own is still open (issue 15).
#include "MainWindow.h"

#include "ActionSet.h"
#include "AppIcons.h"
#include "ConnectController.h"
#include "ErrorBanner.h"
#include "HistoryController.h"
#include "HistoryPanel.h"
#include "LabelController.h"
#include "LabelCopyController.h"
#include "LabelTablePanel.h"
#include "LimitController.h"
#include "PairTreePanel.h"
#include "SnapshotController.h"
#include "StatusBarController.h"
#include "WelcomePage.h"
#include "WindowStateStore.h"
#include "api/ChangeWriter.h"
#include "auth/Redactor.h"
#include "compare/CompareController.h"
#include "compare/SchemaExportController.h"
#include "history/HistoryStore.h"
#include "map/SchemaMapWindow.h"
#include "models/LabelTableModel.h"
#include "models/ObjectTypeTreeModel.h"
#include "models/PortalSession.h"
#include "settings/ConnectionSettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace assoc::app {

using models::PortalSession;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new ActionSet(this))
    , m_treeModel(new models::ObjectTypeTreeModel(this))
    , m_tableModel(new models::LabelTableModel(this))
    , m_banner(new ErrorBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pages(new QStackedWidget(this))
    , m_portalPage(new QWidget(m_pages))
    , m_welcome(new WelcomePage(m_pages))
    , m_treePanel(new PairTreePanel(m_treeModel, m_splitter))
    , m_tablePanel(new LabelTablePanel(m_tableModel, m_splitter))
    , m_status(new StatusBarController(statusBar(), this))
    , m_snapshots(new SnapshotController(SnapshotController::defaultDirectory(), this))
    , m_labels(new LabelController(this, this))
    , m_limits(new LimitController(this, this))
    , m_connect(new ConnectController(this, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AppIcons::appIcon());
    m_compare = new CompareController(this, this);
    m_export = new SchemaExportController(this, statusBar(), this);
    m_history = new HistoryController(this, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_history->panel());
    m_history->panel()->hide();
    m_history->setUndoLastAction(m_actions->undoLastChange());
    auto *copier = new LabelCopyController(m_actions, m_tablePanel, m_tableModel, this);
    connect(this, &MainWindow::sessionChanged, copier, &LabelCopyController::setSession);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_treePanel);
    m_splitter->addWidget(m_tablePanel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(m_portalPage);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_portalPage);
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::openConnectDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] {
        QString error;
        if (!startDemo(&error))
            m_welcome->setDemoError(error);
    });
    setTabOrder(m_treePanel->filterEdit(), m_treePanel->treeView());
    setTabOrder(m_treePanel->treeView(), m_tablePanel->tableView());

    buildMenus();
    wireActions();
    if (!WindowStateStore::restore(this, m_splitter)) {
        resize(1180, 720);
        m_splitter->setSizes({460, 720});
    }
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() {
    // The models watch the session: detach them before it goes.
    m_treeModel->setSession(nullptr);
    m_tableModel->setSession(nullptr);
    delete m_session;
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->connectPortal());
    QAction *settings =
        file->addAction(tr("Connection &Settings…"), this, &MainWindow::openConnectionSettings);
    settings->setObjectName(QStringLiteral("connectionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addAction(m_actions->refresh());
    file->addSeparator();
    file->addAction(m_actions->exportSchema());
    file->addAction(m_actions->importSchema());
    file->addAction(m_actions->comparePortals());
    file->addSeparator();
    file->addAction(m_actions->quit());

    QMenu *labels = menuBar()->addMenu(tr("&Labels"));
    labels->addAction(m_actions->newLabel());
    labels->addAction(m_actions->editLabel());
    labels->addAction(m_actions->deleteLabel());
    labels->addSeparator();
    labels->addAction(m_actions->setLimit());
    labels->addAction(m_actions->removeLimit());
    labels->addSeparator();
    labels->addMenu(tr("&Copy"))->addActions(m_actions->copyActions());
    labels->addSeparator();
    labels->addAction(m_actions->undoLastChange());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->findPair());
    view->addAction(m_actions->schemaMap());
    QAction *history = m_history->panel()->toggleViewAction();
    history->setObjectName(QStringLiteral("showHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(history);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Association Studio"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Association Studio"),
                                    tr("Association Studio %1\nSee and manage how HubSpot CRM "
                                       "object types relate.")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    about->setShortcut(QKeySequence::HelpContents);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_actions->newLabel());
    tools->addAction(m_actions->editLabel());
    tools->addAction(m_actions->deleteLabel());
    tools->addSeparator();
    tools->addAction(m_actions->setLimit());
    tools->addAction(m_actions->removeLimit());
    tools->addSeparator();
    tools->addAction(m_actions->refresh());

    QTableView *table = m_tablePanel->tableView();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(table);
    separator->setSeparator(true);
    table->addActions({m_actions->editLabel(), m_actions->deleteLabel(), m_actions->setLimit(),
                       m_actions->removeLimit(), separator});
    table->addActions(m_actions->copyActions());
}

void MainWindow::wireActions() {
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->connectPortal(), &QAction::triggered, this, &MainWindow::openConnectDialog);
    connect(m_actions->findPair(), &QAction::triggered, m_treePanel, &PairTreePanel::focusFilter);
    connect(m_actions->exportSchema(), &QAction::triggered, m_export,
            &SchemaExportController::exportSchema);
    connect(m_actions->importSchema(), &QAction::triggered, m_compare,
            &CompareController::importSchema);
    connect(m_actions->comparePortals(), &QAction::triggered, m_compare,
            &CompareController::openCompare);
    connect(m_actions->schemaMap(), &QAction::triggered, this, &MainWindow::showSchemaMap);
    connect(m_actions->refresh(), &QAction::triggered, this, [this] {
        if (m_session)
            m_session->refresh();
    });
    connect(m_actions->newLabel(), &QAction::triggered, this, [this] {
        if (!currentPair().fromId.isEmpty())
            m_labels->create(currentPair());
    });
    connect(m_actions->editLabel(), &QAction::triggered, this, [this] {
        // The selected label: the current row may be one just unselected with Ctrl+click.
        const QList<AssociationLabel> selected = m_tablePanel->selectedLabels();
        if (selected.size() == 1)
            m_labels->rename(currentPair(), selected.first());
    });
    connect(m_actions->deleteLabel(), &QAction::triggered, this,
            [this] { m_labels->remove(currentPair(), m_tablePanel->selectedLabels()); });
    connect(m_actions->setLimit(), &QAction::triggered, this,
            [this] { m_limits->edit(currentPair(), m_tablePanel->selectedLabels()); });
    connect(m_actions->removeLimit(), &QAction::triggered, this,
            [this] { m_limits->remove(currentPair(), m_tablePanel->selectedLabels()); });
    // After every dialog of the table's actions, the keyboard is back in the table.
    const auto focusTableAfter = [this](QDialog *dialog) {
        connect(dialog, &QDialog::finished, m_tablePanel,
                [this] { m_tablePanel->tableView()->setFocus(Qt::OtherFocusReason); });
    };
    connect(m_labels, &LabelController::dialogOpened, this, focusTableAfter);
    connect(m_limits, &LimitController::dialogOpened, this, focusTableAfter);
    connect(m_tablePanel, &LabelTablePanel::labelActivated, this, [this] {
        // Rename what can be renamed, else limit: HubSpot's labels, or several at once.
        (m_actions->editLabel()->isEnabled() ? m_actions->editLabel() : m_actions->setLimit())
            ->trigger();
    });
    connect(m_tablePanel, &LabelTablePanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_treePanel, &PairTreePanel::pairSelected, this, &MainWindow::onPairSelected);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this](const QString &action) {
        if (m_session)
            m_session->retry(action);
    });
    connect(m_status, &StatusBarController::tryNowClicked, this, [this] {
        if (!m_session)
            return;
        // What failed while the breaker was open is asked again: the banner's step, then
        // every pair the preload could not read.
        const QString failed = m_banner->isHidden() ? QString() : m_banner->retryAction();
        m_banner->dismiss();
        if (!failed.isEmpty() && failed != PortalSession::preloadAction())
            m_session->retry(failed);
        if (!m_session->isComplete())
            m_session->retry(PortalSession::preloadAction());
    });
    connect(m_history, &HistoryController::undoFinished, this,
            [this](qint64, const std::optional<ApiError> &error) {
                if (error)
                    m_banner->showError(*error);
            });
    connect(m_connect, &ConnectController::connectRequested, this, &MainWindow::connectTo);
}

void MainWindow::openConnectionSettings() {
    auto *dialog = new ConnectionSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_config.connection);
    dialog->setObjectTypes(m_config.objectTypes);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ClientConfig config = m_config;
        config.connection = dialog->settings();
        config.objectTypes = dialog->objectTypes();
        if (!m_config.baseUrl.isEmpty() && m_session)
            connectTo(config);
        else
            m_config = config;
    });
    dialog->open();
}

void MainWindow::connectTo(const ClientConfig &config) {
    startSession(config, nullptr);
}

bool MainWindow::startDemo(QString *error) {
    if (!m_demoStarter) {
        if (error)
            *error = tr("This build has no demo portal.");
        return false;
    }
    const std::optional<ClientConfig> config = m_demoStarter(error);
    if (!config)
        return false;
    startSession(*config, nullptr, true);
    return true;
}

void MainWindow::showWelcome() {
    if (m_session)
        return;
    m_pages->setCurrentWidget(m_welcome);
    m_welcome->setFocus(Qt::OtherFocusReason);
}

void MainWindow::connectWithSnapshot(const ClientConfig &config, const PortalSchema &snapshot) {
    startSession(config, &snapshot);
}

void MainWindow::startSession(const ClientConfig &config, const PortalSchema *snapshot, bool demo) {
    m_config = config;
    m_demo = demo;
    m_pages->setCurrentWidget(m_portalPage);
    PortalSession *old = m_session;
    auto *session = new PortalSession(config, this);
    if (snapshot)
        session->adoptSnapshot(*snapshot);
    m_session = session;
    m_banner->dismiss();
    m_treeModel->setSession(session);
    m_tableModel->setSession(session);
    m_tableModel->setPair({});
    m_labels->setSession(session);
    m_limits->setSession(session);
    m_status->setSession(session);
    m_status->setDemo(demo);
    m_compare->setSession(session);
    m_history->setSession(session, ChangeWriter::profileFor(config.baseUrl));
    m_export->setSession(session);
    delete old;

    // The connection's secrets, and every token a refresh brings, are masked wherever
    // the window or the log could show them.
    auth::Redactor::global().addSecrets(config.credentials.secrets());
    auth::Redactor::global().addSecret(config.connection.proxyPassword);
    connect(session->client()->authenticator(), &Authenticator::accessTokenIssued, this,
            [](const QString &accessToken) { auth::Redactor::global().addSecret(accessToken); });
    connect(session->client()->authenticator(), &Authenticator::refreshTokenRotated, this,
            [](const QString &refreshToken) { auth::Redactor::global().addSecret(refreshToken); });
    connect(session, &PortalSession::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(session, &PortalSession::pairUpdated, this, [this](const ObjectTypePair &pair) {
        if (pair == currentPair() || pair == currentPair().reversed())
            updateView();
    });
    connect(session, &PortalSession::usageUpdated, this, &MainWindow::updateView);
    connect(session, &PortalSession::connectionStateChanged, this, &MainWindow::updateActions);
    connect(session, &PortalSession::portalInfoChanged, this, &MainWindow::updateTitle);
    const auto selectFirstPair = [this] {
        // Start where the user left off, or on the first pair.
        if (currentPair().fromId.isEmpty() && m_session &&
            !m_session->schema().objectTypes.isEmpty()) {
            const QString first = m_session->schema().objectTypes.first().id;
            const QString second = m_session->schema().objectTypes.value(1).id;
            selectPair({first, second.isEmpty() ? first : second});
        }
    };
    connect(session, &PortalSession::typesLoaded, this, selectFirstPair);
    if (snapshot)
        selectFirstPair(); // the snapshot's types are known already
    emit sessionChanged(session);
    session->start();
    updateTitle();
    updateView();
}

void MainWindow::disconnectPortal() {
    if (!m_session)
        return;
    PortalSession *old = m_session;
    m_config = ClientConfig{};
    m_session = nullptr;
    m_demo = false;
    // Everything that watches the session lets go of it before it is deleted.
    m_banner->dismiss();
    m_treeModel->setSession(nullptr);
    m_tableModel->setSession(nullptr);
    m_tableModel->setPair({});
    m_labels->setSession(nullptr);
    m_limits->setSession(nullptr);
    m_status->setSession(nullptr);
    m_status->setDemo(false);
    m_compare->setSession(nullptr);
    m_history->setSession(nullptr, {});
    m_export->setSession(nullptr);
    emit sessionChanged(nullptr);
    delete old;
    updateTitle();
    updateView();
}

void MainWindow::setHistory(history::HistoryStore *store) {
    // HubSpot's messages may echo a secret; the history keeps them as the window shows them.
    if (store)
        store->setTextFilter([](const QString &text) { return auth::Redactor::forDisplay(text); });
    m_history->setStore(store);
    m_compare->setJournal(store);
}

void MainWindow::openConnectDialog() {
    m_connect->open(m_session ? m_session->client()->config() : ClientConfig());
}

bool MainWindow::selectPair(const ObjectTypePair &pair) {
    return m_treePanel->selectPair(pair);
}

void MainWindow::showSchemaMap() {
    if (!m_map) {
        m_map = new SchemaMapWindow(this);
        m_map->setSession(m_session);
        connect(this, &MainWindow::sessionChanged, m_map, &SchemaMapWindow::setSession);
        connect(m_map, &SchemaMapWindow::pairActivated, this,
                [this](const ObjectTypePair &pair) { selectPair(pair); });
        connect(m_map, &SchemaMapWindow::typeActivated, m_treePanel, &PairTreePanel::showType);
    }
    m_map->show();
    m_map->raise();
    m_map->activateWindow();
}

ObjectTypePair MainWindow::currentPair() const {
    return m_tableModel->pair();
}

void MainWindow::onPairSelected(const ObjectTypePair &pair) {
    m_tableModel->setPair(pair);
    if (m_session)
        m_session->ensurePairLoaded(pair, Priority::Visible);
    updateView();
}

void MainWindow::updateView() {
    const ObjectTypePair pair = currentPair();
    if (!m_session || pair.fromId.isEmpty()) {
        m_tablePanel->setHeading({}, {}, false);
        m_tablePanel->showPlaceholder(
            m_session ? tr("Select a pair of object types to see its labels.")
                      : tr("Not connected. Use File → Connect to portal… to start."));
        updateActions();
        return;
    }
    const auto used = m_session->labelUsage(pair);
    const int maximum = m_session->labelMaximum();
    m_tablePanel->setHeading(m_session->pairName(pair),
                             used ? tr("%1 of %n label(s)", nullptr, maximum).arg(*used)
                                  : QString(),
                             used && *used >= 0.8 * maximum);
    if (m_session->isPairLoaded(pair) || m_session->schema().pair(pair))
        m_tablePanel->showTable();
    else
        m_tablePanel->showPlaceholder(
            tr("Loading the labels of %1…").arg(m_session->pairName(pair)));
    updateActions();
}

void MainWindow::updateActions() {
    ActionSet::Selection s;
    s.connected =
        m_session && m_session->connectionState() == PortalSession::ConnectionState::Connected;
    const ObjectTypePair pair = currentPair();
    s.pairLoaded = m_session && !pair.fromId.isEmpty() && m_session->isPairLoaded(pair);
    const PairSchema *schema = m_session ? m_session->schema().pair(pair) : nullptr;
    for (const AssociationLabel &label : m_tablePanel->selectedLabels()) {
        ++s.labels;
        s.editable += label.category.isUserEditable() ? 1 : 0;
        s.withLimit += schema && schema->limitFor(label.key()) ? 1 : 0;
    }
    m_actions->update(s);
}

void MainWindow::updateTitle() {
    const qint64 portalId = m_session ? m_session->schema().portal.portalId : 0;
    if (m_demo)
        setWindowTitle(portalId != 0 ? tr("DEMO — Portal %1 — Association Studio").arg(portalId)
                                     : tr("DEMO — Association Studio"));
    else if (portalId != 0)
        setWindowTitle(tr("Portal %1 — Association Studio").arg(portalId));
    else
        setWindowTitle(tr("Association Studio"));
}

std::optional<QString> MainWindow::resolveType(const QString &token) const {
    const QString t = token.trimmed();
    if (m_session) {
        for (const ObjectType &type : m_session->schema().objectTypes) {
            for (const QString &candidate : {type.id, type.name, type.pluralLabel,
                                             type.singularLabel, type.fullyQualifiedName}) {
                if (!candidate.isEmpty() && candidate.compare(t, Qt::CaseInsensitive) == 0)
                    return type.id;
            }
        }
    }
    if (const auto standard = StandardObjectTypes::find(t.toLower()))
        return standard->id;
    return std::nullopt;
}

std::optional<ObjectTypePair> MainWindow::resolvePair(const QString &spec) const {
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const auto from = resolveType(spec.left(colon));
    const auto to = resolveType(spec.mid(colon + 1));
    if (!from || !to)
        return std::nullopt;
    ObjectTypePair pair{*from, *to};
    if (!m_treeModel->indexOfPair(pair).isValid())
        return std::nullopt;
    return pair;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    WindowStateStore::save(this, m_splitter);
    QMainWindow::closeEvent(event);
}

} // namespace assoc::app
