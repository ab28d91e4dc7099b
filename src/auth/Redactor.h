// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QReadWriteLock>
#include <QSet>
#include <QString>
#include <QStringList>

namespace assoc::auth {

// The one place that masks secrets in diagnostics: log lines, error details, "copy request
// info". It masks every secret registered with it (tokens, refresh tokens, client secrets,
// proxy passwords — in plain and percent-encoded form) and, by pattern, anything that looks
// like one: `Bearer …`, `pat-…`, `refresh_token=…`, `client_secret=…`, and token fields of
// JSON bodies. Thread-safe: the message handler may run on any thread.
class Redactor {
public:
    Redactor() = default;
    Redactor(const Redactor &) = delete;
    Redactor &operator=(const Redactor &) = delete;

    // The instance the message handler uses and the library registers secrets with by default.
    static Redactor &global();

    static QString mask() { return QStringLiteral("[redacted]"); }

    void addSecret(const QString &secret);
    void addSecrets(const QStringList &secrets);
    void removeSecret(const QString &secret);
    void clear();
    int secretCount() const;

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &utf8) const;

    // Routes every qDebug/qInfo/qWarning/qCritical/qFatal line through `redactor` (the global
    // one by default) before it reaches the handler that was installed before. Installing
    // again only changes the redactor.
    static void installMessageHandler(Redactor *redactor = &global());
    // Puts back the handler that was there before installMessageHandler().
    static void uninstallMessageHandler();

private:
    mutable QReadWriteLock m_lock;
    QSet<QString> m_secrets;
    QStringList m_sorted; // longest first, so a secret containing another is masked whole
};

} // namespace assoc::auth
