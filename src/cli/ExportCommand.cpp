// SPDX-License-Identifier: MIT
#include "ExportCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "api/PortalLoader.h"
#include "core/DocumentFile.h"
#include "core/SchemaDocument.h"
#include "core/SchemaFile.h"

#include <QDir>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace assoc::cli {

bool ExportCommand::stderrIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return ::isatty(fileno(stderr)) != 0;
#endif
}

void ExportCommand::progress(int done, int total) {
    if (!m_showProgress || total <= 0)
        return;
    m_progressShown = true;
    output()->writeErr(tr("\rReading the portal: %1 of %2 requests").arg(done).arg(total));
}

void ExportCommand::start() {
    const std::optional<QString> &path = options().outputFile;
    if (path) {
        // Checked before anything is read, so that a wrong path fails at once. The file is
        // written only at the end, atomically: an interrupted export leaves the old file.
        if (const auto writable = DocumentFile::checkWritable(*path); !writable) {
            failUsage(writable.error().toString());
            return;
        }
    }
    m_showProgress = stderrIsTerminal();
    auto *loader = new PortalLoader(client(), this);
    auto *call = loader->load(Priority::UserAction);
    connect(call, &ApiCall::progress, this, &ExportCommand::progress);
    call->then(this, [this, path](const ApiResult<PortalSchema> &result) {
        if (m_progressShown)
            output()->writeErr(QStringLiteral("\n"));
        if (!result) {
            failApi(result.error());
            return;
        }
        const PortalSchema &schema = result.value();
        warnUnavailable(schema.unavailableTypes);
        if (!path) {
            output()->writeOut(SchemaDocument::write(schema));
            finish(ExitCode::Success);
            return;
        }
        if (const auto written = SchemaFile::write(*path, schema); !written) {
            output()->note(tr("assocctl: %1").arg(written.error()));
            finish(ExitCode::Failure);
            return;
        }
        output()->note(tr("Exported %1 object types and %2 pairs to %3.")
                           .arg(schema.objectTypes.size())
                           .arg(schema.pairs.size())
                           .arg(QDir::toNativeSeparators(*path)));
        finish(ExitCode::Success);
    });
}

} // namespace assoc::cli
