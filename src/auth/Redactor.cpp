// SPDX-License-Identifier: MIT
#include "Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <cstdio>

namespace assoc::auth {

namespace {

struct Pattern {
    QRegularExpression re;
    QString replacement;
};

const QList<Pattern> &patterns() {
    using RE = QRegularExpression;
    const auto ci = RE::CaseInsensitiveOption;
    static const QList<Pattern> list = {
        // Authorization headers, in any spelling of the log.
        {RE(QStringLiteral(R"re((\bBearer\s+)[^\s"',;&]+)re"), ci),
         QStringLiteral("\\1[redacted]")},
        // Basic credentials (base64 of user:password). Only base64-looking words: a digit, '+',
        // '/', '=' or a lower-to-upper case change, so that prose ("Basic information") stays.
        {RE(QStringLiteral(
             R"re((\b(?i:basic)\s+)(?=[A-Za-z0-9+/]*(?:[0-9+/=]|[a-z][A-Z]))[A-Za-z0-9+/]{4,}={0,2})re")),
         QStringLiteral("\\1[redacted]")},
        // Private-app tokens and service keys: pat-na1-…, pat-eu1-…
        {RE(QStringLiteral(R"re(\bpat-[A-Za-z0-9][A-Za-z0-9_\-]*)re"), ci),
         QStringLiteral("pat-[redacted]")},
        // Form fields and query items.
        {RE(QStringLiteral(
                R"re((\b(?:refresh_token|access_token|client_secret|id_token|code_verifier|code|password|(?:developer_)?hapikey)=)[^&\s"']+)re"),
            ci),
         QStringLiteral("\\1[redacted]")},
        // JSON fields of token answers and requests, profiles and API keys.
        {RE(QStringLiteral(
                R"re(("(?:access_token|refresh_token|client_secret|id_token|token|code_verifier|password|apiKey|api_key|hapikey|accessToken|refreshToken|clientSecret|codeVerifier)"\s*:\s*")(?:[^"\\]|\\.)*("))re"),
            ci),
         QStringLiteral("\\1[redacted]\\2")},
        // API-key headers.
        {RE(QStringLiteral(R"re((\bprivate-app(?:-legacy)?\s*:\s*)\S+)re"), ci),
         QStringLiteral("\\1[redacted]")},
        // The password of a URL's user info: scheme://user:password@host
        {RE(QStringLiteral(R"re((\b[A-Za-z][A-Za-z0-9+.\-]*://[^/\s:@]*:)[^/\s@]+@)re")),
         QStringLiteral("\\1[redacted]@")},
    };
    return list;
}

std::atomic<Redactor *> g_handlerRedactor{nullptr};
QtMessageHandler g_previousHandler = nullptr;
bool g_installed = false;
QBasicMutex g_installMutex;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    Redactor *redactor = g_handlerRedactor.load();
    const QString clean = redactor ? redactor->redact(message) : message;
    if (g_previousHandler) {
        g_previousHandler(type, context, clean);
        return;
    }
    const QString line = qFormatLogMessage(type, context, clean);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

Redactor &Redactor::global() {
    static Redactor instance;
    return instance;
}

void Redactor::addSecret(const QString &secret) {
    const QString s = secret.trimmed();
    // A short "secret" would mask every occurrence of its letters ("--token x" turned "proxy"
    // into "pro[redacted]y"); no real token is that short.
    if (s.size() < MinimumSecretLength)
        return;
    QWriteLocker lock(&m_lock);
    bool changed = false;
    // The forms a secret takes in diagnostics: as typed, percent-encoded (query strings, form
    // bodies) and form-encoded with '+' for spaces.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s));
    QString formEncoded = encoded;
    formEncoded.replace(QStringLiteral("%20"), QStringLiteral("+"));
    for (const QString &form : {s, encoded, formEncoded}) {
        if (!m_secrets.contains(form)) {
            m_secrets.insert(form);
            changed = true;
        }
    }
    if (!changed)
        return;
    m_sorted = QStringList(m_secrets.cbegin(), m_secrets.cend());
    std::sort(m_sorted.begin(), m_sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addSecrets(const QStringList &secrets) {
    for (const QString &s : secrets)
        addSecret(s);
}

void Redactor::removeSecret(const QString &secret) {
    const QString s = secret.trimmed();
    if (s.isEmpty())
        return;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s));
    QString formEncoded = encoded;
    formEncoded.replace(QStringLiteral("%20"), QStringLiteral("+"));
    QWriteLocker lock(&m_lock);
    for (const QString &form : {s, encoded, formEncoded})
        m_secrets.remove(form);
    m_sorted.removeIf([this](const QString &x) { return !m_secrets.contains(x); });
}

void Redactor::clear() {
    QWriteLocker lock(&m_lock);
    m_secrets.clear();
    m_sorted.clear();
}

int Redactor::secretCount() const {
    QReadLocker lock(&m_lock);
    return int(m_secrets.size());
}

QString Redactor::redact(const QString &text) const {
    if (text.isEmpty())
        return text;
    QString out = text;
    {
        QReadLocker lock(&m_lock);
        for (const QString &secret : m_sorted)
            out.replace(secret, mask());
    }
    for (const Pattern &p : patterns())
        out.replace(p.re, p.replacement);
    return out;
}

QByteArray Redactor::redact(const QByteArray &utf8) const {
    return redact(QString::fromUtf8(utf8)).toUtf8();
}

QString Redactor::forDisplay(const QString &text) {
    return global().redact(text);
}

ApiError Redactor::forDisplay(const ApiError &error) {
    ApiError safe = error;
    for (QString *text : {&safe.category, &safe.subCategory, &safe.message, &safe.correlationId,
                          &safe.policyName, &safe.operation, &safe.requestLine})
        *text = forDisplay(*text);
    for (QString &scope : safe.missingScopes)
        scope = forDisplay(scope);
    return safe;
}

void Redactor::installMessageHandler(Redactor *redactor) {
    QMutexLocker lock(&g_installMutex);
    g_handlerRedactor.store(redactor);
    if (g_installed)
        return;
    g_previousHandler = qInstallMessageHandler(redactingHandler);
    g_installed = true;
}

void Redactor::uninstallMessageHandler() {
    QMutexLocker lock(&g_installMutex);
    if (!g_installed)
        return;
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    g_installed = false;
    g_handlerRedactor.store(nullptr);
}

} // namespace assoc::auth
