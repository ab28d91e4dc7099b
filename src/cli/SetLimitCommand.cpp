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
  const std::optional<int> typeId = parsePositive(args.at(2));
  if (!typeId) {
    failUsage(tr("ID must be a typeId, a positive number; got \"%1\".")
                  .arg(args.at(2)));
    return;
  }
  bool isNumber = false;
  const int maximum = args.at(3).trimmed().toInt(&isNumber);
  if (!isNumber) {
    failUsage(
        tr("N must be a whole number of records; got \"%1\".").arg(args.at(3)));
    return;
  }
  const QList<ValidationIssue> issues = Validation::checkLimit(maximum);
  if (!issues.isEmpty()) {
    output()->validationError(tr("The limit cannot be set as given:"), issues);
    finish(ExitCode::Usage);
    return;
  }
  resolvePair(
      args.at(0), args.at(1),
      [this, typeId, maximum](const ObjectTypePair &pair) {
        readPair(pair, [this, pair, typeId,
                        maximum](const PortalSchema &state) {
          const auto label = pickLabel(state.pair(pair)->labels, *typeId, pair,
                                       options().category);
          if (!label)
            return;
          PlanChange set =
              change(pair, PlanChange::Kind::SetLimit, label->key(), state);
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
            json.insert(QStringLiteral("label"),
                        JsonView::optionalString(label->isUnlabeled()
                                                     ? std::nullopt
                                                     : label->label));
            json.insert(QStringLiteral("before"),
                        JsonView::optionalInt(done.limitBefore));
            json.insert(QStringLiteral("after"),
                        JsonView::optionalInt(done.limitAfter));
            json.insert(QStringLiteral("action"), action);
            const QString was = done.limitBefore
                                    ? QString::number(*done.limitBefore)
                                    : tr("no limit");
            output()->result(
                tr("Limit of \"%1\" (typeId %2, %3) on %4: %5 → %6 (%7).")
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

} // namespace assoc::cli
