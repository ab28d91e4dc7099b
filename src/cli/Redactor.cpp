// SPDX-License-Identifier: MIT
#include "Redactor.h"

#include <algorithm>

namespace assoc::cli {

namespace {
// Secrets this short would redact ordinary words; nobody's token is this short.
constexpr qsizetype MinSecretLength = 4;
} // namespace

Redactor::Redactor(const QStringList &secrets) {
    for (const QString &s : secrets)
        addSecret(s);
}

void Redactor::addSecret(const QString &secret) {
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < MinSecretLength || m_secrets.contains(trimmed))
        return;
    m_secrets.append(trimmed);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::apply(QString text) const {
    for (const QString &s : m_secrets)
        text.replace(s, placeholder());
    return text;
}

QByteArray Redactor::apply(QByteArray bytes) const {
    const QByteArray replacement = placeholder().toUtf8();
    for (const QString &s : m_secrets)
        bytes.replace(s.toUtf8(), replacement);
    return bytes;
}

} // namespace assoc::cli
