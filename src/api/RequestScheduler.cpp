// SPDX-License-Identifier: MIT
#include "RequestScheduler.h"

#include "ApiVersion.h"
#include "ConnectionNetwork.h"
#include "OneShotBody.h"
#include "ReplyGuard.h"
#include "core/JsonMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <assoc/Version.h>
#include <cmath>

namespace assoc {

namespace {
// QNetworkAccessManager opens at most six HTTP/1.1 connections per host and keys its pool on
// the peer-verify name too; each lane of six requests gets its own pool.
constexpr int ConnectionsPerLane = 6;

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

int parseRetryAfterMs(const QByteArray &value) {
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (ok)
        return int(std::clamp(seconds, 0.0, 3600.0) * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 3600000));
    return -1;
}

QString laneName(const QUrl &url, int lane) {
    const QString host = url.host();
    if (url.scheme() != QLatin1String("https"))
        return QStringLiteral("lane-%1.%2").arg(lane).arg(host);
    // Over TLS the name is verified against the certificate, case-insensitively: vary the case.
    QString name = host.toLower();
    int bit = 0;
    for (qsizetype i = 0; i < name.size() && (lane >> bit) != 0; ++i) {
        if (!name.at(i).isLetter())
            continue;
        if (lane & (1 << bit))
            name[i] = name.at(i).toUpper();
        ++bit;
    }
    return (lane >> bit) != 0 ? QString() : name; // not enough letters: share the first lane
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
    int circuitEpoch = 0;     // the breaker's epoch when this attempt was sent
    bool bypassCache = false; // asked past the cache, which lost what a 304 confirmed
};

RequestScheduler::RequestScheduler(ConnectionNetwork *network, QUrl baseUrl,
                                   ConnectionSettings settings, Authenticator *authenticator,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_refusal(m_network->refusal(m_baseUrl))
    , m_settings(std::move(settings))
    , m_authenticator(authenticator)
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
    return m_circuitOpenUntil.isValid() && QDateTime::currentDateTimeUtc() < m_circuitOpenUntil;
}

void RequestScheduler::closeCircuit() {
    ++m_circuitEpoch;
    const bool wasOpen = m_circuitOpenUntil.isValid();
    m_circuitOpenUntil = {};
    m_consecutiveFailures = 0;
    if (wasOpen)
        emit circuitChanged(false, {});
    pump();
}

int RequestScheduler::paceDelayMs() const {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pausedUntil.isValid() && now < m_pausedUntil)
        return int(now.msecsTo(m_pausedUntil));
    // Slow down before the limit rather than after: when the window's remaining budget is no
    // larger than what is already in flight, space requests evenly over the window.
    if (m_rateMax > 0 && m_rateRemaining >= 0 && m_rateRemaining <= m_inFlight + 1) {
        const int spacing = m_rateIntervalMs / m_rateMax;
        const qint64 since =
            m_sinceRateObserved.isValid() ? m_sinceRateObserved.elapsed() : spacing;
        return int(std::max<qint64>(0, spacing - since));
    }
    return 0;
}

void RequestScheduler::pump() {
    while (m_inFlight < std::max(1, m_settings.maxInFlight)) {
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
            // Fail fast and clearly rather than letting work pile up unseen.
            for (auto &queue : m_queues) {
                while (!queue.empty()) {
                    auto j = queue.front();
                    queue.pop_front();
                    ApiError error;
                    error.kind = ApiError::Kind::CircuitOpen;
                    error.operation = j->spec.operation;
                    error.retryAfter = m_circuitOpenUntil;
                    error.message =
                        tr("Sending is paused until %1 after %2 failed requests in a row.")
                            .arg(QLocale().toString(m_circuitOpenUntil.toLocalTime().time()))
                            .arg(m_settings.circuitFailureThreshold);
                    if (j->call)
                        j->call->fail(error);
                }
            }
            break;
        }
        const int delay = paceDelayMs();
        if (delay > 0) {
            m_pumpTimer->start(delay);
            break;
        }
        for (auto &queue : m_queues) {
            if (!queue.empty() && queue.front() == job) {
                queue.pop_front();
                break;
            }
        }
        dispatch(job);
        if (m_rateMax > 0 && m_rateRemaining >= 0) {
            // Count what we send against the last known budget until the next answer says more.
            m_rateRemaining = std::max(0, m_rateRemaining - 1);
            m_sinceRateObserved.restart();
        }
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
    job->circuitEpoch = m_circuitEpoch;
    const QUrl url = ApiEndpoints::url(m_baseUrl, job->spec.path, job->spec.query);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent",
                         QByteArrayLiteral(ASSOC_ORGANIZATION_NAME "/" ASSOC_VERSION_STRING));
    if (!job->spec.body.isEmpty() || job->spec.method == "POST" || job->spec.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, job->spec.contentType);
    if (!m_settings.compression)
        request.setRawHeader("Accept-Encoding", "identity");
    if (job->bypassCache)
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : auth)
        request.setRawHeader(name, value);
    // HTTP/2, TLS and the redirect policy are the connection's: ConnectionNetwork sets them.
    const int lanes =
        std::max(1, (m_settings.maxInFlight + ConnectionsPerLane - 1) / ConnectionsPerLane);
    const int lane = int(m_laneCounter++ % quint64(lanes));
    if (lane > 0) {
        const QString name = laneName(url, lane);
        if (!name.isEmpty())
            request.setPeerVerifyName(name);
    }

    job->sentAuth = auth;
    ++job->attempt;
    ++m_attemptsSent;
    // The named operations, not a custom verb: Qt then knows POST is not idempotent and does
    // not resend it by itself when a connection drops.
    QNetworkReply *reply = nullptr;
    if (job->spec.method == "GET")
        reply = m_network->get(request);
    else if (job->spec.method == "POST" && !job->spec.idempotent) {
        auto *body = new OneShotBody(job->spec.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, job->spec.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->post(request, body);
        body->setParent(reply);
    } else if (job->spec.method == "POST")
        reply = m_network->post(request, job->spec.body);
    else if (job->spec.method == "PUT")
        reply = m_network->put(request, job->spec.body);
    else if (job->spec.method == "DELETE")
        reply = m_network->deleteResource(request);
    else
        reply = m_network->sendCustomRequest(request, job->spec.method, job->spec.body);
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
    observeRateLimit(response.headers);

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
        recordOutcome(false, job->circuitEpoch);
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
        int wait = parseRetryAfterMs(response.headers.value("retry-after"));
        if (wait < 0)
            wait = std::max(1000, backoffMs(job->attempt));
        m_pausedUntil = QDateTime::currentDateTimeUtc().addMSecs(wait);
        error.retryAfter = m_pausedUntil;
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
        recordOutcome(false, job->circuitEpoch);
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

void RequestScheduler::recordOutcome(bool transportOk, int sentEpoch) {
    if (transportOk) {
        if (m_consecutiveFailures > 0 || m_circuitOpenUntil.isValid()) {
            const bool wasOpen = m_circuitOpenUntil.isValid();
            m_consecutiveFailures = 0;
            m_circuitOpenUntil = {};
            if (wasOpen)
                emit circuitChanged(false, {});
        }
        return;
    }
    // Failures of requests sent before the user closed the breaker ("Try now") are old news:
    // they must not open it again at once.
    if (sentEpoch != m_circuitEpoch)
        return;
    ++m_consecutiveFailures;
    if (m_settings.circuitFailureThreshold > 0 &&
        m_consecutiveFailures >= m_settings.circuitFailureThreshold && !isCircuitOpen()) {
        m_circuitOpenUntil = QDateTime::currentDateTimeUtc().addSecs(m_settings.circuitOpenSeconds);
        emit circuitChanged(true, m_circuitOpenUntil);
        // Wake up when the pause ends, to let queued work probe again.
        QTimer::singleShot(m_settings.circuitOpenSeconds * 1000 + 10, this,
                           &RequestScheduler::pump);
    }
}

int RequestScheduler::backoffMs(int attempt) const {
    // Full jitter: a random wait up to the exponential bound, so that clients spread out.
    const double bound =
        std::min<double>(m_settings.backoffCapMs,
                         m_settings.backoffBaseMs * std::pow(2.0, std::max(0, attempt - 1)));
    return int(QRandomGenerator::global()->bounded(std::max(1.0, bound)));
}

void RequestScheduler::observeRateLimit(const QHash<QByteArray, QByteArray> &headers) {
    bool okMax = false;
    bool okRemaining = false;
    const int max = headers.value("x-hubspot-ratelimit-max").toInt(&okMax);
    const int remaining = headers.value("x-hubspot-ratelimit-remaining").toInt(&okRemaining);
    if (!okMax || !okRemaining)
        return;
    bool okInterval = false;
    const int interval =
        headers.value("x-hubspot-ratelimit-interval-milliseconds").toInt(&okInterval);
    m_rateMax = max;
    m_rateRemaining = remaining;
    if (okInterval && interval > 0)
        m_rateIntervalMs = interval;
    m_sinceRateObserved.restart();
    emit rateLimitObserved(remaining, max);
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
