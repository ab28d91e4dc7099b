// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "Authenticator.h"
#include "CircuitBreaker.h"
#include "ConcurrencyController.h"
#include "ConnectionSettings.h"
#include "Http2Notice.h"
#include "RatePacer.h"
#include "RequestSender.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <deque>
#include <memory>

class QNetworkReply;
class QTimer;

namespace assoc {

class ConnectionNetwork;
class ReplyGuard;

// The one way requests reach HubSpot: adaptive concurrency (ConcurrencyController), priorities,
// authentication, timeouts, retries with backoff, HubSpot's rate-limit headers and 429s
// (RatePacer), a circuit breaker (CircuitBreaker), and cancellation of everything at once. When the
// connection refuses the base URL (see ConnectionNetwork::refusal), every call fails at once and
// nothing is sent.
class RequestScheduler : public QObject {
    Q_OBJECT
public:
    // `network` must outlive the scheduler.
    RequestScheduler(ConnectionNetwork *network, QUrl baseUrl, ConnectionSettings settings,
                     Authenticator *authenticator, QObject *parent = nullptr,
                     Clock clock = steadyClock());
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
    // How many may be in flight now: adapted to the answers, never above the settings' cap.
    int concurrencyLimit() const { return m_concurrency.limit(); }
    const RatePacer &pacer() const { return m_pacer; }
    int queued() const;
    int attemptsSent() const { return m_attemptsSent; }

signals:
    void circuitChanged(bool open, const QDateTime &until);
    void rateLimitObserved(int remaining, int max);
    void activityChanged(int inFlight, int queued);
    // Once: a TLS answer came over HTTP/1.1 although HTTP/2 is on.
    void http2Unavailable(const QString &notice);

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
    // A request that finally failed for the breaker's count; its error explains a pause.
    void recordFailure(const ApiError &error, int sentEpoch);
    void applyCircuitChange(CircuitBreaker::Change change);
    int backoffMs(int attempt) const;
    void observeAnswer(const Job &job, QNetworkReply *reply, const RawResponse &response);
    void failQueued();

    ConnectionNetwork *m_network;
    QUrl m_baseUrl;
    QString m_refusal; // why nothing may be sent, or empty
    ConnectionSettings m_settings;
    Authenticator *m_authenticator;
    std::deque<std::shared_ptr<Job>> m_queues[3];
    QList<std::shared_ptr<Job>> m_active;
    int m_inFlight = 0;
    int m_attemptsSent = 0;
    Clock m_clock;
    CircuitBreaker m_breaker;
    QDateTime m_circuitOpenUntil; // for messages; the breaker keeps the time that counts
    ApiError m_lastFailure;
    RatePacer m_pacer;
    ConcurrencyController m_concurrency;
    Http2Notice m_http2Notice;
    RequestSender m_sender;
    QTimer *m_pumpTimer;
};

} // namespace assoc
