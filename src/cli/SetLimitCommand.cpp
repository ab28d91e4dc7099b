// SPDX-License-Identifier: MIT
#include "SetLimitCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "core/JsonView.h"
#include "core/Validation.h"

namespace assoc::cli {

void SetLimitCommand::start() {
    const QStringList &args = options().arguments;
    // Either `FROM TO ID N`, or `FROM TO ID... --max N`: with --max every argument after FROM
    // and TO is an ID, so a limit is never mistaken for a typeId.
    const bool several = options().maximum.has_value();
    if (!several && args.size() != 4) {
        failUsage(tr("Give the limit with --max N to set it on several labels."),
                  {tr("Usage: assocctl set-limit FROM TO ID N, or assocctl set-limit FROM TO "
                      "ID [ID...] --max N")});
        return;
    }
    QString bad;
    const std::optional<QList<int>> ids = parseIds(several ? args.mid(2) : args.mid(2, 1), &bad);
    if (!ids) {
        failUsage(tr("ID must be a typeId, a positive number; got \"%1\".").arg(bad));
        return;
    }
    const QString maximumText = several ? *options().maximum : args.at(3);
    bool isNumber = false;
    const int maximum = maximumText.trimmed().toInt(&isNumber);
    if (!isNumber) {
        failUsage(tr("N must be a whole number of records; got \"%1\".").arg(maximumText));
        return;
    }
    const QList<ValidationIssue> issues = Validation::checkLimit(maximum);
    if (!issues.isEmpty()) {
        output()->validationError(tr("The limit cannot be set as given:"), issues);
        finish(ExitCode::Usage);
        return;
    }
    if (ids->size() > 1)
        return setSeveral(*ids, maximum);
    const std::optional<int> typeId = ids->first();
    resolvePair(args.at(0), args.at(1), [this, typeId, maximum](const ObjectTypePair &pair) {
        readPair(pair, [this, pair, typeId, maximum](const PortalSchema &state) {
            const auto label =
                pickLabel(state.pair(pair)->labels, *typeId, pair, options().category);
            if (!label)
                return;
            PlanChange set = change(pair, PlanChange::Kind::SetLimit, label->key(), state);
            set.limitAfter = maximum;
            write(pair, set, [this, pair, label](const ChangeOutcome &outcome) {
                if (!outcome.succeeded())
                    return failOutcome(outcome);
                const PlanChange &done = outcome.change;
                const QString action = !done.limitBefore ? QStringLiteral("created")
                                       : done.limitBefore == done.limitAfter
                                           ? QStringLiteral("unchanged")
                                           : QStringLiteral("updated");
                QJsonObject json = JsonView::pair(pair);
                json.insert(QStringLiteral("typeId"), label->typeId);
                json.insert(QStringLiteral("category"), label->category.apiName());
                json.insert(
                    QStringLiteral("label"),
                    JsonView::optionalString(label->isUnlabeled() ? std::nullopt : label->label));
                json.insert(QStringLiteral("before"), JsonView::optionalInt(done.limitBefore));
                json.insert(QStringLiteral("after"), JsonView::optionalInt(done.limitAfter));
                json.insert(QStringLiteral("action"), action);
                const QString was =
                    done.limitBefore ? QString::number(*done.limitBefore) : tr("no limit");
                output()->result(tr("Limit of \"%1\" (typeId %2, %3) on %4: %5 → %6 (%7).")
                                     .arg(label->displayText())
                                     .arg(label->typeId)
                                     .arg(label->category.apiName(), describe(pair), was,
                                          QString::number(done.limitAfter.value_or(0)), action),
                                 json);
                finish(ExitCode::Success);
            });
        });
    });
}

void SetLimitCommand::setSeveral(const QList<int> &ids, int maximum) {
    const QStringList &args = options().arguments;
    resolvePair(args.at(0), args.at(1), [this, ids, maximum](const ObjectTypePair &pair) {
        readPair(pair, [this, pair, ids, maximum](const PortalSchema &state) {
            const auto pick = [this, pair](const QList<AssociationLabel> &labels, int id) {
                return pickLabel(labels, id, pair, options().category);
            };
            const auto fill = [maximum](PlanChange &set) { set.limitAfter = maximum; };
            changeEach(pair, state, ids, PlanChange::Kind::SetLimit, pick, fill,
                       [](const ChangeOutcome &o) {
                           const PlanChange &done = o.change;
                           if (o.status == ChangeOutcome::Status::AlreadyInPlace)
                               return tr("unchanged (%1)").arg(done.limitAfter.value_or(0));
                           return done.limitBefore
                                      ? tr("updated (%1 → %2)")
                                            .arg(*done.limitBefore)
                                            .arg(done.limitAfter.value_or(0))
                                      : tr("created (%1)").arg(done.limitAfter.value_or(0));
                       });
        });
    });
}

} // namespace assoc::cli
