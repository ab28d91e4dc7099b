// SPDX-License-Identifier: MIT
#include "FakeRouter.h"

#include "ControlHandler.h"
#include "HubSpotErrors.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {
// Whether an If-None-Match value names `etag`: "*", or one of its comma-separated tags, compared
// weakly (a W/ prefix ignored), as RFC 9110 §13.1.2 asks for GET.
bool noneMatchNames(const QByteArray &ifNoneMatch, const QByteArray &etag) {
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

// With FakeConfig::etags: the ETag of a successful GET (a hash of its body, so it changes
// exactly when the answer does), and 304 without a body when the client already has it.
void applyValidator(const FakeRequest &request, FakeResponse &response) {
    if (request.method != u"GET" || response.status != 200 || !response.hasBody)
        return;
    const QByteArray etag =
        '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex().left(32) +
        '"';
    response.setHeader("ETag", etag);
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (ifNoneMatch.isEmpty() || !noneMatchNames(ifNoneMatch, etag))
        return;
    response.status = 304;
    response.body.clear();
    response.hasBody = false;
}
} // namespace

FakeRouter::FakeRouter(FakePortalState &state, FakeConfig &config, FaultInjector &faults,
                       RequestLog &log, RateLimiter &limiter, OAuthTokens &tokens,
                       ControlHandler &control)
    : m_config(config)
    , m_faults(faults)
    , m_log(log)
    , m_limiter(limiter)
    , m_control(control)
    , m_auth(config, tokens)
    , m_associations(state, config)
    , m_oauth(tokens, config, state)
    , m_portalInfo(state, config)
    , m_limitsTracking(state, config) {}

int FakeRouter::latency() {
    int ms = std::max(0, m_config.latencyMs);
    if (m_config.latencyJitterMs > 0)
        ms += int(m_jitter.bounded(m_config.latencyJitterMs + 1));
    return ms;
}

FakeReply FakeRouter::route(const FakeRequest &request) {
    if (ControlHandler::isControlPath(request.path)) {
        FakeReply reply;
        reply.response = request.fromLoopback
                             ? m_control.handle(request)
                             : HubSpotErrors::error(request, 403, u"FORBIDDEN"_s,
                                                    u"control endpoints are loopback only"_s);
        return reply;
    }

    FakeReply reply;
    std::optional<FaultInjector::Fault> fault = m_faults.take(request.path);
    if (fault && fault->kind == FaultInjector::Kind::Stall && fault->durationMs >= 0) {
        // A stall that ends is just a slow real answer.
        reply.delayMs = fault->durationMs;
        fault.reset();
    }
    if (fault && fault->kind == FaultInjector::Kind::SlowBody) {
        // The real answer, only slowly: its body one byte at a time.
        reply.response = process(request);
        reply.delivery = FakeReply::Delivery::Stream;
        reply.stream.prefix = reply.response.body;
        reply.stream.byteIntervalMs = fault->durationMs >= 0 ? fault->durationMs : 1000;
    } else if (fault && !(m_config.failAfterApplying && request.isWrite())) {
        reply = faultReply(request, *fault); // the state is never touched
    } else {
        reply.response = process(request);
        if (fault) {
            const int delay = reply.delayMs;
            reply = faultReply(request, *fault); // applied, then failed
            reply.delayMs += delay;
        }
    }
    reply.delayMs += latency();

    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query;
    entry.headers = request.headers;
    entry.body = request.body;
    entry.status = reply.delivery == FakeReply::Delivery::Respond ? reply.response.status : 0;
    if (reply.delivery == FakeReply::Delivery::Respond)
        entry.responseBodyBytes = reply.response.body.size();
    entry.correlationId = request.correlationId;
    m_log.append(entry);
    return reply;
}

FakeReply FakeRouter::faultReply(const FakeRequest &request,
                                 const FaultInjector::Fault &fault) const {
    FakeReply reply;
    switch (fault.kind) {
    case FaultInjector::Kind::ServerError: {
        const int status = fault.status >= 500 ? fault.status : 500;
        const QString message = status == 502   ? u"Bad Gateway"_s
                                : status == 503 ? u"Service Unavailable"_s
                                : status == 504 ? u"Gateway Timeout"_s
                                                : u"internal error"_s;
        reply.response = HubSpotErrors::error(request, status, u"INTERNAL_ERROR"_s,
                                              fault.message.isEmpty() ? message : fault.message);
        break;
    }
    case FaultInjector::Kind::RateLimited:
        reply.response = HubSpotErrors::rateLimited(request, false);
        reply.response.setHeader("X-HubSpot-RateLimit-Max", QByteArray::number(m_config.burstMax));
        reply.response.setHeader("X-HubSpot-RateLimit-Remaining", "0");
        reply.response.setHeader("X-HubSpot-RateLimit-Interval-Milliseconds",
                                 QByteArray::number(m_config.burstWindowMs));
        reply.response.setHeader("Retry-After",
                                 QByteArray::number(std::max(1, fault.retryAfterSec)));
        break;
    case FaultInjector::Kind::MalformedJson:
        reply.response.status = 200;
        reply.response.hasBody = true;
        reply.response.body = R"({"results":[{"category":"HUBSPOT_DEFINED","typeId":1,"lab)";
        break;
    case FaultInjector::Kind::DropConnection:
        reply.delivery = FakeReply::Delivery::Drop;
        break;
    case FaultInjector::Kind::Stall:
        reply.delivery = FakeReply::Delivery::Never;
        break;
    case FaultInjector::Kind::SlowBody: // handled in route(): it needs the real answer
        break;
    case FaultInjector::Kind::OversizedBody:
    case FaultInjector::Kind::EndlessBody:
    case FaultInjector::Kind::InvalidUtf8:
    case FaultInjector::Kind::DuplicateKeys:
    case FaultInjector::Kind::HugeInteger:
    case FaultInjector::Kind::HugeNumber:
    case FaultInjector::Kind::DeepNesting:
    case FaultInjector::Kind::HtmlPage:
        reply = hostileReply(fault);
        break;
    case FaultInjector::Kind::Redirect: {
        // Temporary: the client must send the same method and body again, to wherever it goes.
        QString target = fault.location;
        if (target.endsWith(QLatin1Char('/')))
            target.chop(1);
        target += QString::fromUtf8(QUrl::toPercentEncoding(request.path, "/"));
        if (!request.query.isEmpty())
            target += QLatin1Char('?') + request.query;
        reply.response.status = 307;
        reply.response.setHeader("Location", target.toUtf8());
        break;
    }
    }
    return reply;
}

FakeReply FakeRouter::hostileReply(const FaultInjector::Fault &fault) {
    FakeReply reply;
    reply.response.status = 200;
    reply.response.hasBody = true;
    const QByteArray label = R"({"category":"HUBSPOT_DEFINED","typeId":1,"label":"Primary"})";
    switch (fault.kind) {
    case FaultInjector::Kind::OversizedBody: {
        reply.delivery = FakeReply::Delivery::Stream;
        reply.stream.prefix = R"({"results":[],"padding":")";
        reply.stream.suffix = R"("})";
        const qint64 total = fault.bytes >= 0 ? fault.bytes : qint64(64) * 1024 * 1024;
        reply.stream.filler = "x";
        reply.stream.fillerBytes =
            std::max<qint64>(0, total - reply.stream.prefix.size() - reply.stream.suffix.size());
        break;
    }
    case FaultInjector::Kind::EndlessBody:
        reply.delivery = FakeReply::Delivery::Stream;
        reply.stream.chunked = true;
        reply.stream.prefix = R"({"results":[)";
        reply.stream.filler = label + ',';
        reply.stream.fillerBytes = -1;
        break;
    case FaultInjector::Kind::InvalidUtf8:
        reply.response.body = "{\"results\":[{\"category\":\"USER_DEFINED\",\"typeId\":9,\"label\":"
                              "\"Caf\xe9 \xff\xfe\"}]}";
        break;
    case FaultInjector::Kind::DuplicateKeys:
        reply.response.body =
            R"({"results":[{"category":"USER_DEFINED","typeId":9,"label":"Billing","typeId":1}]})";
        break;
    case FaultInjector::Kind::HugeInteger:
        reply.response.body =
            R"({"results":[{"category":"USER_DEFINED","typeId":9223372036854775808,"label":"Billing"}]})";
        break;
    case FaultInjector::Kind::HugeNumber:
        reply.response.body =
            R"({"results":[{"category":"USER_DEFINED","typeId":1e400,"label":"Billing"}]})";
        break;
    case FaultInjector::Kind::DeepNesting:
        reply.response.body = "{\"results\":" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}";
        break;
    case FaultInjector::Kind::HtmlPage:
        reply.response.contentType = "text/html; charset=utf-8";
        reply.response.body = "<!DOCTYPE html>\n<html><head><title>Sign in to the network</title>"
                              "</head><body><h1>Sign in to continue</h1></body></html>\n";
        break;
    default:
        break;
    }
    return reply;
}

void FakeRouter::addRateHeaders(FakeResponse &response, const RateLimiter::Decision &d,
                                bool oauth) const {
    response.setHeader("X-HubSpot-RateLimit-Max", QByteArray::number(m_config.burstMax));
    response.setHeader("X-HubSpot-RateLimit-Remaining", QByteArray::number(d.burstRemaining));
    response.setHeader("X-HubSpot-RateLimit-Interval-Milliseconds",
                       QByteArray::number(m_config.burstWindowMs));
    if (!oauth) { // OAuth responses omit the daily pair
        response.setHeader("X-HubSpot-RateLimit-Daily", QByteArray::number(m_config.dailyMax));
        response.setHeader("X-HubSpot-RateLimit-Daily-Remaining",
                           QByteArray::number(d.dailyRemaining));
    }
}

FakeResponse FakeRouter::process(const FakeRequest &request) {
    if (!OAuthHandler::isOAuthPath(request.path))
        return processApi(request);
    if (!OAuthHandler::isAuthorizePath(request.path)) {
        // The token endpoint is rate limited like any other call.
        const RateLimiter::Decision d = m_limiter.admit(false, m_config);
        if (!d.allowed) {
            FakeResponse r = HubSpotErrors::rateLimited(request, d.daily);
            if (m_config.sendRetryAfter)
                r.setHeader("Retry-After", QByteArray::number((d.retryAfterMs + 999) / 1000));
            return r;
        }
    }
    if (auto r = m_oauth.handle(request))
        return *r;
    return HubSpotErrors::notFound(request);
}

FakeResponse FakeRouter::processApi(const FakeRequest &request) {
    const Authenticator::Outcome auth = m_auth.check(request);
    if (auth.refusal)
        return *auth.refusal;
    const bool exempt =
        AssociationsHandler::isSchemaOperation(request.path) && !m_config.burstLimitEverywhere;
    const RateLimiter::Decision d = m_limiter.admit(exempt, m_config);
    FakeResponse response;
    if (!d.allowed) {
        response = HubSpotErrors::rateLimited(request, d.daily);
        if (m_config.sendRetryAfter)
            response.setHeader("Retry-After", QByteArray::number((d.retryAfterMs + 999) / 1000));
    } else if (auto r = m_associations.handle(request)) {
        response = *r;
    } else if (auto p = m_portalInfo.handle(request)) {
        response = *p;
    } else if (auto l = m_limitsTracking.handle(request)) {
        response = *l;
    } else {
        response = HubSpotErrors::notFound(request);
    }
    if (m_config.etags)
        applyValidator(request, response);
    addRateHeaders(response, d, auth.oauth);
    return response;
}

} // namespace assoc::fake
