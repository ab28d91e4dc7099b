// SPDX-License-Identifier: MIT
#include "DocumentEntries.h"

#include "FuzzTargets.h"
#include "core/PlanDocument.h"
#include "core/SchemaComparer.h"
#include "core/SchemaDocument.h"
#include "core/SnapshotCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace assoc::fuzz {

namespace {

// A plan of any two schemas is written by `assocctl diff` and read back by `apply --plan`.
void checkPlanRoundTrip(const SchemaPlan &plan) {
    const QByteArray written = PlanDocument::write(plan);
    const auto again = PlanDocument::read(written);
    fuzzCheck(bool(again), "a written plan cannot be read back");
    fuzzCheck(PlanDocument::write(again.value()) == written, "a plan document is not stable");
}

} // namespace

bool fuzzSchemaDocument(const QByteArray &document) {
    const auto schema = SchemaDocument::read(document);
    if (!schema) {
        fuzzCheck(!schema.error().toString().isEmpty(), "a schema error without a message");
        return false;
    }
    // The same schema always gives the same bytes, and what is written can be read again.
    const QByteArray written = SchemaDocument::write(schema.value());
    const auto again = SchemaDocument::read(written);
    fuzzCheck(bool(again), "a written schema document cannot be read back");
    fuzzCheck(SchemaDocument::write(again.value()) == written, "a schema document is not stable");

    // Compare Portals with the file on either side.
    const SchemaComparer::Options deletes{true};
    fuzzCheck(SchemaComparer::plan(schema.value(), schema.value(), deletes).isEmpty(),
              "a schema compared with itself gives changes");
    checkPlanRoundTrip(SchemaComparer::plan(schema.value(), PortalSchema(), deletes));
    checkPlanRoundTrip(SchemaComparer::plan(PortalSchema(), schema.value(), deletes));
    return true;
}

bool fuzzPlanDocument(const QByteArray &document) {
    const auto plan = PlanDocument::read(document);
    if (!plan) {
        fuzzCheck(!plan.error().toString().isEmpty(), "a plan error without a message");
        return false;
    }
    checkPlanRoundTrip(plan.value());
    return true;
}

bool fuzzSnapshotCache(const QByteArray &file) {
    // In memory where the system has it: QSaveFile syncs every snapshot to disk.
    static const QTemporaryDir directory(QDir(QStringLiteral("/dev/shm")).exists()
                                             ? QStringLiteral("/dev/shm/assoc-fuzz-XXXXXX")
                                             : QDir::tempPath() +
                                                   QStringLiteral("/assoc-fuzz-XXXXXX"));
    const SnapshotCache cache(directory.path());
    const QString profile = QStringLiteral("fuzz");
    {
        QFile out(cache.fileFor(profile));
        fuzzCheck(out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                      out.write(file) == file.size(),
                  "cannot write the snapshot file");
    }
    QString error;
    const auto schema = cache.load(profile, &error);
    if (!schema)
        return false;
    // What the app stores after a refresh loads as the same schema.
    fuzzCheck(cache.store(profile, *schema, &error), "a loaded snapshot cannot be stored");
    const auto again = cache.load(profile, &error);
    fuzzCheck(again.has_value(), "a stored snapshot cannot be loaded");
    fuzzCheck(SchemaDocument::write(*again) == SchemaDocument::write(*schema),
              "a snapshot changes when stored again");
    return true;
}

} // namespace assoc::fuzz
