// SPDX-License-Identifier: MIT
#pragma once

#include "CommandContext.h"
#include "CommandSpec.h"

#include <QList>
#include <QObject>
#include <QString>

namespace assoc::cli {

class Command;

// The commands assocctl knows: what each accepts, and how to make one.
class CommandCatalog {
public:
    static const QList<CommandSpec> &all();
    static const CommandSpec *find(const QString &name);
    static Command *create(const QString &name, CommandContext context, QObject *parent = nullptr);
};

} // namespace assoc::cli
