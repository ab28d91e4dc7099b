// SPDX-License-Identifier: MIT
#include "RedactorEntry.h"

#include "FuzzTargets.h"
#include "auth/Redactor.h"

namespace assoc::fuzz {

namespace {

// Secrets shaped like the real ones, with none of the mask's characters so that masking one
// cannot form another.
const QStringList &secrets() {
    static const QStringList list = {
        QStringLiteral("CAZ9M7Q4XW"),         // an access token
        QStringLiteral("nz1-Q6W8-K3V0-U2Y5"), // a refresh token
        QStringLiteral("P0/W+Z=S&K?Y UX;1"),  // a client secret that needs encoding
    };
    return list;
}

const auth::Redactor &redactor() {
    static auth::Redactor *instance = [] {
        auto *r = new auth::Redactor; // lives as long as the process, like Redactor::global()
        r->addSecrets(secrets());
        return r;
    }();
    return *instance;
}

} // namespace

bool fuzzRedactor(const QByteArray &text) {
    const QString clean = redactor().redact(QString::fromUtf8(text));
    const QByteArray cleanUtf8 = redactor().redact(text);
    for (const QString &secret : secrets()) {
        fuzzCheck(!clean.contains(secret), "a secret survives Redactor::redact(QString)");
        fuzzCheck(!cleanUtf8.contains(secret.toUtf8()),
                  "a secret survives Redactor::redact(QByteArray)");
    }
    return true;
}

} // namespace assoc::fuzz
