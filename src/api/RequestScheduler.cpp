// SPDX-License-Identifier: MIT
// Over 450 lines on purpose: handleReply() reads one reply through every outcome HubSpot can
// give (redirect, flood, cut short, 304, HTML, 2xx, 401, 429, 5xx) in the order they must be
// checked; pacing, concurrency, the breaker and sending are classes of their own.
#include "RequestScheduler.h"

#include "ConnectionNetwork.h"
#include "ReplyGuard.h"
#include "core/JsonMapping.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace assoc {

namespace {
// Extra 429 attempts beyond the retry budget: a 429 says nothing was done, and the wait is
// HubSpot's to name.
constexpr int ExtraRateLimitAttempts = 6;

bool isTransportSafeToRepeat(QNetworkReply::NetworkError error) {
    // Nothing reached the server: the request can be sent again whatever it does.
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::ProxyConnectionRefusedError ||
           error == QNetworkReply::ProxyNotFoundError;
}

} // namespace

struct RequestScheduler::Job {
    RequestSpec spec;
    QPointer<Call<RawResponse>> call;
    int attempt = 0;
    bool authRetried = false;
    bool canceled = false;
    bool dispatched = false;
    AuthHeaders sentAuth;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> retryTimer;
    int circuitEpoch = 0; // the breaker's epoch when this attempt was sent
    RatePacer::Ticket ticket;
    qint64 sentAt = 0;
    bool bypassCache = false; // asked past the cache, which lost what a 304 confirmed
};

RequestScheduler::RequestScheduler(ConnectionNetwork *network, QUrl baseUrl,
                                   ConnectionSettings settings, Authenticator *authenticator,
                                   QObject *parent, Clock clock)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_refusal(m_network->refusal(m_baseUrl))
    , m_settings(std::move(settings))
    , m_authenticator(authenticator)
    , m_clock(clock)
    , m_breaker(m_settings.circuitFailureThreshold, qint64(m_settings.circuitOpenSeconds) * 1000,
                clock)
    , m_pacer(clock)
    , m_concurrency(m_settings.maxInFlight, clock)
    , m_http2Notice(m_settings.http2)
    , m_sender(network, m_baseUrl, m_settings.compression, m_concurrency.cap())
    , m_pumpTimer(new QTimer(this)) {
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &RequestScheduler::pump);
}

RequestScheduler::~RequestScheduler() {
    cancelAll();
}

Call<RawResponse> *RequestScheduler::submit(RequestSpec spec) {
    auto *call = new Call<RawResponse>(this);
    if (!m_refusal.isEmpty()) {
        call->fail(ApiError::validation(m_refusal, spec.operation));
        return call;
    }
    auto job = std::make_shared<Job>();
    job->spec = std::move(spec);
    job->call = call;
    std::weak_ptr<Job> weak = job;
    call->setCancelHandler([this, weak] {
        auto j = weak.lock();
        if (!j)
            return;
        j->canceled = true;
        if (j->retryTimer)
            j->retryTimer->deleteLater();
        if (j->reply)
            j->reply->abort();
        for (auto &queue : m_queues)
            queue.erase(std::remove(queue.begin(), queue.end(), j), queue.end());
        emit activityChanged(m_inFlight, queued());
    });
    enqueue(job);
    return call;
}

void RequestScheduler::enqueue(const std::shared_ptr<Job> &job) {
    m_queues[int(job->spec.priority)].push_back(job);
    emit activityChanged(m_inFlight, queued());
    // Later, so that a burst of submissions is ordered by priority before any is sent.
    if (!m_pumpTimer->isActive())
        m_pumpTimer->start(0);
}

int RequestScheduler::queued() const {
    return int(m_queues[0].size() + m_queues[1].size() + m_queues[2].size());
}

bool RequestScheduler::isCircuitOpen() const {
    return m_breaker.isOpen();
}

void RequestScheduler::closeCircuit() {
    applyCircuitChange(m_breaker.reset());
    pump();
}

void RequestScheduler::applyCircuitChange(CircuitBreaker::Change change) {
    if (change == CircuitBreaker::Change::Closed) {
        m_circuitOpenUntil = {};
        emit circuitChanged(false, {});
    } else if (change == CircuitBreaker::Change::Opened) {
        m_circuitOpenUntil = QDateTime::currentDateTimeUtc().addMSecs(m_breaker.openMs());
        emit circuitChanged(true, m_circuitOpenUntil);
        // Wake up when the pause ends, to let queued work probe again.
        QTimer::singleShot(m_breaker.openMs() + 10, this, &RequestScheduler::pump);
    }
}

void RequestScheduler::failQueued() {
    // Fail fast and clearly rather than letting work pile up unseen.
    for (auto &queue : m_queues) {
        while (!queue.empty()) {
            auto j = queue.front();
            queue.pop_front();
            ApiError error;
            error.kind = ApiError::Kind::CircuitOpen;
            error.operation = j->spec.operation;
            error.retryAfter = m_circuitOpenUntil;
            error.message = tr("Sending is paused until %1 after %2 failed requests in a row.")
                                .arg(QLocale().toString(m_circuitOpenUntil.toLocalTime().time()))
                                .arg(m_breaker.threshold());
            // What made it pause is what the person can act on: say it, with its ids.
            if (!m_lastFailure.message.isEmpty()) {
                error.message +=
                    QLatin1Char(' ') + tr("The last one: %1 (%2)")
                                           .arg(m_lastFailure.message, m_lastFailure.requestLine);
                error.httpStatus = m_lastFailure.httpStatus;
                error.correlationId = m_lastFailure.correlationId;
            }
            if (j->call)
                j->call->fail(error);
        }
    }
}

void RequestScheduler::pump() {
    while (m_inFlight < m_concurrency.limit()) {
        std::shared_ptr<Job> job;
        for (auto &queue : m_queues) {
            if (!queue.empty()) {
                job = queue.front();
                break;
            }
        }
        if (!job)
            break;
        if (isCircuitOpen()) {
            failQueued();
            break;
        }
        const qint64 delay = m_pacer.delayMs();
        if (delay > 0) {
            m_pumpTimer->start(int(std::min<qint64>(delay, 3600000)));
            break;
        }
        for (auto &queue : m_queues) {
            if (!queue.empty() && queue.front() == job) {
                queue.pop_front();
                break;
            }
        }
        dispatch(job);
    }
    emit activityChanged(m_inFlight, queued());
}

void RequestScheduler::dispatch(const std::shared_ptr<Job> &job) {
    ++m_inFlight;
    job->dispatched = true;
    m_active.append(job);
    m_authenticator->authorize([this, job](const ApiResult<AuthHeaders> &auth) {
        if (job->canceled) {
            finishJob(job);
            return;
        }
        if (!auth) {
            ApiError error = auth.error();
            if (error.operation.isEmpty() || error.kind == ApiError::Kind::SignInRequired)
                error.operation = job->spec.operation;
            if (job->call)
                job->call->fail(error);
            finishJob(job);
            return;
        }
        send(job, auth.value());
    });
}

void RequestScheduler::send(const std::shared_ptr<Job> &job, const AuthHeaders &auth) {
    job->circuitEpoch = m_breaker.epoch();
    job->sentAuth = auth;
    ++job->attempt;
    ++m_attemptsSent;
    job->ticket = m_pacer.sent(job->spec.burstExempt);
    job->sentAt = m_clock();
    QNetworkReply *reply = m_sender.send(job->spec, auth, job->bypassCache);
    job->reply = reply;
    const ReplyGuard *guard = ReplyGuard::watch(reply, m_settings.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, guard] {
        reply->deleteLater();
        handleReply(job, reply, *guard);
    });
}

void RequestScheduler::handleReply(const std::shared_ptr<Job> &job, QNetworkReply *reply,
                                   const ReplyGuard &guard) {
    job->reply = nullptr;
    m_pacer.answered(job->ticket); // answered, failed or cancelled: it counts a window from now
    if (job->canceled) {
        finishJob(job);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    RawResponse response;
    response.status = status;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    response.correlationId =
        QString::fromLatin1(response.headers.value("x-hubspot-correlation-id"));
    if (reply->isOpen())
        response.body = reply->readAll();
    observeAnswer(*job, reply, response);

    ApiError error;
    error.operation = job->spec.operation;
    error.requestLine = QString::fromLatin1(job->spec.method) + QLatin1Char(' ') + job->spec.path;
    error.httpStatus = status;
    error.correlationId = response.correlationId;
    const bool canRetry = job->attempt <= m_settings.maxRetries;

    const QString refusedRedirect = ConnectionNetwork::refusedRedirect(reply);
    if (!refusedRedirect.isEmpty()) {
        recordOutcome(true); // the server answered; asking again gets the same redirect
        error.kind = ApiError::Kind::Network;
        error.message = refusedRedirect;
        if (job->call)
            job->call->fail(error);
        finishJob(job);
        return;
    }

    if (guard.breach() == ReplyGuard::Breach::TooLarge) {
        // Not transient: asking again would read the same flood.
        recordOutcome(true);
        error.kind = ApiError::Kind::InvalidResponse;
        error.message = guard.message();
        error.maybeApplied = !job->spec.idempotent;
        if (job->call)
            job->call->fail(error);
        finishJob(job);
        return;
    }

    // An answer cut short is no answer, even when its status line had arrived.
    if (guard.cutShort()) {
        const QNetworkReply::NetworkError netError = reply->error();
        const bool timedOut = guard.breach() == ReplyGuard::Breach::TimedOut;
        error.kind = timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        error.message = timedOut ? guard.message() : m_network->transportFailure(reply);
        const bool safe = job->spec.idempotent || isTransportSafeToRepeat(netError);
        if (canRetry && safe && !isCircuitOpen()) {
            retryLater(job, backoffMs(job->attempt));
            return;
        }
        // Only requests that finally failed count towards the breaker: a burst of stalls that
        // time out together and then succeed on retry is not a dead server.
        recordFailure(error, job->circuitEpoch);
        error.maybeApplied = !safe;
        if (job->call)
            job->call->fail(error);
        finishJob(job);
        return;
    }

    if (status == 304 && !job->bypassCache) {
        // Qt hands a 304 on only when the cache let go of the answer it confirmed (evicted or
        // removed meanwhile): ask once more, past the cache, for the whole answer.
        recordOutcome(true);
        job->bypassCache = true;
        retryLater(job, 0);
        return;
    }

    if (status >= 200 && status < 300 &&
        response.headers.value("content-type").toLower().contains("html")) {
        // A proxy's or a captive portal's page, not HubSpot: never taken for a success.
        recordOutcome(true);
        error.kind = ApiError::Kind::InvalidResponse;
        error.message = tr("HubSpot's answer is an HTML page, not JSON: a proxy, firewall or "
                           "sign-in page may have answered instead of HubSpot.");
        if (canRetry && job->spec.idempotent) {
            retryLater(job, backoffMs(job->attempt));
            return;
        }
        error.maybeApplied = !job->spec.idempotent;
        if (job->call)
            job->call->fail(error);
        finishJob(job);
        return;
    }

    if (status >= 200 && status < 300) {
        recordOutcome(true);
        if (job->call)
            job->call->resolve(response);
        finishJob(job);
        return;
    }

    const auto body = json::parseErrorBody(response.body);
    if (body) {
        error.message = body->message;
        error.category = body->category.isEmpty() ? body->errorType : body->category;
        error.subCategory = body->subCategory;
        error.missingScopes = body->missingScopes();
        error.policyName = body->policyName;
        if (error.correlationId.isEmpty())
            error.correlationId = body->correlationId;
    } else if (status >= 500) {
        error.message = tr("HubSpot answered with HTTP %1.").arg(status);
    }

    if (status == 429) {
        recordOutcome(true);
        error.kind = ApiError::Kind::RateLimited;
        const bool daily = error.policyName == QLatin1String("DAILY");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int wait = RatePacer::retryAfterMs(response.headers.value("retry-after"), now);
        if (wait < 0)
            wait = std::max(1000, backoffMs(job->attempt));
        // Everything waits, not just this request: the budget is the app's, not the request's.
        m_pacer.rateLimited(wait, job->spec.burstExempt && !daily, job->ticket);
        if (!daily)
            m_concurrency.rateLimited();
        error.retryAfter = now.addMSecs(wait);
        // A 429 was refused before doing anything, so even a create can be sent again.
        if (!daily && job->attempt <= m_settings.maxRetries + ExtraRateLimitAttempts) {
            retryLater(job, wait);
            return;
        }
        if (job->call)
            job->call->fail(error);
        finishJob(job);
        return;
    }

    if (status == 401) {
        recordOutcome(true);
        const ErrorBody parsed = body ? body.value() : ErrorBody{};
        if (!job->authRetried && m_authenticator->rejected(job->sentAuth, parsed)) {
            job->authRetried = true;
            release(job);
            m_queues[0].push_front(job); // it waited already: first in line
            pump();
            return;
        }
        error.kind = ApiError::Kind::SignInRequired;
        if (error.message.isEmpty())
            error.message = tr("HubSpot did not accept the credentials.");
        if (job->call)
            job->call->fail(error);
        finishJob(job);
        return;
    }

    error.kind = ApiError::Kind::Http;
    if (status >= 500) {
        if (canRetry && job->spec.idempotent && !isCircuitOpen()) {
            retryLater(job, backoffMs(job->attempt));
            return;
        }
        recordFailure(error, job->circuitEpoch);
        // A write answered by a server error may or may not have been applied.
        error.maybeApplied = !job->spec.idempotent;
    } else {
        recordOutcome(true);
    }
    if (job->call)
        job->call->fail(error);
    finishJob(job);
}

void RequestScheduler::release(const std::shared_ptr<Job> &job) {
    if (job->dispatched) {
        job->dispatched = false;
        --m_inFlight;
        m_active.removeOne(job);
    }
}

void RequestScheduler::retryLater(const std::shared_ptr<Job> &job, int delayMs) {
    release(job);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    job->retryTimer = timer;
    connect(timer, &QTimer::timeout, this, [this, job, timer] {
        timer->deleteLater();
        if (job->canceled)
            return;
        m_queues[int(job->spec.priority)].push_front(job);
        pump();
    });
    timer->start(delayMs);
    pump();
}

void RequestScheduler::finishJob(const std::shared_ptr<Job> &job) {
    release(job);
    pump();
}

void RequestScheduler::recordFailure(const ApiError &error, int sentEpoch) {
    m_lastFailure = error;
    recordOutcome(false, sentEpoch);
}

void RequestScheduler::recordOutcome(bool transportOk, int sentEpoch) {
    applyCircuitChange(transportOk ? m_breaker.recordSuccess()
                                   : m_breaker.recordFailure(sentEpoch));
}

int RequestScheduler::backoffMs(int attempt) const {
    // Full jitter: a random wait up to the exponential bound, so that clients spread out.
    const double bound =
        std::min<double>(m_settings.backoffCapMs,
                         m_settings.backoffBaseMs * std::pow(2.0, std::max(0, attempt - 1)));
    return int(QRandomGenerator::global()->bounded(std::max(1.0, bound)));
}

void RequestScheduler::observeAnswer(const Job &job, QNetworkReply *reply,
                                     const RawResponse &response) {
    if (response.status <= 0)
        return; // no answer: says nothing about the server's pace or budget
    const auto budget = RatePacer::fromHeaders(response.headers);
    if (budget) {
        m_pacer.observe(*budget, job.ticket);
        emit rateLimitObserved(budget->remaining, budget->max);
    }
    if (response.status != 429)
        m_concurrency.answered(m_clock() - job.sentAt, budget ? budget->remaining : -1,
                               budget ? budget->max : -1, budget ? budget->intervalMs : 10000);
    const bool overTls = reply->url().scheme() == QLatin1String("https");
    if (m_http2Notice.observe(overTls,
                              reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()))
        emit http2Unavailable(tr("HubSpot answers over HTTP/1.1, not HTTP/2 (a proxy or firewall "
                                 "in between may not offer it): loading takes several times "
                                 "longer."));
}

void RequestScheduler::cancelAll() {
    // Every call is a child of the scheduler, whether queued, in flight or waiting to retry.
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
    m_authenticator->cancelPending();
    emit activityChanged(m_inFlight, queued());
}

} // namespace assoc
