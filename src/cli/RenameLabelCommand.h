// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "core/ChangeRecord.h"
#include "core/LabelRequests.h"

namespace assoc::cli {

class ChangeRecorder;

// `rename-label FROM TO ID --label L [--inverse-label I]`: new text for a user-defined label
// (and, with --inverse-label, for its other direction).
class RenameLabelCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    LabelUpdateRequest request(int typeId) const;
    void rename(const ObjectTypePair &pair, const LabelUpdateRequest &update, const QString &before,
                ChangeRecorder *recorder, const ChangeRecord &entry);
};

} // namespace assoc::cli
