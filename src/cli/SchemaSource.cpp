// SPDX-License-Identifier: MIT
#include "SchemaSource.h"

#include "core/SchemaDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace assoc::cli {

namespace {
// lupdate files these strings under "SchemaSource" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(SchemaSource)
};
} // namespace

Expected<PortalSchema, QString> SchemaSource::readFile(const QString &path) {
    using Result = Expected<PortalSchema, QString>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(Texts::tr("Cannot read %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    const auto schema = SchemaDocument::read(file.readAll());
    if (!schema)
        return Result::failure(Texts::tr("%1 is not a schema export: %2")
                                   .arg(QDir::toNativeSeparators(path), schema.error().toString()));
    return schema.value();
}

QString SchemaSource::describe(const QString &argument, const PortalSchema &schema) {
    if (!isPortal(argument))
        return QDir::toNativeSeparators(argument);
    return Texts::tr("portal %1").arg(schema.portal.portalId);
}

} // namespace assoc::cli
