// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace assoc {

// Every failure of a request, as a value the UI and the CLI can show as it is.
struct ApiError {
    enum class Kind {
        Network,         // connection refused, dropped, TLS failure
        Timeout,         // no complete answer within the request timeout
        Http,            // HubSpot answered with an error status
        InvalidResponse, // a 2xx whose body does not match the API's shape
        SignInRequired,  // credentials missing, revoked or rejected: retrying will not help
        RateLimited,     // HubSpot's limit was hit and retrying was not possible or allowed
        CircuitOpen,     // sending is paused after repeated failures
        Canceled,        // the caller or the user cancelled
        Validation,      // rejected before sending: what the user typed is not acceptable
        Conflict,        // the portal changed since the change was approved: nothing was written
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString category; // HubSpot's category, e.g. VALIDATION_ERROR
    QString subCategory;
    QString message;       // HubSpot's message, or ours for client-side failures
    QString correlationId; // HubSpot's correlation id, for support requests
    QStringList missingScopes;
    QString policyName;   // rate-limit policy on 429
    QString operation;    // what was being done, e.g. "List labels of Contacts → Companies"
    QString requestLine;  // "GET /crm/v4/associations/0-1/0-2/labels" (never carries secrets)
    QDateTime retryAfter; // when sending may resume (CircuitOpen, RateLimited)
    // True when a write may have reached HubSpot although no answer came back; the caller must
    // check the server's state before repeating it.
    bool maybeApplied = false;

    static ApiError canceled(const QString &operation = {});
    static ApiError validation(const QString &message, const QString &operation = {});
    // `message` says what the portal holds now, e.g. "The label now reads “X”."
    static ApiError conflict(const QString &message, const QString &operation = {});
    // "network", "http", "conflict", …: how --json output and the Details pane name a kind.
    static QString kindName(Kind kind);

    // One or two sentences for the user: what failed, HubSpot's message, what to do.
    QString userMessage() const;
    // Everything known, one fact a line, for a Details pane or --verbose output.
    QString details() const;
    // A short hint on what the user can do about it.
    QString advice() const;
    bool isRetryable() const;
    // HubSpot refused for want of a scope (403 MISSING_SCOPES): advice() names what to add.
    bool isMissingScopes() const;
};

} // namespace assoc
