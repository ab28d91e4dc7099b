// SPDX-License-Identifier: MIT
#include "LabelsCommand.h"

#include "CallJoin.h"
#include "CliOptions.h"
#include "OutputFormatter.h"
#include "SortedView.h"
#include "api/HubSpotClient.h"
#include "core/JsonView.h"

#include <algorithm>

namespace assoc::cli {

void LabelsCommand::start() {
    const QStringList &args = options().arguments;
    resolvePair(args.at(0), args.at(1), [this](const ObjectTypePair &pair) {
        CallJoin::both(
            client()->listLabels(pair, Priority::UserAction),
            client()->listLimits(pair, Priority::UserAction), this,
            [this, pair](const ApiResult<QList<AssociationLabel>> &labels,
                         const ApiResult<QList<AssociationLimit>> &limits) {
                if (!labels) {
                    failApi(labels.error());
                    return;
                }
                if (!limits) {
                    failApi(limits.error());
                    return;
                }
                const auto sorted = SortedView::of(
                    labels.value(), [](const AssociationLabel &a, const AssociationLabel &b) {
                        return a.key() < b.key();
                    });
                QHash<LabelKey, int> limitOf;
                for (const AssociationLimit &l : limits.value()) {
                    if (l.maxToObjectIds)
                        limitOf.insert(l.key(), *l.maxToObjectIds);
                }
                TextTable table({tr("TYPE ID"), tr("CATEGORY"), tr("LABEL"), tr("LIMIT")});
                table.setAlignment(0, TextTable::Align::Right);
                table.setAlignment(3, TextTable::Align::Right);
                QList<std::pair<AssociationLabel, std::optional<int>>> rows;
                for (const AssociationLabel *item : sorted) {
                    const AssociationLabel &l = *item;
                    const auto limit = limitOf.contains(l.key())
                                           ? std::optional<int>(limitOf.value(l.key()))
                                           : std::nullopt;
                    table.addRow({QString::number(l.typeId), l.category.apiName(), l.displayText(),
                                  limit ? QString::number(*limit) : QStringLiteral("-")});
                    rows.append({l, limit});
                }
                output()->result(table, JsonView::pairLabels(pair, rows));
                finish(ExitCode::Success);
            });
    });
}

} // namespace assoc::cli
