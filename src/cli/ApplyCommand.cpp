// SPDX-License-Identifier: MIT
#include "ApplyCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "TextTable.h"
#include "core/PlanFile.h"

#include <QDir>
#include <QJsonArray>

namespace assoc::cli {

namespace {
QString statusName(ChangeOutcome::Status status, bool dryRun) {
    switch (status) {
    case ChangeOutcome::Status::Applied:
        return dryRun ? QStringLiteral("would-apply") : QStringLiteral("applied");
    case ChangeOutcome::Status::AlreadyInPlace:
        return QStringLiteral("in-place");
    case ChangeOutcome::Status::Conflict:
        return QStringLiteral("conflict");
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
    // A plan that names no portal (made against a file that does not say its portal, or
    // edited): the command line must say which one it is for, and it is applied to that one
    // only.
    if (m_plan.targetPortalId == 0 && options().forPortal) {
        m_plan.targetPortalId = *options().forPortal;
    } else if (m_plan.targetPortalId == 0) {
        failUsage(tr("%1 does not say which portal it was made for; nothing was applied.")
                      .arg(QDir::toNativeSeparators(path)),
                  {tr("Make the plan against the portal (assocctl diff FILE portal -o PLAN), or "
                      "name the portal it is for with --for-portal ID.")});
        return;
    } else if (options().forPortal && *options().forPortal != m_plan.targetPortalId) {
        failUsage(tr("The plan was made for portal %1, not %2; nothing was applied.")
                      .arg(m_plan.targetPortalId)
                      .arg(*options().forPortal));
        return;
    }
    auto *applier = new PlanApplier(client(), this);
    if (journal())
        applier->setJournal(journal(), ChangeWriter::profileFor(options().client.baseUrl), 0,
                            ChangeRecord::Origin::Cli);
    auto *call = options().dryRun ? applier->dryRun(m_plan) : applier->apply(m_plan);
    call->then(this, [this](const ApiResult<QList<ChangeOutcome>> &r) {
        if (!r) {
            if (r.error().kind == ApiError::Kind::Validation)
                failUsage(r.error().message,
                          {tr("Make a new plan against this portal with assocctl diff.")});
            else
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
    int conflicts = 0;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ChangeOutcome &o = outcomes.at(i);
        const PlanChange &change = m_plan.changes.at(i);
        applied += o.status == ChangeOutcome::Status::Applied ? 1 : 0;
        inPlace += o.status == ChangeOutcome::Status::AlreadyInPlace ? 1 : 0;
        failed += o.status == ChangeOutcome::Status::Failed ? 1 : 0;
        conflicts += o.status == ChangeOutcome::Status::Conflict ? 1 : 0;
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
        if (o.error && o.status != ChangeOutcome::Status::Conflict && !output()->isJson())
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
                           {QStringLiteral("failed"), failed},
                           {QStringLiteral("conflicts"), conflicts}};
    if (outcomes.isEmpty())
        output()->result(tr("The plan is empty: nothing to apply."), json);
    else
        output()->result(table, json);
    if (conflicts > 0 && !output()->isJson())
        output()->note(tr("assocctl: %n change(s) were not applied because the portal changed "
                          "since the plan was made; compare again to see what it holds now.",
                          nullptr, conflicts));
    if (failed == 0 && conflicts > 0)
        finish(ExitCode::Conflict);
    else if (failed == 0)
        finish(ExitCode::Success);
    else if (applied + inPlace > 0)
        finish(ExitCode::Partial);
    else
        finish(ExitCode::Failure);
}

} // namespace assoc::cli
