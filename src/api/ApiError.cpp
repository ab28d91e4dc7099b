// SPDX-License-Identifier: MIT
#include "ApiError.h"

#include "RequiredScopes.h"

#include <QCoreApplication>
#include <QLocale>

namespace assoc {

namespace {
// lupdate files these strings under "ApiError" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};
} // namespace

// Failures found on this side of the connection: no HTTP status, no correlation id.
ApiError ApiError::canceled(const QString &operation) {
    ApiError e = validation(Texts::tr("Cancelled."), operation);
    e.kind = Kind::Canceled;
    return e;
}

ApiError ApiError::validation(const QString &message, const QString &operation) {
    ApiError e;
    e.kind = Kind::Validation;
    e.message = message;
    e.operation = operation;
    return e;
}

ApiError ApiError::conflict(const QString &message, const QString &operation) {
    ApiError e = validation(message, operation);
    e.kind = Kind::Conflict;
    return e;
}

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Kind::SignInRequired:
        return QStringLiteral("sign-in-required");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::CircuitOpen:
        return QStringLiteral("circuit-open");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    }
    return QStringLiteral("unknown");
}

QString ApiError::advice() const {
    switch (kind) {
    case Kind::Network:
        return Texts::tr("Check your network connection, proxy and certificates, then try again.");
    case Kind::Timeout:
        return Texts::tr("HubSpot did not answer in time. Try again, or raise the timeout in the "
                         "connection settings.");
    case Kind::SignInRequired:
        return Texts::tr("Check the token or sign in again.");
    case Kind::RateLimited:
        return policyName == QLatin1String("DAILY")
                   ? Texts::tr(
                         "The portal's daily API limit is used up; it resets at midnight in the "
                         "portal's time zone.")
                   : Texts::tr(
                         "HubSpot's rate limit was reached. Wait a few seconds and try again.");
    case Kind::CircuitOpen:
        return Texts::tr("Sending is paused after repeated failures. Use \"Try now\" to resume.");
    case Kind::InvalidResponse:
        return Texts::tr("HubSpot's answer could not be read. Try again; if it persists, report it "
                         "with the correlation id.");
    case Kind::Http:
        if (httpStatus == 403 || isMissingScopes())
            return RequiredScopes::addScopeAdvice(missingScopes);
        if (httpStatus == 404)
            return Texts::tr(
                "It may have been changed or deleted elsewhere; refresh and try again.");
        if (httpStatus >= 500)
            return Texts::tr("HubSpot had a problem. Try again in a moment.");
        return Texts::tr("Correct the input and try again.");
    case Kind::Validation:
        return Texts::tr("Correct the input and try again.");
    case Kind::Conflict:
        return Texts::tr("Nothing was changed. Look at what the portal holds now, then decide "
                         "again.");
    case Kind::Canceled:
        break;
    }
    return {};
}

QString ApiError::userMessage() const {
    QString text;
    if (!operation.isEmpty())
        text = Texts::tr("%1 failed: ").arg(operation);
    QString what = message;
    if (what.isEmpty()) {
        switch (kind) {
        case Kind::Network:
            what = Texts::tr("could not reach HubSpot.");
            break;
        case Kind::Timeout:
            what = Texts::tr("no answer within the timeout.");
            break;
        case Kind::Http:
            what = Texts::tr("HubSpot answered with HTTP %1.").arg(httpStatus);
            break;
        default:
            what = Texts::tr("unknown error.");
        }
    }
    text += what;
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    if (kind == Kind::Http && httpStatus != 0)
        text += QLatin1Char(' ') +
                Texts::tr("(HTTP %1%2)")
                    .arg(httpStatus)
                    .arg(category.isEmpty() ? QString() : QStringLiteral(", ") + category);
    if (!correlationId.isEmpty())
        text += QLatin1Char(' ') + Texts::tr("Correlation id: %1.").arg(correlationId);
    const QString hint = advice();
    if (!hint.isEmpty() && kind != Kind::Canceled)
        text += QLatin1Char(' ') + hint;
    return text;
}

QString ApiError::details() const {
    QStringList lines;
    auto add = [&lines](const QString &key, const QString &value) {
        if (!value.isEmpty())
            lines.append(key + QStringLiteral(": ") + value);
    };
    add(QStringLiteral("Operation"), operation);
    add(QStringLiteral("Kind"), kindName(kind));
    add(QStringLiteral("Request"), requestLine);
    add(QStringLiteral("HTTP status"), httpStatus ? QString::number(httpStatus) : QString());
    add(QStringLiteral("Category"), category);
    add(QStringLiteral("Sub-category"), subCategory);
    add(QStringLiteral("Message"), message);
    add(QStringLiteral("Correlation id"), correlationId);
    add(QStringLiteral("Missing scopes"), missingScopes.join(QStringLiteral(", ")));
    add(QStringLiteral("Rate-limit policy"), policyName);
    add(QStringLiteral("Retry after"),
        retryAfter.isValid() ? retryAfter.toString(Qt::ISODate) : QString());
    if (maybeApplied)
        lines.append(
            QStringLiteral("The change may have reached HubSpot; refresh before repeating it."));
    return lines.join(QLatin1Char('\n'));
}

bool ApiError::isMissingScopes() const {
    return category == QLatin1String("MISSING_SCOPES") || !missingScopes.isEmpty();
}

bool ApiError::isRetryable() const {
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::CircuitOpen:
    case Kind::InvalidResponse:
        return true;
    case Kind::Http:
        return httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace assoc
