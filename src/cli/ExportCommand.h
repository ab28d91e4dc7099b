// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace assoc::cli {

// `export [-o FILE]`: the whole portal as a schema document (docs/schema-format.md).
class ExportCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

    // Whether progress may be drawn on stderr: only for a person watching a terminal.
    static bool stderrIsTerminal();

private:
    void progress(int done, int total);

    bool m_showProgress = false;
    bool m_progressShown = false;
};

} // namespace assoc::cli
