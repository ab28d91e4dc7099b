// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `set-limit FROM TO ID N [--category C]`: creates or changes the limit of one association
// type; `set-limit FROM TO ID [ID...] --max N` gives each of several the same limit, one after
// another, with one line of outcome each. The category defaults to the one the type has on
// that pair.
class SetLimitCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void setSeveral(const QList<int> &ids, int maximum);
};

} // namespace assoc::cli
