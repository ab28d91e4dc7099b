// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QReadWriteLock>
#include <QSet>
#include <QString>
#include <QStringList>

namespace assoc::auth {

// The one place that masks secrets in diagnostics: log lines, error details, "copy request
// info". It masks every secret registered with it (tokens, refresh tokens, client secrets,
// proxy passwords — in plain and percent-encoded form) and, by pattern, anything that looks
// like one: `Bearer …`, `Basic …`, `pat-…`, query and form fields (`code=`, `code_verifier=`,
// `password=`, `hapikey=`, `client_secret=`, `refresh_token=`, `access_token=`, …), the secret
// fields of JSON bodies (`password`, `apiKey`, `token`, …) and a URL's password. Secrets
// shorter than MinimumSecretLength are not registered. Thread-safe: the message handler may run
// on any thread.
class Redactor {
public:
    Redactor() = default;
    Redactor(const Redactor &) = delete;
    Redactor &operator=(const Redactor &) = delete;

    // The instance the message handler uses and the library registers secrets with by default.
    static Redactor &global();

    static QString mask() { return QStringLiteral("[redacted]"); }
    static constexpr int MinimumSecretLength = 8;

    // What a window shows or copies of a failure (a message, its details, a record made from
    // one) passes here on its way to a widget or the clipboard: the global redactor.
    static QString forDisplay(const QString &text);
    // A copy of `error` with every text field redacted, for models that keep the error.
    static ApiError forDisplay(const ApiError &error);

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
