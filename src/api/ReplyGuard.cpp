// SPDX-License-Identifier: MIT
#include "ReplyGuard.h"

#include <QNetworkReply>
#include <QTimer>
#include <algorithm>

namespace assoc {

ReplyGuard *ReplyGuard::watch(QNetworkReply *reply, int timeoutMs, qint64 maxBodyBytes) {
    return new ReplyGuard(reply, timeoutMs, maxBodyBytes);
}

ReplyGuard::ReplyGuard(QNetworkReply *reply, int timeoutMs, qint64 maxBodyBytes)
    : QObject(reply)
    , m_reply(reply)
    , m_deadline(new QTimer(this))
    , m_timeoutMs(std::max(1, timeoutMs))
    , m_maxBodyBytes(maxBodyBytes) {
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may end the exchange 5% early
    connect(m_deadline, &QTimer::timeout, this, [this] { abortFor(Breach::TimedOut); });
    m_deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyGuard::checkDeclaredLength);
    connect(reply, &QNetworkReply::readyRead, this, &ReplyGuard::checkReceived);
    connect(reply, &QNetworkReply::finished, m_deadline, &QTimer::stop);
}

bool ReplyGuard::cutShort() const {
    if (m_breach != Breach::None)
        return true;
    if (!m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return true;
    // Qt's codes 1-199 are connection and proxy failures, ProtocolFailure a broken body (such
    // as bad chunked framing); the others mirror an HTTP status that did arrive (400 is
    // ProtocolInvalidOperationError).
    const QNetworkReply::NetworkError error = m_reply->error();
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolFailure;
}

QString ReplyGuard::message() const {
    switch (m_breach) {
    case Breach::TimedOut:
        return m_headersArrived
                   ? tr("HubSpot's answer did not arrive in full within %1 s.")
                         .arg(m_timeoutMs / 1000.0)
                   : tr("No answer from HubSpot within %1 s.").arg(m_timeoutMs / 1000.0);
    case Breach::TooLarge:
        return tr("HubSpot's answer is larger than %1 MB, the most this app reads; reading "
                  "stopped there.")
            .arg(m_maxBodyBytes / (1024 * 1024));
    case Breach::None:
        break;
    }
    return {};
}

void ReplyGuard::checkDeclaredLength() {
    m_headersArrived = true;
    // A body announced larger than the cap is refused before any of it is read.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBodyBytes)
        abortFor(Breach::TooLarge);
}

void ReplyGuard::checkReceived() {
    // What Qt has buffered, decompressed: reading stops here, at most one network read past
    // the cap.
    if (m_reply->bytesAvailable() > m_maxBodyBytes)
        abortFor(Breach::TooLarge);
}

void ReplyGuard::abortFor(Breach breach) {
    if (m_breach != Breach::None || m_reply->isFinished())
        return;
    m_breach = breach;
    m_deadline->stop();
    m_reply->abort();
}

} // namespace assoc
