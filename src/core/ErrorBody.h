// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace assoc {

struct ErrorDetail {
    QString message;
    QString in;
    QString code;
    QString subCategory;
    QMap<QString, QStringList> context;
};

// HubSpot's Error body (plus the 429 and OAuth variants that carry status/policyName instead).
struct ErrorBody {
    QString status; // "error", or an OAuth code such as "BAD_REFRESH_TOKEN"
    QString message;
    QString correlationId;
    QString category; // e.g. VALIDATION_ERROR, EXPIRED_AUTHENTICATION, MISSING_SCOPES
    QString subCategory;
    QString errorType;  // "RATE_LIMIT" on 429
    QString policyName; // "TEN_SECONDLY_ROLLING", "DAILY"
    QMap<QString, QStringList> context;
    QList<ErrorDetail> errors;

    // Scopes HubSpot says are missing, from context or from the details' context.
    QStringList missingScopes() const;
};

} // namespace assoc
