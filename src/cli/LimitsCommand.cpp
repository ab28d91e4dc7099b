// SPDX-License-Identifier: MIT
#include "LimitsCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "SortedView.h"
#include "api/HubSpotClient.h"
#include "core/JsonView.h"

#include <QJsonArray>
#include <algorithm>

namespace assoc::cli {

namespace {
// Every configuration HubSpot returned, whether or not it carries a user limit.
void show(OutputFormatter *output, const QList<AssociationLimit> &limits,
          const std::optional<ObjectTypePair> &pair) {
    const auto sorted =
        SortedView::of(limits, [](const AssociationLimit &a, const AssociationLimit &b) {
            return a.key() < b.key();
        });
    TextTable table({QStringLiteral("TYPE ID"), QStringLiteral("CATEGORY"), QStringLiteral("LABEL"),
                     QStringLiteral("LIMIT")});
    table.setAlignment(0, TextTable::Align::Right);
    table.setAlignment(3, TextTable::Align::Right);
    QJsonArray list;
    for (const AssociationLimit *item : sorted) {
        const AssociationLimit &l = *item;
        const QString label =
            l.label && !l.label->isEmpty() ? *l.label : QStringLiteral("Unlabeled");
        table.addRow({QString::number(l.typeId), l.category.apiName(), label,
                      l.maxToObjectIds ? QString::number(*l.maxToObjectIds) : QStringLiteral("-")});
        list.append(JsonView::limit(l));
    }
    QJsonObject json = pair ? JsonView::pair(*pair) : QJsonObject();
    json.insert(QStringLiteral("limits"), list);
    output->result(table, json);
}
} // namespace

void LimitsCommand::start() {
    const QStringList &args = options().arguments;
    if (args.isEmpty()) {
        client()
            ->listAllLimits(Priority::UserAction)
            ->then(this, [this](const ApiResult<QList<AssociationLimit>> &result) {
                if (!result) {
                    failApi(result.error());
                    return;
                }
                show(output(), result.value(), std::nullopt);
                finish(ExitCode::Success);
            });
        return;
    }
    resolvePair(args.at(0), args.at(1), [this](const ObjectTypePair &pair) {
        client()
            ->listLimits(pair, Priority::UserAction)
            ->then(this, [this, pair](const ApiResult<QList<AssociationLimit>> &result) {
                if (!result) {
                    failApi(result.error());
                    return;
                }
                show(output(), result.value(), pair);
                finish(ExitCode::Success);
            });
    });
}

} // namespace assoc::cli
