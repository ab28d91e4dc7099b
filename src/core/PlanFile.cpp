// SPDX-License-Identifier: MIT
#include "PlanFile.h"

#include "DocumentFile.h"
#include "PlanDocument.h"

#include <QCoreApplication>
#include <QDir>

namespace assoc {

namespace {
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
};
} // namespace

Expected<SchemaPlan, QString> PlanFile::read(const QString &path) {
    using Result = Expected<SchemaPlan, QString>;
    const auto bytes = DocumentFile::read(path, MaxSize);
    if (!bytes)
        return Result::failure(bytes.error().toString());
    auto plan = PlanDocument::read(bytes.value());
    if (!plan)
        return Result::failure(Texts::tr("%1 is not a plan: %2")
                                   .arg(QDir::toNativeSeparators(path), plan.error().toString()));
    return std::move(plan).value();
}

Expected<void, QString> PlanFile::write(const QString &path, const SchemaPlan &plan) {
    const auto written = DocumentFile::write(path, PlanDocument::write(plan));
    if (!written)
        return Expected<void, QString>::failure(written.error().toString());
    return {};
}

} // namespace assoc
