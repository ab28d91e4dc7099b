// SPDX-License-Identifier: MIT
#pragma once

#include "Expected.h"
#include "JsonReader.h"
#include "SchemaPlan.h"

#include <QByteArray>
#include <QJsonObject>

namespace assoc {

// A compare plan as a JSON file ("association-studio.plan", docs/compare-and-apply.md): what
// `assocctl diff --output` writes and `assocctl apply --plan` reads. Stable like the schema
// document: sorted keys, pretty-printed, changes in plan order.
class PlanDocument {
public:
    static constexpr int FormatVersion = 1;
    static QByteArray write(const SchemaPlan &plan);
    // Strict: the first problem is returned with the path of the offending field.
    static Expected<SchemaPlan, ParseError> read(const QByteArray &document);
    static QJsonObject toJson(const SchemaPlan &plan);
    static QJsonObject toJson(const PlanChange &change);
    static Expected<SchemaPlan, ParseError> fromJson(const QJsonObject &document);
};

} // namespace assoc
