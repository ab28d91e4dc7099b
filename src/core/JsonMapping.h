// SPDX-License-Identifier: MIT
#pragma once

#include "AssociationLabel.h"
#include "AssociationLimit.h"
#include "BatchResult.h"
#include "ErrorBody.h"
#include "Expected.h"
#include "JsonReader.h"
#include "LabelRequests.h"
#include "LimitsTracking.h"
#include "ObjectType.h"
#include "PortalInfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace assoc::json {

template <typename T> using Parsed = Expected<T, ParseError>;

// Responses (HubSpot -> app). Every parser accepts the raw body, so that a malformed or hostile
// document is reported as a ParseError instead of crashing.
Parsed<AssociationLabel> parseLabel(const QJsonValue &value, const QString &path);
Parsed<QList<AssociationLabel>> parseLabelCollection(const QByteArray &body);
Parsed<AssociationLimit> parseLimit(const QJsonValue &value, const QString &path);
Parsed<QList<AssociationLimit>> parseLimitCollection(const QByteArray &body);
// Batch responses of create/update/purge in every version: 200, 201 and 207 bodies alike.
Parsed<BatchResult> parseBatchResult(const QByteArray &body);
Parsed<QList<ObjectType>> parseObjectSchemas(const QByteArray &body);
Parsed<PortalInfo> parseAccountInfo(const QByteArray &body);
Parsed<QList<LabelUsage>> parseLabelUsage(const QByteArray &body);
Parsed<RecordLimitReport> parseRecordLimitReport(const QByteArray &body);
Parsed<TokenGrant> parseTokenGrant(const QByteArray &body);
Parsed<ErrorBody> parseErrorBody(const QByteArray &body);

// Requests (app -> HubSpot).
QJsonObject toJson(const LabelCreateRequest &request);
QJsonObject toJson(const LabelUpdateRequest &request);
QJsonObject limitInputsBody(const QList<LimitInput> &inputs);
QJsonObject purgeBody(const QList<LabelKey> &keys);

// Values in the API's own shape, for tests and for the fake's fixtures.
QJsonObject toJson(const AssociationLabel &label);
QJsonObject toJson(const AssociationLimit &limit);

} // namespace assoc::json
