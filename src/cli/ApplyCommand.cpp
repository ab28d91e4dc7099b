// SPDX-License-Identifier: MIT
#include "ApplyCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "TextTable.h"
#include "core/PlanFile.h"

#include <QJsonArray>

namespace assoc::cli {

namespace {
QString statusName(ChangeOutcome::Status status, bool dryRun) {
    switch (status) {
    case ChangeOutcome::Status::Applied:
        return dryRun ? QStringLiteral("would-apply") : QStringLiteral("applied");
    case ChangeOutcome::Status::AlreadyInPlace:
        return QStringLiteral("in-place");
    case ChangeOutcome::Status::Failed:
        return QStringLiteral("failed");
    case ChangeOutcome::Status::Skipped:
        return QStringLiteral("skipped");
    case ChangeOutcome::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
} // namespace

void ApplyCommand::start() {
    const QString path = options().planFile.value_or(QString());
    auto plan = PlanFile::read(path);
    if (!plan) {
        failUsage(plan.error());
        return;
    }
    m_plan = std::move(plan).value();
    const qsizetype deletions = std::count_if(m_plan.changes.begin(), m_plan.changes.end(),
                                              [](const PlanChange &c) { return c.isDeletion(); });
    // Removing things takes two decisions: the plan's and this command line's.
    if (deletions > 0 && !options().allowDeletes) {
        failUsage(tr("The plan deletes or loosens %n thing(s); nothing was applied.", nullptr,
                     int(deletions)),
                  {tr("Pass --allow-deletes to apply it, or make a plan without deletions "
                      "(assocctl diff without --allow-deletes).")});
        return;
    }
    // The plan's typeIds and before-values are those of one portal: check it is this one.
    client()->accountInfo(Priority::UserAction)->then(this, [this](const ApiResult<PortalInfo> &r) {
        if (!r) {
            failApi(r.error());
            return;
        }
        const qint64 portalId = r.value().portalId;
        if (m_plan.targetPortalId != 0 && portalId != m_plan.targetPortalId) {
            failUsage(tr("The plan was made for portal %1, but this is portal %2; nothing was "
                         "applied.")
                          .arg(m_plan.targetPortalId)
                          .arg(portalId),
                      {tr("Make a new plan against this portal with assocctl diff.")});
            return;
        }
        run(portalId);
    });
}

void ApplyCommand::run(qint64 portalId) {
    auto *applier = new PlanApplier(client(), this);
    if (journal())
        applier->setJournal(journal(), options().client.baseUrl.toString(), portalId,
                            ChangeRecord::Origin::Cli);
    auto *call = options().dryRun ? applier->dryRun(m_plan) : applier->apply(m_plan);
    call->then(this, [this](const ApiResult<QList<ChangeOutcome>> &r) {
        if (!r) {
            failApi(r.error());
            return;
        }
        report(r.value());
    });
}

void ApplyCommand::report(const QList<ChangeOutcome> &outcomes) {
    const bool dryRun = options().dryRun;
    TextTable table({tr("RESULT"), tr("CHANGE"), tr("DETAIL")});
    QJsonArray results;
    int applied = 0;
    int inPlace = 0;
    int failed = 0;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ChangeOutcome &o = outcomes.at(i);
        const PlanChange &change = m_plan.changes.at(i);
        applied += o.status == ChangeOutcome::Status::Applied ? 1 : 0;
        inPlace += o.status == ChangeOutcome::Status::AlreadyInPlace ? 1 : 0;
        failed += o.status == ChangeOutcome::Status::Failed ? 1 : 0;
        const QString status = statusName(o.status, dryRun);
        table.addRow({status, change.summary(), o.detail});
        QJsonObject item{
            {QStringLiteral("id"), o.changeId},
            {QStringLiteral("summary"), change.summary()},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), o.detail},
            {QStringLiteral("error"), o.error ? QJsonValue(OutputFormatter::errorJson(*o.error))
                                              : QJsonValue(QJsonValue::Null)}};
        results.append(item);
        if (o.error && !output()->isJson())
            output()->note(
                tr("assocctl: %1 failed: %2").arg(change.summary(), o.error->userMessage()) +
                (o.error->correlationId.isEmpty()
                     ? QString()
                     : tr(" (correlation id %1)").arg(o.error->correlationId)));
    }
    const QJsonObject json{{QStringLiteral("dryRun"), dryRun},
                           {QStringLiteral("plan"), options().planFile.value_or(QString())},
                           {QStringLiteral("results"), results},
                           {QStringLiteral("applied"), applied},
                           {QStringLiteral("alreadyInPlace"), inPlace},
                           {QStringLiteral("failed"), failed}};
    if (outcomes.isEmpty())
        output()->result(tr("The plan is empty: nothing to apply."), json);
    else
        output()->result(table, json);
    if (failed == 0)
        finish(ExitCode::Success);
    else if (applied + inPlace > 0)
        finish(ExitCode::Partial);
    else
        finish(ExitCode::Failure);
}

} // namespace assoc::cli
