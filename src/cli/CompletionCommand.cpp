// SPDX-License-Identifier: MIT
#include "CompletionCommand.h"

#include "CliOptions.h"
#include "CommandLine.h"
#include "Completion.h"
#include "OutputFormatter.h"

namespace assoc::cli {

void CompletionCommand::start() {
    const QString name = options().arguments.value(0);
    const std::optional<Completion::Shell> shell = Completion::shellFromName(name);
    if (!shell) {
        failUsage(tr("No completion for the shell \"%1\"; choose one of %2.")
                      .arg(name, Completion::shellNames().join(QStringLiteral(", "))));
        return;
    }
    output()->writeOut(Completion::script(*shell, CommandLine().options()));
    finish(ExitCode::Success);
}

} // namespace assoc::cli
