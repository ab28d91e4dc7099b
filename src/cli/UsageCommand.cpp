// SPDX-License-Identifier: MIT
#include "UsageCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "core/JsonView.h"

#include <QJsonArray>
#include <algorithm>

namespace assoc::cli {

namespace {
QString refName(const ObjectTypeRef &ref) {
    if (!ref.pluralLabel.isEmpty())
        return ref.pluralLabel;
    return ref.singularLabel.isEmpty() ? ref.objectTypeId : ref.singularLabel;
}
} // namespace

void UsageCommand::start() {
    auto show = [this](const ApiResult<QList<LabelUsage>> &result) {
        if (!result) {
            failApi(result.error());
            return;
        }
        QList<LabelUsage> rows = result.value();
        std::stable_sort(rows.begin(), rows.end(), [](const LabelUsage &a, const LabelUsage &b) {
            return ObjectTypePair{a.from.objectTypeId, a.to.objectTypeId} <
                   ObjectTypePair{b.from.objectTypeId, b.to.objectTypeId};
        });
        TextTable table({tr("FROM"), tr("TO"), tr("USED"), tr("MAXIMUM"), tr("PERCENT")});
        for (int column : {2, 3, 4})
            table.setAlignment(column, TextTable::Align::Right);
        QJsonArray list;
        for (const LabelUsage &u : std::as_const(rows)) {
            table.addRow({refName(u.from), refName(u.to), QString::number(u.usage),
                          QString::number(u.limit),
                          QString::number(u.percentage, 'f', 1) + QLatin1Char('%')});
            list.append(JsonView::usage(u));
        }
        output()->result(table, QJsonObject{{QStringLiteral("usage"), list}});
        finish(ExitCode::Success);
    };
    const QStringList &args = options().arguments;
    if (args.isEmpty() && options().objectsGiven) {
        // Only the pairs between chosen types: the listing itself covers the whole portal.
        client()
            ->selectObjectTypes(Priority::UserAction)
            ->then(this, [this, show](const ApiResult<ObjectTypeSelection> &types) {
                if (!types) {
                    failApi(types.error());
                    return;
                }
                warnUnavailable(types.value().unavailable);
                QSet<QString> chosen;
                for (const ObjectType &t : types.value().types)
                    chosen.insert(t.id);
                client()
                    ->labelUsage({}, Priority::UserAction)
                    ->then(this, [show, chosen](const ApiResult<QList<LabelUsage>> &r) {
                        if (!r)
                            return show(r);
                        QList<LabelUsage> rows;
                        for (const LabelUsage &u : r.value()) {
                            if (chosen.contains(u.from.objectTypeId) &&
                                chosen.contains(u.to.objectTypeId))
                                rows.append(u);
                        }
                        show(rows);
                    });
            });
        return;
    }
    if (args.isEmpty()) {
        client()->labelUsage({}, Priority::UserAction)->then(this, show);
        return;
    }
    resolvePair(args.at(0), args.at(1), [this, show](const ObjectTypePair &pair) {
        client()->labelUsage(pair, Priority::UserAction)->then(this, show);
    });
}

} // namespace assoc::cli
