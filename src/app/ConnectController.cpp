// SPDX-License-Identifier: MIT
#include "ConnectController.h"

#include "dialogs/ConnectDialog.h"

namespace assoc::app {

ConnectController::ConnectController(QNetworkAccessManager *network, QWidget *dialogParent,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_parent(dialogParent) {}

void ConnectController::probe(const ClientConfig &config,
                              std::function<void(const ApiResult<PortalInfo> &)> done) {
    // A client of its own, so a failed test leaves the current connection alone.
    auto *client = new HubSpotClient(m_network, config, this);
    client->accountInfo(Priority::UserAction)
        ->then(this, [client, done](const ApiResult<PortalInfo> &r) {
            done(r);
            client->deleteLater();
        });
}

void ConnectController::open(const ClientConfig &prefill) {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfig(prefill);
    m_dialog = dialog;
    connect(dialog, &ConnectDialog::testRequested, this, [this, dialog](const ClientConfig &c) {
        dialog->setBusy(true);
        QPointer<ConnectDialog> guard = dialog;
        probe(c, [guard](const ApiResult<PortalInfo> &r) {
            if (!guard)
                return;
            guard->setBusy(false);
            if (r)
                guard->setTestResult(r.value());
            else
                guard->setTestError(r.error());
        });
    });
    connect(dialog, &ConnectDialog::submitRequested, this, [this, dialog] {
        const ClientConfig config = dialog->config();
        dialog->setBusy(true);
        QPointer<ConnectDialog> guard = dialog;
        probe(config, [this, guard, config](const ApiResult<PortalInfo> &r) {
            if (!guard)
                return;
            guard->setBusy(false);
            if (!r) {
                guard->setTestError(r.error());
                return;
            }
            guard->accept();
            emit connectRequested(config);
        });
    });
    dialog->open();
}

} // namespace assoc::app
