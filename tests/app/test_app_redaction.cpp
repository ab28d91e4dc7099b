// SPDX-License-Identifier: MIT
// Nothing secret reaches the window from an error: the banner, the error panel of the dialogs
// and the History panel (its table, tool tips and Copy Details) show HubSpot's words through
// the redactor. The secrets are the connection's own, which the window registers itself when
// it connects (the test never tells the redactor), and token-shaped text it masks by pattern.

#include "DemoWithHistory.h"
#include "FakeHubSpotServer.h"
#include "api/ChangeWriter.h"
#include "app/ErrorBanner.h"
#include "app/HistoryController.h"
#include "app/HistoryPanel.h"
#include "app/MainWindow.h"
#include "app/dialogs/ErrorPanel.h"
#include "demo/DemoPortal.h"
#include "history/HistoryStore.h"
#include "models/HistoryTableModel.h"
#include "models/PortalSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace assoc;
using namespace assoc::app;
using demo::DemoPortal;
using history::HistoryStore;
using models::HistoryTableModel;

namespace {
const ObjectTypePair kPair{QStringLiteral("0-1"), QStringLiteral("0-2")};

QString uuidSecret() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestAppRedaction : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bannerShowsErrorsRedacted();
    void errorPanelShowsErrorsRedacted();
    void historyShowsAndCopiesRedacted();
    void refreshedAccessTokenIsMasked();

private:
    void connectWith(const ClientConfig &config);
    // An error as a hostile or careless server might word it: the connection's token, a bearer
    // header, a form body and a JSON password.
    ApiError leakyError() const;
    // Whether `text` shows none of the secrets leakyError() carries.
    QString leakIn(const QString &text) const;

    QTemporaryDir m_dir;
    QString m_token;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<DemoPortal> m_portal;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppRedaction::initTestCase() {
    test::keepSettingsIn(m_dir.path());
}

void TestAppRedaction::init() {
    test::startDemoWithHistory(m_dir, m_store, m_portal);
    if (QTest::currentTestFailed())
        return;
    // A token with no tell-tale shape: only its registration can mask it.
    m_token = uuidSecret();
    m_portal->server()->config().privateAppToken = m_token;
    m_window = std::make_unique<MainWindow>();
    m_window->setHistory(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAppRedaction::cleanup() {
    m_window.reset();
    m_portal.reset();
    m_store.reset();
}

void TestAppRedaction::connectWith(const ClientConfig &config) {
    ClientConfig c = config;
    c.connection.maxRetries = 1;
    c.connection.backoffBaseMs = 10;
    c.connection.backoffCapMs = 50;
    c.connection.timeoutMs = 5000;
    m_window->connectTo(c);
    QTRY_VERIFY(m_window->session()->connectionState() ==
                models::PortalSession::ConnectionState::Connected);
}

ApiError TestAppRedaction::leakyError() const {
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 400;
    error.category = QStringLiteral("VALIDATION_ERROR");
    error.message = QStringLiteral("Invalid input: token %1 was sent with Authorization: Bearer "
                                   "leaky-bearer-0123456789 and {\"password\":\"hunter22hunter\"}")
                        .arg(m_token);
    error.operation = QStringLiteral("List labels of Contacts → Companies");
    error.requestLine = QStringLiteral("POST /oauth/v1/token?refresh_token=leaky-refresh-98765");
    error.correlationId = QStringLiteral("5f0c3a2e-0000-4000-8000-000000000042");
    return error;
}

QString TestAppRedaction::leakIn(const QString &text) const {
    for (const QString &secret :
         {m_token, QStringLiteral("leaky-bearer-0123456789"), QStringLiteral("hunter22hunter"),
          QStringLiteral("leaky-refresh-98765")}) {
        if (text.contains(secret))
            return secret;
    }
    return {};
}

void TestAppRedaction::bannerShowsErrorsRedacted() {
    ClientConfig config = m_portal->config();
    config.credentials = Credentials::privateApp(m_token);
    connectWith(config);
    ErrorBanner *banner = m_window->errorBanner();
    banner->showError(leakyError());
    QVERIFY(!banner->isHidden());
    QVERIFY2(leakIn(banner->message()).isEmpty(), qPrintable(banner->message()));
    QVERIFY(banner->message().contains(QStringLiteral("Invalid input")));
    QVERIFY(banner->message().contains(QStringLiteral("5f0c3a2e")));

    QTest::mouseClick(banner->detailsButton(), Qt::LeftButton);
    QVERIFY(banner->isDetailsShown());
    auto *details = banner->findChild<QPlainTextEdit *>();
    QVERIFY(details);
    const QString shown = details->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("/oauth/v1/token")));
    QVERIFY2(leakIn(shown).isEmpty(), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("[redacted]")));
}

void TestAppRedaction::errorPanelShowsErrorsRedacted() {
    ClientConfig config = m_portal->config();
    config.credentials = Credentials::privateApp(m_token);
    connectWith(config);
    ErrorPanel panel(m_window.get());
    panel.show();
    panel.showError(leakyError());
    QVERIFY2(leakIn(panel.message()).isEmpty(), qPrintable(panel.message()));
    QVERIFY(panel.message().contains(QStringLiteral("Invalid input")));
    auto *expand = panel.findChild<QToolButton *>(QStringLiteral("errorDetailsButton"));
    QVERIFY(expand && expand->isVisible());
    QTest::mouseClick(expand, Qt::LeftButton);
    QVERIFY(panel.isDetailsExpanded());
    QVERIFY2(leakIn(panel.detailsText()).isEmpty(), qPrintable(panel.detailsText()));
    QVERIFY(panel.detailsText().contains(QStringLiteral("5f0c3a2e")));

    // A message of the app's own that quotes HubSpot passes the redactor too.
    panel.showMessage(QStringLiteral("The plan could not be saved: ") + leakyError().message);
    QVERIFY2(leakIn(panel.message()).isEmpty(), qPrintable(panel.message()));
}

void TestAppRedaction::historyShowsAndCopiesRedacted() {
    ClientConfig config = m_portal->config();
    config.credentials = Credentials::privateApp(m_token);
    connectWith(config);
    // A failed change recorded with what HubSpot answered (by this app or by assocctl).
    ChangeRecord failed;
    failed.profile = ChangeWriter::profileFor(config.baseUrl);
    failed.portalId = m_window->session()->schema().portal.portalId;
    failed.pair = kPair;
    failed.change.kind = PlanChange::Kind::RenameLabel;
    failed.change.fromType = QStringLiteral("contacts");
    failed.change.toType = QStringLiteral("companies");
    failed.change.targetKey = {AssociationCategory::UserDefined, 987654};
    failed.change.labelText = QStringLiteral("Partner");
    failed.outcome = ChangeRecord::Outcome::Failed;
    failed.message = leakyError().message;
    failed.correlationId = leakyError().correlationId;
    m_store->record(failed);
    const qint64 id = m_store->lastRecordedId();

    HistoryPanel *panel = m_window->historyController()->panel();
    m_window->findChild<QAction *>(QStringLiteral("showHistory"))->trigger();
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(panel->selectRecord(id));

    // What the table shows, and its tool tip.
    QAbstractItemModel *shown = panel->tableView()->model();
    const QModelIndex outcome = shown->index(0, HistoryTableModel::OutcomeColumn);
    const QString outcomeText = outcome.data().toString();
    QVERIFY2(outcomeText.startsWith(QStringLiteral("Failed")), qPrintable(outcomeText));
    QVERIFY2(leakIn(outcomeText).isEmpty(), qPrintable(outcomeText));
    const QString tip = outcome.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("Partner")));
    QVERIFY2(leakIn(tip).isEmpty(), qPrintable(tip));

    // Copy Details.
    QApplication::clipboard()->clear();
    QVERIFY(panel->copyButton()->isEnabled());
    QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("5f0c3a2e")), qPrintable(copied));
    QVERIFY2(leakIn(copied).isEmpty(), qPrintable(copied));
}

// An OAuth connection: the access token a refresh brings is masked although nobody but the
// window's own connection ever saw it.
void TestAppRedaction::refreshedAccessTokenIsMasked() {
    fake::FakeHubSpotServer *server = m_portal->server();
    ClientConfig config = m_portal->config();
    config.credentials = Credentials::oauth(server->oauthClientId(), server->oauthClientSecret(),
                                            server->issueRefreshToken());
    server->log().clear();
    connectWith(config);
    QString accessToken;
    for (const auto &entry : server->log().entries()) {
        const QByteArray header = entry.header("authorization");
        if (header.startsWith("Bearer "))
            accessToken = QString::fromLatin1(header.mid(7));
    }
    QVERIFY(accessToken.size() >= 8);

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 500;
    error.message = QStringLiteral("Internal error for access token ") + accessToken;
    m_window->errorBanner()->showError(error);
    QVERIFY2(!m_window->errorBanner()->message().contains(accessToken),
             qPrintable(m_window->errorBanner()->message()));
    QVERIFY(m_window->errorBanner()->message().contains(QStringLiteral("[redacted]")));
}

QTEST_MAIN(TestAppRedaction)
#include "test_app_redaction.moc"
