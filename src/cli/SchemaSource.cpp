// SPDX-License-Identifier: MIT
#include "SchemaSource.h"

#include <QCoreApplication>
#include <QDir>

namespace assoc::cli {

namespace {
// lupdate files these strings under "SchemaSource" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(SchemaSource)
};
} // namespace

QString SchemaSource::describe(const QString &argument, const PortalSchema &schema) {
    if (!isPortal(argument))
        return QDir::toNativeSeparators(argument);
    return Texts::tr("portal %1").arg(schema.portal.portalId);
}

} // namespace assoc::cli
