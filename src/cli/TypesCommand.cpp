// SPDX-License-Identifier: MIT
#include "TypesCommand.h"

#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "core/JsonView.h"

#include <QJsonArray>

namespace assoc::cli {

void TypesCommand::start() {
    auto *call = client()->selectObjectTypes(Priority::UserAction);
    call->then(this, [this](const ApiResult<ObjectTypeSelection> &result) {
        if (!result) {
            failApi(result.error());
            return;
        }
        warnUnavailable(result.value().unavailable);
        TextTable table({tr("ID"), tr("NAME"), tr("SINGULAR"), tr("PLURAL"), tr("KIND"),
                         tr("FULLY QUALIFIED NAME")});
        QJsonArray list;
        for (const ObjectType &t : result.value().types) {
            table.addRow({t.id, t.name, t.singularLabel, t.pluralLabel,
                          t.custom ? tr("custom") : tr("standard"), t.fullyQualifiedName});
            list.append(JsonView::objectType(t));
        }
        output()->result(table, QJsonObject{{QStringLiteral("objectTypes"), list}});
        finish(ExitCode::Success);
    });
}

} // namespace assoc::cli
