// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "core/LabelRequests.h"

namespace assoc::cli {

// `create-label FROM TO --name N --label L [--inverse-label I]`: a single or paired label.
// Prints the typeId of each direction, learnt by reading both directions back (HubSpot's
// answer does not say which of its results is which). A label that exists already, with the
// same other direction, is not created again (exit 0); one whose other direction differs is
// left alone (exit 5).
class CreateLabelCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

    enum class Direction { Forward, Reverse, Both };

private:
    LabelCreateRequest request() const;
    void create(const ObjectTypePair &pair);
    void readBackFailed(const ChangeOutcome &outcome, const ApiError &error);
    // Both directions of the label as read after the create.
    void report(const ObjectTypePair &pair, const ChangeOutcome &outcome,
                const PortalSchema &after);
};

} // namespace assoc::cli
