// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace assoc::cli {

// Replaces every known secret (tokens, client secret, refresh token) in text before it is
// printed. Whatever reaches stdout or stderr passes through here.
class Redactor {
public:
    Redactor() = default;
    explicit Redactor(const QStringList &secrets);

    void addSecret(const QString &secret);
    QString apply(QString text) const;
    QByteArray apply(QByteArray bytes) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }

    static QString placeholder() { return QStringLiteral("[redacted]"); }

private:
    QStringList m_secrets; // longest first, so that one secret inside another is fully hidden
};

} // namespace assoc::cli
