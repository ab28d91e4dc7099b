// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QNetworkReply;
class QTimer;

namespace assoc {

// Holds one network reply to the limits of its connection: the whole exchange — connecting,
// the headers and the body — must end within the timeout, and the body may not grow past the
// cap. Qt's own transfer timeout only catches silence, so a server sending a byte a second, or
// a body that never ends, would otherwise hold a request (and memory) for as long as it likes.
// When a limit is crossed the reply is aborted at once and breach() says which. For replies
// read once they have finished.
class ReplyGuard : public QObject {
    Q_OBJECT
public:
    // The largest answer read (docs/json-mapping.md, "Hostile servers"): many times the
    // largest a portal gives, small enough that a hostile body cannot exhaust memory.
    static constexpr qint64 MaxResponseBytes = 32 * 1024 * 1024;

    enum class Breach { None, TimedOut, TooLarge };

    // The guard is a child of the reply and ends with it.
    static ReplyGuard *watch(QNetworkReply *reply, int timeoutMs,
                             qint64 maxBodyBytes = MaxResponseBytes);

    Breach breach() const { return m_breach; }
    // Once finished: whether the answer is incomplete — a limit was crossed, or the connection
    // failed or broke off, even after the status line had arrived.
    bool cutShort() const;
    // For the user, when a limit was crossed: which, and the limit.
    QString message() const;

private:
    ReplyGuard(QNetworkReply *reply, int timeoutMs, qint64 maxBodyBytes);
    void checkDeclaredLength();
    void checkReceived();
    void abortFor(Breach breach);

    QNetworkReply *m_reply;
    QTimer *m_deadline;
    int m_timeoutMs;
    qint64 m_maxBodyBytes;
    bool m_headersArrived = false;
    Breach m_breach = Breach::None;
};

} // namespace assoc
