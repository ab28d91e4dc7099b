// SPDX-License-Identifier: MIT
#include "ScopesCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/RequiredScopes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace assoc::cli {

void ScopesCommand::start() {
    QJsonArray endpoints;
    for (const ScopeRequirement &r : RequiredScopes::endpoints()) {
        QJsonObject e{{QStringLiteral("method"), r.method},
                      {QStringLiteral("path"), r.path},
                      {QStringLiteral("writes"), r.writes},
                      {QStringLiteral("anyOf"), QJsonArray::fromStringList(r.anyOf)}};
        if (!r.acceptedNote.isEmpty())
            e.insert(QStringLiteral("note"), r.acceptedNote);
        endpoints.append(e);
    }
    const QJsonObject json{
        {QStringLiteral("readOnlyUse"), QJsonArray::fromStringList(RequiredScopes::readOnlyUse())},
        {QStringLiteral("writeUse"), QJsonArray::fromStringList(RequiredScopes::writeUse())},
        {QStringLiteral("endpoints"), endpoints}};
    output()->result(RequiredScopes::guideText(), json);
    finish(ExitCode::Success);
}

} // namespace assoc::cli
