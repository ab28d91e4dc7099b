// SPDX-License-Identifier: MIT
#include "SchemaSource.h"

#include "core/SchemaDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace assoc::cli {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("SchemaSource", text);
}
} // namespace

Expected<PortalSchema, QString> SchemaSource::readFile(const QString &path) {
    using Result = Expected<PortalSchema, QString>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const auto schema = SchemaDocument::read(file.readAll());
    if (!schema)
        return Result::failure(tr("%1 is not a schema export: %2")
                                   .arg(QDir::toNativeSeparators(path), schema.error().toString()));
    return schema.value();
}

QString SchemaSource::describe(const QString &argument, const PortalSchema &schema) {
    if (!isPortal(argument))
        return QDir::toNativeSeparators(argument);
    return tr("portal %1").arg(schema.portal.portalId);
}

} // namespace assoc::cli
