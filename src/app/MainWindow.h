// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/HubSpotClient.h"
#include "core/ObjectTypePair.h"
#include "models/PortalSession.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <optional>

class QSplitter;
class QStackedWidget;

namespace assoc::models {
class LabelTableModel;
class ObjectTypeTreeModel;
} // namespace assoc::models

namespace assoc::history {
class HistoryStore;
}

namespace assoc::app {

class ActionSet;
class CompareController;
class ConnectController;
class ErrorBanner;
class LabelController;
class LabelTablePanel;
class LimitController;
class PairTreePanel;
class SchemaExportController;
class SchemaMapWindow;
class SnapshotController;
class HistoryController;
class StatusBarController;
class WelcomePage;

// The window: pairs on the left, the selected pair's labels on the right, an error banner
// above them. It wires panels, controllers and the session together; the work is theirs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the current connection with one to `config` and starts loading.
    void connectTo(const ClientConfig &config);
    // The same, showing `snapshot` (the portal as last read) until the portal has answered.
    void connectWithSnapshot(const ClientConfig &config, const PortalSchema &snapshot);
    // Closes the current connection (its profile was removed): the window shows no portal.
    void disconnectPortal();
    void openConnectDialog();
    // Starts the embedded demo portal (once) and connects to it, as `--demo` does: marked DEMO
    // in the title and status bar, never saved as a profile. False, with `error`, on failure.
    bool startDemo(QString *error = nullptr);
    // Starts the demo portal (or gives the running one) and returns how to reach it; null with
    // `error` set on failure. The executable supplies it (src/demo): this library never links
    // the fake portal.
    using DemoStarter = std::function<std::optional<ClientConfig>(QString *error)>;
    void setDemoStarter(DemoStarter starter) { m_demoStarter = std::move(starter); }
    // Whether the current connection is the demo portal.
    bool isDemo() const { return m_demo; }
    // The first-run page (connect, or explore the demo) until a portal is connected.
    void showWelcome();
    // Edits the current connection's settings (timeout, retries, proxy, …) and reconnects.
    void openConnectionSettings();

    models::PortalSession *session() const { return m_session; }
    const ClientConfig &currentConfig() const { return m_config; }
    ActionSet *actions() const { return m_actions; }
    PairTreePanel *treePanel() const { return m_treePanel; }
    LabelTablePanel *tablePanel() const { return m_tablePanel; }
    ErrorBanner *errorBanner() const { return m_banner; }
    StatusBarController *statusBarController() const { return m_status; }
    // File → Compare Portals… / Import Schema… (and where the change history is handed in:
    // compareController()->setJournal) and File → Export Schema….
    CompareController *compareController() const { return m_compare; }
    SchemaExportController *schemaExport() const { return m_export; }
    SnapshotController *snapshots() const { return m_snapshots; }
    // The change history (View → History, Undo); setHistory hands in the store, which must
    // outlive the window, or null for none; the window sets its text filter to the redactor.
    HistoryController *historyController() const { return m_history; }
    void setHistory(history::HistoryStore *store);
    models::ObjectTypeTreeModel *treeModel() const { return m_treeModel; }
    models::LabelTableModel *tableModel() const { return m_tableModel; }

    bool selectPair(const ObjectTypePair &pair);
    // Opens (or brings back) the schema map of the connected portal.
    void showSchemaMap();
    SchemaMapWindow *schemaMap() const { return m_map; } // null until first shown
    ObjectTypePair currentPair() const;
    // "contacts:companies", "0-1:0-2", "Contacts:Vehicles": the pair, once types are known.
    std::optional<ObjectTypePair> resolvePair(const QString &spec) const;

signals:
    void sessionChanged(assoc::models::PortalSession *session);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void startSession(const ClientConfig &config, const PortalSchema *snapshot, bool demo = false);
    void buildMenus();
    void wireActions();
    void onPairSelected(const ObjectTypePair &pair);
    void updateView();
    void updateActions();
    void updateTitle();
    std::optional<QString> resolveType(const QString &token) const;

    ClientConfig m_config;
    QPointer<models::PortalSession> m_session;
    ActionSet *m_actions;
    models::ObjectTypeTreeModel *m_treeModel;
    models::LabelTableModel *m_tableModel;
    ErrorBanner *m_banner;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    QWidget *m_portalPage;
    WelcomePage *m_welcome;
    PairTreePanel *m_treePanel;
    LabelTablePanel *m_tablePanel;
    StatusBarController *m_status;
    SnapshotController *m_snapshots;
    LabelController *m_labels;
    LimitController *m_limits;
    ConnectController *m_connect;
    CompareController *m_compare = nullptr;
    SchemaExportController *m_export = nullptr;
    SchemaMapWindow *m_map = nullptr;
    HistoryController *m_history = nullptr;
    DemoStarter m_demoStarter;
    bool m_demo = false;
};

} // namespace assoc::app
