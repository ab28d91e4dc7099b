// SPDX-License-Identifier: MIT
#include "SchemaFile.h"

#include "DocumentFile.h"
#include "SchemaDocument.h"

#include <QCoreApplication>

namespace assoc {

namespace {
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(SchemaFile)
};
} // namespace

Expected<PortalSchema, QString> SchemaFile::read(const QString &path) {
    return DocumentFile::readParsed(
        path, MaxSize, &SchemaDocument::read,
        Texts::tr("%1 is not a schema exported by Association Studio: %2"));
}

Expected<void, QString> SchemaFile::write(const QString &path, const PortalSchema &schema) {
    return DocumentFile::writeOrSay(path, SchemaDocument::write(schema));
}

} // namespace assoc
