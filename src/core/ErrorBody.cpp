// SPDX-License-Identifier: MIT
#include "ErrorBody.h"

namespace assoc {

QStringList ErrorBody::missingScopes() const {
    QStringList scopes;
    const QStringList keys{QStringLiteral("missingScopes"),
                           QStringLiteral("requiredGranularScopes"),
                           QStringLiteral("requiredScopes")};
    for (const QString &key : keys) {
        scopes += context.value(key);
        for (const ErrorDetail &d : errors)
            scopes += d.context.value(key);
    }
    scopes.removeDuplicates();
    return scopes;
}

} // namespace assoc
