// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QOAuthHttpServerReplyHandler>
#include <QString>

namespace assoc::auth {

// Qt's loopback reply handler with two changes: the redirect URI is exactly
// `http://127.0.0.1:<port>/` for as long as the sign-in lasts (also after the listener has
// closed), and a failed token request is reported (Qt 6.4 only logs it) with HubSpot's body.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler {
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    // Listens on 127.0.0.1 on a free port (the constructor already tries); false when that is
    // impossible.
    bool listenOnLoopback();
    QString callback() const override;

    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    // The token endpoint answered with an error (httpStatus 0: no answer at all).
    void tokenRequestFailed(int httpStatus, const QString &networkError, const QByteArray &body);

private:
    QString m_callback;
};

} // namespace assoc::auth
