// SPDX-License-Identifier: MIT
#pragma once

#include "core/AssociationLabel.h"
#include "core/ObjectTypePair.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace assoc::models {

class PortalSession;

// What the window copies of some labels of a pair, as text: their typeIds, the rows as
// `assocctl labels --json` prints them, the `assocctl` commands that make them, and the API
// details a developer needs (what HubSpot's own "API details" panel shows, and the endpoints).
// Never a secret: no token, and the base URL without user info.
class LabelCopyText {
    Q_DECLARE_TR_FUNCTIONS(LabelCopyText)
public:
    // One typeId a line.
    static QString typeIds(const QList<AssociationLabel> &labels);
    static QString json(const PortalSession &session, const ObjectTypePair &pair,
                        const QList<AssociationLabel> &labels);
    // One command a line, its words quoted as a POSIX shell needs.
    static QString commands(const PortalSession &session, const ObjectTypePair &pair,
                            const QList<AssociationLabel> &labels);
    static QString apiDetails(const PortalSession &session, const ObjectTypePair &pair,
                              const QList<AssociationLabel> &labels);

    // `word` as one word of a POSIX shell command line: as it is when that is safe, else in
    // single quotes.
    static QString shellQuoted(const QString &word);
};

} // namespace assoc::models
