// SPDX-License-Identifier: MIT
#pragma once

// The secret-leak suites' search: every file under a folder, and every captured output, for
// each secret in each form it could be written in. A hit names where, which secret (by its
// role, never its value) and in which encoding.

#include "RequestLog.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <utility>

namespace assoc::test {

// A fresh secret with no tell-tale shape (no "pat-", no "Bearer"): only registering it with
// the redactor, as the program must do itself, can mask it.
inline QString freshSecret() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The forms a secret takes in bytes: as UTF-8 text, as UTF-16 in either byte order (Qt's own
// serialisations, Windows-style files) and percent-encoded as in URLs and form bodies.
inline QList<std::pair<QString, QByteArray>> secretEncodings(const QString &secret) {
    QByteArray le;
    QByteArray be;
    for (const QChar c : secret) {
        const char16_t u = c.unicode();
        le.append(char(u & 0xff)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xff));
    }
    return {{QStringLiteral("UTF-8"), secret.toUtf8()},
            {QStringLiteral("UTF-16LE"), le},
            {QStringLiteral("UTF-16BE"), be},
            {QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(secret)}};
}

// "<where>: <role> (<encoding>)" for each secret `content` holds. `secrets` maps a role ("the
// private-app token") to the secret.
inline QStringList leaksIn(const QString &where, const QByteArray &content,
                           const QMap<QString, QString> &secrets) {
    QStringList hits;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        for (const auto &[encoding, bytes] : secretEncodings(it.value())) {
            if (content.contains(bytes)) {
                hits.append(QStringLiteral("%1: %2 (%3)").arg(where, it.key(), encoding));
                break;
            }
        }
    }
    return hits;
}

// The same for every file under `folder`, hidden ones and those in hidden folders too.
// `scanned`, when given, receives how many files were read.
inline QStringList leaksUnder(const QString &folder, const QMap<QString, QString> &secrets,
                              int *scanned = nullptr) {
    QStringList hits;
    int count = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(path + QStringLiteral(": cannot be read to be checked"));
            continue;
        }
        ++count;
        hits += leaksIn(path, file.readAll(), secrets);
    }
    if (scanned)
        *scanned = count;
    return hits;
}

// Every credential that travelled to the fake portal, as its log recorded the requests: bearer
// tokens and API keys, and the token endpoint's form fields (codes, PKCE verifiers, client
// secrets, refresh tokens). Keys are "<role> <n>" so that each is named in a failure.
inline QMap<QString, QString> credentialsSent(const fake::RequestLog &log) {
    QMap<QString, QString> out;
    QSet<QString> seen;
    const auto add = [&out, &seen](const QString &role, const QString &value) {
        if (value.isEmpty() || seen.contains(value))
            return;
        seen.insert(value);
        out.insert(QStringLiteral("%1 %2").arg(role).arg(out.size() + 1), value);
    };
    for (const fake::RequestLogEntry &e : log.entries()) {
        const QByteArray authorization = e.header("authorization");
        if (authorization.startsWith("Bearer "))
            add(QStringLiteral("bearer token sent"), QString::fromLatin1(authorization.mid(7)));
        for (const char *header : {"private-app", "private-app-legacy"})
            add(QStringLiteral("API key sent"), QString::fromLatin1(e.header(header)));
        if (e.path.startsWith(QLatin1String("/oauth/"))) {
            const QUrlQuery form(QString::fromUtf8(e.body) + QLatin1Char('&') + e.query);
            for (const char *field : {"code", "code_verifier", "client_secret", "refresh_token"})
                add(QString::fromLatin1(field) + QStringLiteral(" sent"),
                    form.queryItemValue(QString::fromLatin1(field), QUrl::FullyDecoded));
        }
    }
    return out;
}

} // namespace assoc::test
