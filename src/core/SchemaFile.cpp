// SPDX-License-Identifier: MIT
#include "SchemaFile.h"

#include "DocumentFile.h"
#include "SchemaDocument.h"

#include <QCoreApplication>
#include <QDir>

namespace assoc {

namespace {
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(SchemaFile)
};
} // namespace

Expected<PortalSchema, QString> SchemaFile::read(const QString &path) {
    using Result = Expected<PortalSchema, QString>;
    const auto bytes = DocumentFile::read(path, MaxSize);
    if (!bytes)
        return Result::failure(bytes.error().toString());
    auto schema = SchemaDocument::read(bytes.value());
    if (!schema)
        return Result::failure(Texts::tr("%1 is not a schema exported by Association Studio: %2")
                                   .arg(QDir::toNativeSeparators(path), schema.error().toString()));
    return std::move(schema).value();
}

Expected<void, QString> SchemaFile::write(const QString &path, const PortalSchema &schema) {
    const auto written = DocumentFile::write(path, SchemaDocument::write(schema));
    if (!written)
        return Expected<void, QString>::failure(written.error().toString());
    return {};
}

} // namespace assoc
