// SPDX-License-Identifier: MIT
#include "FaultInjector.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace assoc::fake {

void FaultInjector::script(const Fault &fault, int count, const QString &pathContains) {
    if (count > 0)
        m_scripted.append(Scripted{fault, count, pathContains});
}

void FaultInjector::setRandom(double rate, quint32 seed, const QList<Kind> &kinds) {
    m_rate = rate;
    m_rng.seed(seed);
    m_randomKinds = kinds.isEmpty()
                        ? QList<Kind>{Kind::ServerError, Kind::RateLimited, Kind::MalformedJson,
                                      Kind::DropConnection, Kind::Stall}
                        : kinds;
}

void FaultInjector::clear() {
    m_scripted.clear();
    m_rate = 0.0;
}

int FaultInjector::pendingCount() const {
    int n = 0;
    for (const auto &s : m_scripted)
        n += s.remaining;
    return n;
}

std::optional<FaultInjector::Fault> FaultInjector::take(const QString &path) {
    for (qsizetype i = 0; i < m_scripted.size(); ++i) {
        Scripted &s = m_scripted[i];
        if (!s.pathContains.isEmpty() && !path.contains(s.pathContains))
            continue;
        const Fault f = s.fault;
        if (--s.remaining <= 0)
            m_scripted.removeAt(i);
        return f;
    }
    if (m_rate > 0.0 && m_rng.generateDouble() < m_rate) {
        Fault f;
        f.kind = m_randomKinds.at(m_rng.bounded(int(m_randomKinds.size())));
        f.status = 503;
        f.durationMs = 1500; // random stalls end, so benchmarks keep moving
        return f;
    }
    return std::nullopt;
}

namespace {
// The names of the kinds, as /__fake/faults and --fault take them.
const QList<QPair<QString, FaultInjector::Kind>> &kindNames() {
    using Kind = FaultInjector::Kind;
    static const QList<QPair<QString, Kind>> names{{u"serverError"_s, Kind::ServerError},
                                                   {u"rateLimited"_s, Kind::RateLimited},
                                                   {u"malformedJson"_s, Kind::MalformedJson},
                                                   {u"dropConnection"_s, Kind::DropConnection},
                                                   {u"stall"_s, Kind::Stall},
                                                   {u"oversizedBody"_s, Kind::OversizedBody},
                                                   {u"endlessBody"_s, Kind::EndlessBody},
                                                   {u"slowBody"_s, Kind::SlowBody},
                                                   {u"invalidUtf8"_s, Kind::InvalidUtf8},
                                                   {u"duplicateKeys"_s, Kind::DuplicateKeys},
                                                   {u"hugeInteger"_s, Kind::HugeInteger},
                                                   {u"hugeNumber"_s, Kind::HugeNumber},
                                                   {u"deepNesting"_s, Kind::DeepNesting},
                                                   {u"htmlPage"_s, Kind::HtmlPage},
                                                   {u"redirect"_s, Kind::Redirect}};
    return names;
}
} // namespace

std::optional<FaultInjector::Kind> FaultInjector::kindFromString(const QString &name) {
    for (const auto &[text, kind] : kindNames()) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString FaultInjector::kindToString(Kind kind) {
    for (const auto &[text, known] : kindNames()) {
        if (known == kind)
            return text;
    }
    return {};
}

QString FaultInjector::applyJson(const QJsonObject &json) {
    if (json.value(u"clear"_s).toBool())
        clear();
    if (json.contains(u"random"_s)) {
        const QJsonObject r = json.value(u"random"_s).toObject();
        QList<Kind> kinds;
        for (const auto &k : r.value(u"kinds"_s).toArray()) {
            const auto kind = kindFromString(k.toString());
            if (!kind)
                return u"unknown fault kind '%1'"_s.arg(k.toString());
            kinds.append(*kind);
        }
        setRandom(r.value(u"rate"_s).toDouble(), quint32(r.value(u"seed"_s).toInt(1)), kinds);
    }
    if (json.contains(u"kind"_s)) {
        const auto kind = kindFromString(json.value(u"kind"_s).toString());
        if (!kind)
            return u"unknown fault kind '%1'"_s.arg(json.value(u"kind"_s).toString());
        Fault f;
        f.kind = *kind;
        f.status = json.value(u"status"_s).toInt(*kind == Kind::RateLimited ? 429 : 500);
        f.durationMs = json.value(u"durationMs"_s).toInt(-1);
        f.retryAfterSec = json.value(u"retryAfterSec"_s).toInt(1);
        f.bytes = json.value(u"bytes"_s).toInteger(-1);
        f.location = json.value(u"location"_s).toString();
        f.message = json.value(u"message"_s).toString();
        const QUrl location(f.location);
        if (f.kind == Kind::Redirect && (location.scheme().isEmpty() || location.host().isEmpty()))
            return u"a redirect needs a 'location' such as http://127.0.0.1:5555"_s;
        script(f, json.value(u"count"_s).toInt(1), json.value(u"pathContains"_s).toString());
    }
    return {};
}

QJsonObject FaultInjector::toJson() const {
    QJsonArray scripted;
    for (const auto &s : m_scripted) {
        scripted.append(QJsonObject{{u"kind"_s, kindToString(s.fault.kind)},
                                    {u"status"_s, s.fault.status},
                                    {u"durationMs"_s, s.fault.durationMs},
                                    {u"retryAfterSec"_s, s.fault.retryAfterSec},
                                    {u"bytes"_s, s.fault.bytes},
                                    {u"location"_s, s.fault.location},
                                    {u"message"_s, s.fault.message},
                                    {u"remaining"_s, s.remaining},
                                    {u"pathContains"_s, s.pathContains}});
    }
    return QJsonObject{{u"scripted"_s, scripted}, {u"randomRate"_s, m_rate}};
}

} // namespace assoc::fake
