// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLimit.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace assoc {

// One failed input of a batch (StandardError).
struct BatchItemError {
    QString status; // the HTTP status of this item, as a string
    QString category;
    QString message;
    QMap<QString, QStringList> context;
    bool operator==(const BatchItemError &) const = default;
};

// The answer to a batch limit write, whichever status code carried it (201, 200 or 207).
struct BatchResult {
    QString status; // PENDING, PROCESSING, CANCELED, COMPLETE
    QList<AssociationLimit> results;
    QList<BatchItemError> errors;
    QDateTime startedAt;
    QDateTime completedAt;

    bool isCanceled() const { return status == QLatin1String("CANCELED"); }
    bool hasErrors() const { return !errors.isEmpty() || isCanceled(); }
};

} // namespace assoc
