// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace assoc::fuzz {

// The response mappings of src/core/JsonMapping.h, each given a whole HTTP body.
bool fuzzLabels(const QByteArray &body);
bool fuzzLimits(const QByteArray &body);
bool fuzzBatchResult(const QByteArray &body);
bool fuzzObjectSchemas(const QByteArray &body);
bool fuzzAccountInfo(const QByteArray &body);
bool fuzzLabelUsage(const QByteArray &body);
bool fuzzRecordLimitReport(const QByteArray &body);
bool fuzzTokenGrant(const QByteArray &body);
bool fuzzErrorBody(const QByteArray &body);

} // namespace assoc::fuzz
