// SPDX-License-Identifier: MIT
#include "PlanFile.h"

#include "DocumentFile.h"
#include "PlanDocument.h"

#include <QCoreApplication>

namespace assoc {

namespace {
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
};
} // namespace

Expected<SchemaPlan, QString> PlanFile::read(const QString &path) {
    return DocumentFile::readParsed(path, MaxSize, &PlanDocument::read,
                                    Texts::tr("%1 is not a plan: %2"));
}

Expected<void, QString> PlanFile::write(const QString &path, const SchemaPlan &plan) {
    return DocumentFile::writeOrSay(path, PlanDocument::write(plan));
}

} // namespace assoc
