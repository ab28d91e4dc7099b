// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "core/LabelRequests.h"

namespace assoc::cli {

// `create-label FROM TO --name N --label L [--inverse-label I]`: a single or paired label.
// Prints the typeId of each direction, learnt by reading both directions back (HubSpot's
// answer does not say which of its results is which).
class CreateLabelCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

    enum class Direction { Forward, Reverse, Both, Unknown };
    // Which direction each created type belongs to, from the labels of both directions after
    // the create. For a same-object pair both lists are the same; the text tells them apart.
    static Direction directionOf(const AssociationLabel &created, const ObjectTypePair &pair,
                                 const LabelCreateRequest &request,
                                 const QList<AssociationLabel> &forward,
                                 const QList<AssociationLabel> &reverse);

private:
    LabelCreateRequest request() const;
    void create(const ObjectTypePair &pair);
    void readBackFailed(const QList<AssociationLabel> &created, const ApiError &error);
    void report(const ObjectTypePair &pair, const QList<AssociationLabel> &created,
                const QList<AssociationLabel> &forward, const QList<AssociationLabel> &reverse);
};

} // namespace assoc::cli
