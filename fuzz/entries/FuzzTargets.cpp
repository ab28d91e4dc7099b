// SPDX-License-Identifier: MIT
#include "FuzzTargets.h"

#include "DocumentEntries.h"
#include "FakePortalEntry.h"
#include "RedactorEntry.h"
#include "ResponseEntries.h"

#include <cstdio>
#include <cstdlib>

namespace assoc::fuzz {

const QList<FuzzTarget> &fuzzTargets() {
    static const QList<FuzzTarget> targets = {
        {QStringLiteral("json_labels"), fuzzLabels},
        {QStringLiteral("json_limits"), fuzzLimits},
        {QStringLiteral("json_batch_result"), fuzzBatchResult},
        {QStringLiteral("json_object_schemas"), fuzzObjectSchemas},
        {QStringLiteral("json_account_info"), fuzzAccountInfo},
        {QStringLiteral("json_label_usage"), fuzzLabelUsage},
        {QStringLiteral("json_record_limits"), fuzzRecordLimitReport},
        {QStringLiteral("json_token_grant"), fuzzTokenGrant},
        {QStringLiteral("json_error_body"), fuzzErrorBody},
        {QStringLiteral("schema_document"), fuzzSchemaDocument},
        {QStringLiteral("plan_document"), fuzzPlanDocument},
        {QStringLiteral("snapshot_cache"), fuzzSnapshotCache},
        {QStringLiteral("redactor"), fuzzRedactor},
        {QStringLiteral("fake_portal"), fuzzFakePortal},
    };
    return targets;
}

FuzzEntry fuzzEntry(const QString &name) {
    for (const FuzzTarget &target : fuzzTargets()) {
        if (target.name == name)
            return target.entry;
    }
    return nullptr;
}

void fuzzCheck(bool condition, const char *what) {
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace assoc::fuzz
