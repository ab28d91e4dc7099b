// SPDX-License-Identifier: MIT
#include "LoopbackReplyHandler.h"

#include "api/ConnectionNetwork.h"

#include <QNetworkReply>

namespace assoc::auth {

// Qt's constructors start listening at once; this one on loopback only, never on every
// interface as the parent-only constructor would.
LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, parent) {}

bool LoopbackReplyHandler::listenOnLoopback() {
    if (!isListening() && !listen(QHostAddress::LocalHost, 0))
        return false;
    m_callback = QStringLiteral("http://127.0.0.1:%1/").arg(port());
    return true;
}

QString LoopbackReplyHandler::callback() const {
    return m_callback;
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply) {
    if (!reply)
        return;
    reply->deleteLater();
    if (const QString redirect = ConnectionNetwork::refusedRedirect(reply); !redirect.isEmpty()) {
        emit tokenRequestFailed(0, redirect, {}); // the token service itself never answered
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        emit tokenRequestFailed(status, status == 0 ? reply->errorString() : QString(),
                                reply->readAll());
        return;
    }
    QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
}

} // namespace assoc::auth
