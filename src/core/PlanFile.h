// SPDX-License-Identifier: MIT
#pragma once

#include "Expected.h"
#include "SchemaPlan.h"

#include <QString>

namespace assoc {

// A plan on disk (docs/compare-and-apply.md): what `assocctl diff -o` and the Compare window's
// Save Plan write, and `assocctl apply --plan` reads.
class PlanFile {
public:
    // The most a plan file may have. A plan that creates and limits every label of the "large"
    // demo portal (5,716 labels) has about 11,400 changes of some 650 bytes, 7.5 MB; 32 MiB
    // leaves four times that, and is the cap schema files have too.
    static constexpr qint64 MaxSize = 32 * 1024 * 1024;

    // The plan in `path`; the error is a sentence naming the file and, for a file that is not a
    // plan, the field.
    static Expected<SchemaPlan, QString> read(const QString &path);
    static Expected<void, QString> write(const QString &path, const SchemaPlan &plan);
};

} // namespace assoc
