// SPDX-License-Identifier: MIT
#include "ExportCommand.h"

#include "CliOptions.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"
#include "api/PortalLoader.h"
#include "core/SchemaDocument.h"

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
        // Opened before anything is read, so that a wrong path fails at once. QSaveFile writes
        // a temporary file and renames it on commit: an interrupted export leaves the old file.
        m_file = std::make_unique<QSaveFile>(*path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            failUsage(tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(*path), m_file->errorString()));
            return;
        }
    }
    m_showProgress = stderrIsTerminal();
    auto *loader = new PortalLoader(client(), this);
    auto *call = loader->load(Priority::UserAction);
    connect(call, &ApiCall::progress, this, &ExportCommand::progress);
    call->then(this, [this](const ApiResult<PortalSchema> &result) {
        if (m_progressShown)
            output()->writeErr(QStringLiteral("\n"));
        if (!result) {
            if (m_file)
                m_file->cancelWriting();
            failApi(result.error());
            return;
        }
        const PortalSchema &schema = result.value();
        const QByteArray document = SchemaDocument::write(schema);
        if (!m_file) {
            output()->writeOut(document);
            finish(ExitCode::Success);
            return;
        }
        if (m_file->write(document) != document.size() || !m_file->commit()) {
            output()->note(
                tr("assocctl: cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString()));
            finish(ExitCode::Failure);
            return;
        }
        output()->note(tr("Exported %1 object types and %2 pairs to %3.")
                           .arg(schema.objectTypes.size())
                           .arg(schema.pairs.size())
                           .arg(QDir::toNativeSeparators(m_file->fileName())));
        finish(ExitCode::Success);
    });
}

} // namespace assoc::cli
