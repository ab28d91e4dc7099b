// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace assoc {

// Body of "create label": a single label (same text both ways) or, with an inverse, a pair.
struct LabelCreateRequest {
    QString name;  // internal name, e.g. "manager_employee"
    QString label; // text shown from the source side
    std::optional<QString> inverseLabel;

    bool isPaired() const { return inverseLabel.has_value() && !inverseLabel->isEmpty(); }
    bool operator==(const LabelCreateRequest &) const = default;
};

// Body of "rename label".
struct LabelUpdateRequest {
    int associationTypeId = 0;
    QString label;
    std::optional<QString> inverseLabel;
    bool operator==(const LabelUpdateRequest &) const = default;
};

} // namespace assoc
