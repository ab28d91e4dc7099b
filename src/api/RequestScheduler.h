// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "Authenticator.h"
#include "ConnectionSettings.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <deque>
#include <memory>

class QNetworkReply;
class QTimer;

namespace assoc {

class ConnectionNetwork;
class ReplyGuard;

// Who is waiting for a request: the user's own action first, then what is on screen, then
// background preloading.
enum class Priority { UserAction = 0, Visible = 1, Background = 2 };

struct RequestSpec {
    QByteArray method = "GET";
    QString path; // "/crm/v4/associations/0-1/0-2/labels"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    Priority priority = Priority::Visible;
    // Safe to send again after an ambiguous failure (GET, PUT, DELETE, purge). A write that is
    // not is never repeated here: the caller gets maybeApplied and checks first.
    bool idempotent = true;
    QString operation; // for messages: "List labels of Contacts → Companies"
};

struct RawResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QString correlationId;
};

// The one way requests reach HubSpot: bounded concurrency, priorities, authentication,
// timeouts, retries with backoff, HubSpot's rate-limit headers and 429s, a circuit breaker,
// and cancellation of everything at once. When the connection refuses the base URL (see
// ConnectionNetwork::refusal), every call fails at once and nothing is sent.
class RequestScheduler : public QObject {
    Q_OBJECT
public:
    // `network` must outlive the scheduler.
    RequestScheduler(ConnectionNetwork *network, QUrl baseUrl, ConnectionSettings settings,
                     Authenticator *authenticator, QObject *parent = nullptr);
    ~RequestScheduler() override;

    // Ends with a RawResponse for any 2xx, or an ApiError.
    Call<RawResponse> *submit(RequestSpec spec);
    void cancelAll();

    const QUrl &baseUrl() const { return m_baseUrl; }
    const ConnectionSettings &settings() const { return m_settings; }

    bool isCircuitOpen() const;
    QDateTime circuitOpenUntil() const { return m_circuitOpenUntil; }
    void closeCircuit(); // "Try now"

    int inFlight() const { return m_inFlight; }
    int queued() const;
    int attemptsSent() const { return m_attemptsSent; }

signals:
    void circuitChanged(bool open, const QDateTime &until);
    void rateLimitObserved(int remaining, int max);
    void activityChanged(int inFlight, int queued);

private:
    struct Job;
    void enqueue(const std::shared_ptr<Job> &job);
    void pump();
    void dispatch(const std::shared_ptr<Job> &job);
    void send(const std::shared_ptr<Job> &job, const AuthHeaders &auth);
    void handleReply(const std::shared_ptr<Job> &job, QNetworkReply *reply,
                     const ReplyGuard &guard);
    void retryLater(const std::shared_ptr<Job> &job, int delayMs);
    void finishJob(const std::shared_ptr<Job> &job);
    void release(const std::shared_ptr<Job> &job);
    void recordOutcome(bool transportOk, int sentEpoch = 0);
    int backoffMs(int attempt) const;
    int paceDelayMs() const;
    void observeRateLimit(const QHash<QByteArray, QByteArray> &headers);

    ConnectionNetwork *m_network;
    QUrl m_baseUrl;
    QString m_refusal; // why nothing may be sent, or empty
    ConnectionSettings m_settings;
    Authenticator *m_authenticator;
    std::deque<std::shared_ptr<Job>> m_queues[3];
    QList<std::shared_ptr<Job>> m_active;
    int m_inFlight = 0;
    int m_attemptsSent = 0;
    int m_consecutiveFailures = 0;
    int m_circuitEpoch = 0; // counts "Try now"s
    QDateTime m_circuitOpenUntil;
    QTimer *m_pumpTimer;
    // Rate-limit state from X-HubSpot-RateLimit-* headers.
    int m_rateRemaining = -1;
    int m_rateMax = -1;
    int m_rateIntervalMs = 10000;
    QElapsedTimer m_sinceRateObserved;
    QDateTime m_pausedUntil; // after a 429
    quint64 m_laneCounter = 0;
};

} // namespace assoc
