// SPDX-License-Identifier: MIT
#include "Command.h"

#include "CliOptions.h"
#include "ObjectTypeResolver.h"
#include "OutputFormatter.h"
#include "api/HubSpotClient.h"

namespace assoc::cli {

Command::Command(CommandContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_resolver(new ObjectTypeResolver(context.client, this)) {}

Command::~Command() = default;

void Command::finish(ExitCode code) {
    if (m_finished)
        return;
    m_finished = true;
    emit finished(toInt(code));
}

void Command::failApi(const ApiError &error) {
    output()->apiError(error);
    finish(ExitCode::Failure);
}

void Command::failUsage(const QString &message, const QStringList &details) {
    output()->usageError(message, details);
    finish(ExitCode::Usage);
}

void Command::resolvePair(const QString &from, const QString &to,
                          std::function<void(const ObjectTypePair &)> next) {
    m_resolver->resolve({from, to}, [this, next](const ObjectTypeResolver::Outcome &outcome) {
        if (outcome.apiError) {
            failApi(*outcome.apiError);
            return;
        }
        if (!outcome.ok()) {
            QStringList details;
            if (!outcome.known.isEmpty()) {
                details.append(tr("Custom object types of this portal: %1")
                                   .arg(outcome.known.join(QStringLiteral(", "))));
            }
            details.append(tr("Standard types are named like contacts, companies, deals, "
                              "tickets; any type can be given by id (0-1, 2-1234567)."));
            failUsage(tr("Unknown object type \"%1\".").arg(outcome.unknown), details);
            return;
        }
        m_resolved = outcome.types;
        next(ObjectTypePair{outcome.types.at(0).id, outcome.types.at(1).id});
    });
}

QString Command::typeName(const QString &id) const {
    for (const ObjectType &t : m_resolved) {
        if (t.id == id && !t.pluralLabel.isEmpty())
            return t.displayName();
    }
    if (auto standard = StandardObjectTypes::find(id))
        return standard->displayName();
    return id;
}

QString Command::describe(const ObjectTypePair &pair) const {
    return typeName(pair.fromId) + QStringLiteral(" → ") + typeName(pair.toId);
}

std::optional<int> Command::parsePositive(const QString &text) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

std::optional<AssociationLabel> Command::pickLabel(const QList<AssociationLabel> &labels,
                                                   int typeId, const ObjectTypePair &pair,
                                                   const std::optional<QString> &category) {
    QList<AssociationLabel> matches;
    for (const AssociationLabel &l : labels) {
        if (l.typeId == typeId && (!category || l.category.apiName() == *category))
            matches.append(l);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        failUsage(category ? tr("%1 has no association type %2 in category %3.")
                                 .arg(describe(pair))
                                 .arg(typeId)
                                 .arg(*category)
                           : tr("%1 has no association type %2.").arg(describe(pair)).arg(typeId),
                  {tr("List them with: assocctl labels %1 %2").arg(pair.fromId, pair.toId)});
        return std::nullopt;
    }
    QStringList categories;
    for (const AssociationLabel &l : matches)
        categories.append(l.category.apiName());
    failUsage(tr("typeId %1 exists in several categories on %2 (%3); choose one with --category.")
                  .arg(typeId)
                  .arg(describe(pair), categories.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<AssociationLabel> Command::pickEditableLabel(const QList<AssociationLabel> &labels,
                                                           int typeId, const ObjectTypePair &pair,
                                                           const QString &verb) {
    bool other = false;
    for (const AssociationLabel &l : labels) {
        if (l.typeId != typeId)
            continue;
        if (l.category.isUserEditable())
            return l;
        other = true;
    }
    if (other) {
        failUsage(tr("Association type %1 on %2 is not user-defined; only labels the portal's "
                     "admins made can be %3.")
                      .arg(typeId)
                      .arg(describe(pair), verb));
    } else {
        failUsage(tr("%1 has no user-defined label %2.").arg(describe(pair)).arg(typeId),
                  {tr("List them with: assocctl labels %1 %2").arg(pair.fromId, pair.toId),
                   tr("A label's other direction has its own typeId, listed under the reversed "
                      "pair.")});
    }
    return std::nullopt;
}

} // namespace assoc::cli
