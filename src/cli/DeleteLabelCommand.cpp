// SPDX-License-Identifier: MIT
#include "DeleteLabelCommand.h"

#include "BatchReport.h"
#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"

namespace assoc::cli {

std::optional<QList<int>> DeleteLabelCommand::parseIds(const QStringList &texts, QString *bad) {
    QList<int> ids;
    for (const QString &text : texts) {
        const std::optional<int> id = parsePositive(text);
        if (!id) {
            if (bad)
                *bad = text;
            return std::nullopt;
        }
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

void DeleteLabelCommand::start() {
    const QStringList &args = options().arguments;
    QString bad;
    const std::optional<QList<int>> ids = parseIds(args.mid(2), &bad);
    if (!ids) {
        failUsage(tr("ID must be a label's typeId, a positive number; got \"%1\".").arg(bad));
        return;
    }
    resolvePair(args.at(0), args.at(1), [this, ids](const ObjectTypePair &pair) {
        readPair(pair, [this, pair, ids](const PortalSchema &state) {
            QList<PlanChange> changes;
            QList<AssociationLabel> targets;
            for (int id : *ids) {
                const auto label =
                    pickEditableLabel(state.pair(pair)->labels, id, pair, tr("deleted"));
                if (!label)
                    return;
                targets.append(*label);
                changes.append(change(pair, PlanChange::Kind::DeleteLabel, label->key(), state));
            }
            writeAll(pair, changes, targets, [](const ChangeOutcome &o) {
                return o.status == ChangeOutcome::Status::Applied ? tr("deleted")
                                                                  : tr("already deleted");
            });
        });
    });
}

} // namespace assoc::cli
