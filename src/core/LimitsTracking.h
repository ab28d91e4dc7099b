// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace assoc {

struct ObjectTypeRef {
    QString objectTypeId;
    QString singularLabel;
    QString pluralLabel;
    bool operator==(const ObjectTypeRef &) const = default;
};

// How many labels a pair uses of the portal's maximum (limits-tracking API).
struct LabelUsage {
    ObjectTypeRef from;
    ObjectTypeRef to;
    QStringList allLabels;
    qint64 limit = 0;
    qint64 usage = 0;
    double percentage = 0;
    bool operator==(const LabelUsage &) const = default;
};

struct RecordSample {
    qint64 objectId = 0;
    QString label;
    qint64 usage = 0;      // near-limit samples only
    double percentage = 0; // near-limit samples only
    bool operator==(const RecordSample &) const = default;
};

// Records of a pair at or near their association limit.
struct RecordLimitReport {
    qint64 limit = 0;
    int totalRecordsAtLimit = 0;
    int totalRecordsNearLimit = 0;
    QList<RecordSample> atLimitSamples;
    QList<RecordSample> nearLimitSamples;
    bool operator==(const RecordLimitReport &) const = default;
};

} // namespace assoc
