// SPDX-License-Identifier: MIT
#pragma once

#include "api/HubSpotClient.h"
#include "dialogs/ConnectDialog.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QWidget;

namespace assoc::app {

// The Connect dialog's owner: tests the typed connection by reading the account details and
// hands a working configuration to the window. Secrets live only in memory.
class ConnectController : public QObject {
    Q_OBJECT
public:
    ConnectController(QNetworkAccessManager *network, QWidget *dialogParent,
                      QObject *parent = nullptr);

    void open(const ClientConfig &prefill = {});
    ConnectDialog *dialog() const { return m_dialog; }

signals:
    void connectRequested(const assoc::ClientConfig &config);

private:
    // Reads the account details with `config`; `done` gets the answer.
    void probe(const ClientConfig &config, std::function<void(const ApiResult<PortalInfo> &)> done);

    QNetworkAccessManager *m_network;
    QWidget *m_parent;
    QPointer<ConnectDialog> m_dialog;
};

} // namespace assoc::app
