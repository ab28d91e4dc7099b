// SPDX-License-Identifier: MIT
#include "ResponseEntries.h"

#include "FuzzTargets.h"
#include "core/JsonMapping.h"
#include "core/LabelPairing.h"

namespace assoc::fuzz {

namespace {

// What the app does with every answer: a value, or an error whose text it can show.
template <typename T> bool accepted(const json::Parsed<T> &parsed) {
    if (!parsed)
        fuzzCheck(!parsed.error().toString().isEmpty(), "a parse error without a message");
    return bool(parsed);
}

} // namespace

bool fuzzLabels(const QByteArray &body) {
    const auto labels = json::parseLabelCollection(body);
    if (!accepted(labels))
        return false;
    // What the label table does next: pair the directions and show each label.
    LabelPairing::infer(labels.value(), labels.value());
    for (const AssociationLabel &label : labels.value()) {
        label.displayText();
        const auto again = json::parseLabel(json::toJson(label), QString());
        fuzzCheck(again && again.value() == label, "a label does not survive toJson");
    }
    return true;
}

bool fuzzLimits(const QByteArray &body) {
    const auto limits = json::parseLimitCollection(body);
    if (!accepted(limits))
        return false;
    for (const AssociationLimit &limit : limits.value()) {
        const auto again = json::parseLimit(json::toJson(limit), QString());
        fuzzCheck(again && again.value() == limit, "a limit does not survive toJson");
    }
    return true;
}

bool fuzzBatchResult(const QByteArray &body) {
    const auto result = json::parseBatchResult(body);
    if (accepted(result))
        result.value().hasErrors();
    return bool(result);
}

bool fuzzObjectSchemas(const QByteArray &body) {
    const auto types = json::parseObjectSchemas(body);
    if (accepted(types)) {
        for (const ObjectType &type : types.value()) {
            type.displayName();
            type.portableName();
        }
    }
    return bool(types);
}

bool fuzzAccountInfo(const QByteArray &body) {
    return accepted(json::parseAccountInfo(body));
}

bool fuzzLabelUsage(const QByteArray &body) {
    return accepted(json::parseLabelUsage(body));
}

bool fuzzRecordLimitReport(const QByteArray &body) {
    return accepted(json::parseRecordLimitReport(body));
}

bool fuzzTokenGrant(const QByteArray &body) {
    return accepted(json::parseTokenGrant(body));
}

bool fuzzErrorBody(const QByteArray &body) {
    const auto error = json::parseErrorBody(body);
    if (accepted(error))
        error.value().missingScopes();
    return bool(error);
}

} // namespace assoc::fuzz
