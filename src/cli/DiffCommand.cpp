// SPDX-License-Identifier: MIT
#include "DiffCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "SchemaSource.h"
#include "api/PortalLoader.h"
#include "core/PlanDocument.h"
#include "core/PlanFile.h"
#include "core/SchemaComparer.h"
#include "core/SchemaFile.h"

#include <QDir>

namespace assoc::cli {

void DiffCommand::start() {
    const QStringList &args = options().arguments;
    for (int i = 0; i < 2; ++i) {
        if (SchemaSource::isPortal(args.at(i)))
            continue;
        auto schema = SchemaFile::read(args.at(i));
        if (!schema) {
            failUsage(schema.error());
            return;
        }
        (i == 0 ? m_source : m_target) = std::move(schema).value();
    }
    if (m_source && m_target) {
        compare();
        return;
    }
    // One read of the portal serves both sides when both are "portal".
    auto *loader = new PortalLoader(client(), this);
    loader->load(Priority::UserAction)->then(this, [this](const ApiResult<PortalSchema> &r) {
        if (!r) {
            failApi(r.error());
            return;
        }
        warnUnavailable(r.value().unavailableTypes);
        if (!m_source)
            m_source = r.value();
        if (!m_target)
            m_target = r.value();
        compare();
    });
}

void DiffCommand::compare() {
    const QStringList &args = options().arguments;
    SchemaPlan plan = SchemaComparer::plan(*m_source, *m_target, {options().allowDeletes});
    plan.source = SchemaSource::describe(args.at(0), *m_source);
    plan.target = SchemaSource::describe(args.at(1), *m_target);

    if (options().outputFile) {
        const QString &path = *options().outputFile;
        if (const auto written = PlanFile::write(path, plan); !written) {
            failUsage(written.error());
            return;
        }
        output()->note(tr("Wrote the plan (%n change(s)) to %1.", nullptr, int(plan.changes.size()))
                           .arg(QDir::toNativeSeparators(path)));
    }
    for (const QString &note : std::as_const(plan.notes))
        output()->note(tr("note: %1").arg(note));
    if (!options().allowDeletes) {
        const qsizetype withDeletes =
            SchemaComparer::plan(*m_source, *m_target, {true}).changes.size();
        if (withDeletes > plan.changes.size())
            output()->note(tr("%n deletion(s) left out; --allow-deletes includes them.", nullptr,
                              int(withDeletes - plan.changes.size())));
    }

    QString text;
    if (plan.isEmpty()) {
        text = tr("No differences: %1 matches %2.").arg(plan.target, plan.source);
    } else {
        text = tr("%n change(s) make %1 match %2:", nullptr, int(plan.changes.size()))
                   .arg(plan.target, plan.source) +
               QLatin1Char('\n');
        for (const PlanChange &change : std::as_const(plan.changes))
            text += QStringLiteral("  ") + change.summary() + QLatin1Char('\n');
    }
    output()->result(text, PlanDocument::toJson(plan));
    finish(plan.isEmpty() ? ExitCode::Success : ExitCode::Differences);
}

} // namespace assoc::cli
