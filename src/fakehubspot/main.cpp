// SPDX-License-Identifier: MIT
// fake-hubspot: runs the fake portal standalone for manual testing and benchmarks.
#include "FakeHubSpotServer.h"
#include "SeedData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <assoc/Version.h>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using assoc::fake::FakeHubSpotServer;

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    // Only async-signal-safe work here; the event loop does the rest.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void quitOnTermination(QCoreApplication &app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] { app.quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-hubspot"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSOC_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A fake HubSpot portal on 127.0.0.1 serving the association schema API, OAuth, "
        u"schemas, account info and limits tracking. Control endpoints: /__fake/state, "
        u"/__fake/config, /__fake/faults, /__fake/log, /__fake/reset."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0 = any free port)."_s,
                                        u"port"_s, u"0"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Portal data: demo, large or empty."_s,
                                        u"seed"_s, u"demo"_s);
    const QCommandLineOption typesOption(
        u"types"_s,
        u"With --seed large: N object types in the older benchmark shape (the core four and "
        u"N-4 custom objects). Without it: every standard type and 10 custom objects (38)."_s,
        u"count"_s, u"0"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Latency added to every answer."_s,
                                           u"ms"_s, u"0"_s);
    const QCommandLineOption jitterOption(u"jitter-ms"_s, u"Random extra latency, at most."_s,
                                          u"ms"_s, u"0"_s);
    const QCommandLineOption codesOption(u"version-codes"_s,
                                         u"Success codes of v4 paths: v4 (201/207/204) or 200."_s,
                                         u"codes"_s, u"v4"_s);
    const QCommandLineOption rateOption(u"rate-limit"_s, u"Requests per 10 s window."_s, u"n"_s,
                                        u"190"_s);
    const QCommandLineOption noRateOption(u"no-rate-limit"_s, u"Disable rate limiting."_s);
    const QCommandLineOption tokenOption(u"token"_s, u"Private-app token to accept."_s, u"token"_s);
    const QCommandLineOption faultOption(
        u"fault"_s,
        u"Script a fault: a kind (e.g. slowBody, htmlPage) for the next request, or the JSON "
        u"body /__fake/faults takes, e.g. {\"kind\":\"endlessBody\",\"count\":5,"
        u"\"pathContains\":\"/labels\"}. Repeatable; see docs/fake-portal.md."_s,
        u"fault"_s);
    const QCommandLineOption absentOption(
        u"absent-types"_s,
        u"Object types (ids or names, comma-separated) the portal answers as unknown (400)."_s,
        u"types"_s);
    const QCommandLineOption deniedOption(
        u"denied-types"_s,
        u"Object types (ids or names, comma-separated) the token may not read (403)."_s,
        u"types"_s);
    const QCommandLineOption etagOption(
        u"etag"_s, u"Send an ETag with every GET answer and answer 304 to a matching "
                   u"If-None-Match (HubSpot's behaviour is not documented)."_s);
    parser.addOptions({portOption, seedOption, typesOption, latencyOption, jitterOption,
                       codesOption, rateOption, noRateOption, tokenOption, faultOption,
                       absentOption, deniedOption, etagOption});
    parser.process(app);

    QTextStream err(stderr);
    const auto seed = FakeHubSpotServer::seedFromString(parser.value(seedOption));
    if (!seed) {
        err << "unknown --seed value: " << parser.value(seedOption) << Qt::endl;
        return 2;
    }
    const QString codes = parser.value(codesOption);
    if (codes != u"v4" && codes != u"200") {
        err << "--version-codes must be v4 or 200" << Qt::endl;
        return 2;
    }

    FakeHubSpotServer server;
    server.reseed(*seed, parser.value(typesOption).toInt());
    auto &config = server.config();
    config.latencyMs = parser.value(latencyOption).toInt();
    config.latencyJitterMs = parser.value(jitterOption).toInt();
    config.v4TwoHundredCodes = codes == u"200";
    config.burstMax = parser.value(rateOption).toInt();
    config.rateLimitEnabled = !parser.isSet(noRateOption);
    if (parser.isSet(tokenOption))
        config.privateAppToken = parser.value(tokenOption);
    config.absentObjectTypes = parser.value(absentOption).split(u',', Qt::SkipEmptyParts);
    config.deniedObjectTypes = parser.value(deniedOption).split(u',', Qt::SkipEmptyParts);
    config.etags = parser.isSet(etagOption);
    for (const QString &fault : parser.values(faultOption)) {
        QJsonObject spec{{u"kind"_s, fault.trimmed()}};
        if (fault.trimmed().startsWith(u'{')) {
            const QJsonDocument doc = QJsonDocument::fromJson(fault.toUtf8());
            if (!doc.isObject()) {
                err << "--fault: not a JSON object: " << fault << Qt::endl;
                return 2;
            }
            spec = doc.object();
        }
        const QString problem = server.faults().applyJson(spec);
        if (!problem.isEmpty()) {
            err << "--fault: " << problem << Qt::endl;
            return 2;
        }
    }

    if (!server.listen(quint16(parser.value(portOption).toUInt()))) {
        err << "fake-hubspot: cannot listen on 127.0.0.1:" << parser.value(portOption) << Qt::endl;
        return 1;
    }
#ifdef Q_OS_UNIX
    quitOnTermination(app);
#endif
    QTextStream out(stdout);
    out << u"fake-hubspot listening on %1 — token: %2"_s.arg(server.baseUrl().toString(),
                                                             server.privateAppToken())
        << Qt::endl;
    err << u"OAuth client_id: %1 client_secret: %2"_s.arg(server.oauthClientId(),
                                                          server.oauthClientSecret())
        << Qt::endl;
    return app.exec();
}
