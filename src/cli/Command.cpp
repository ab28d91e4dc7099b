// SPDX-License-Identifier: MIT
#include "Command.h"

#include "BatchReport.h"
#include "CliOptions.h"
#include "ObjectTypeResolver.h"
#include "OutputFormatter.h"
#include "api/ChangeWriter.h"
#include "api/HubSpotClient.h"
#include "core/ChangeCheck.h"

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
    finish(error.kind == ApiError::Kind::Conflict ? ExitCode::Conflict : ExitCode::Failure);
}

void Command::readPair(const ObjectTypePair &pair, std::function<void(const PortalSchema &)> next) {
    client()
        ->readPair(pair, Priority::UserAction)
        ->then(this, [this, next](const ApiResult<PortalSchema> &state) {
            if (!state)
                return failApi(state.error());
            next(state.value());
        });
}

PlanChange Command::change(const ObjectTypePair &pair, PlanChange::Kind kind, const LabelKey &key,
                           const PortalSchema &state) const {
    const auto portable = [this](const QString &id) {
        for (const ObjectType &t : m_resolved) {
            if (t.id == id)
                return t.portableName();
        }
        if (const auto standard = StandardObjectTypes::find(id))
            return standard->portableName();
        return id;
    };
    return ChangeCheck::changeTo(kind, pair, key, state, portable);
}

void Command::write(const ObjectTypePair &pair, const PlanChange &change,
                    std::function<void(const ChangeOutcome &)> next) {
    if (!m_writer) {
        m_writer = new ChangeWriter(client(), this);
        m_writer->setJournal(journal(), ChangeWriter::profileFor(client()->config().baseUrl));
    }
    m_writer->write(pair, change, {ChangeRecord::Origin::Cli, 0})
        ->then(this, [next](const ApiResult<ChangeOutcome> &r) {
            // The writer ends every write with an outcome; a cancelled call has none.
            ChangeOutcome o = r ? r.value() : ChangeOutcome{};
            if (!r) {
                o.status = ChangeOutcome::Status::Cancelled;
                o.error = r.error();
            }
            next(o);
        });
}

void Command::writeAll(const ObjectTypePair &pair, const QList<PlanChange> &changes,
                       const QList<AssociationLabel> &targets,
                       std::function<QString(const ChangeOutcome &)> success) {
    // One after another: deleting one direction of a label may delete the other one too.
    auto report = std::make_shared<BatchReport>();
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    *next = [this, pair, changes, targets, success, report,
             weak = std::weak_ptr<std::function<void(qsizetype)>>(next)](qsizetype i) {
        if (i == changes.size())
            return finish(report->print(output(), pair));
        write(pair, changes.at(i),
              [report, targets, success, i, self = weak.lock()](const ChangeOutcome &o) {
                  if (o.succeeded())
                      report->succeeded(targets.at(i), success(o));
                  else
                      report->failed(targets.at(i),
                                     o.error.value_or(ApiError::validation(o.detail)));
                  (*self)(i + 1);
              });
    };
    (*next)(0);
}

void Command::changeEach(const ObjectTypePair &pair, const PortalSchema &state,
                         const QList<int> &ids, PlanChange::Kind kind, const LabelPick &pick,
                         const std::function<void(PlanChange &)> &fill,
                         std::function<QString(const ChangeOutcome &)> success) {
    QList<PlanChange> changes;
    QList<AssociationLabel> targets;
    for (int id : ids) {
        const auto label = pick(state.pair(pair)->labels, id);
        if (!label)
            return;
        targets.append(*label);
        PlanChange one = change(pair, kind, label->key(), state);
        if (fill)
            fill(one);
        changes.append(one);
    }
    writeAll(pair, changes, targets, std::move(success));
}

void Command::changeEachId(const QString &badId, PlanChange::Kind kind, const PairLabelPick &pick,
                           std::function<QString(const ChangeOutcome &)> success) {
    const QStringList &args = options().arguments;
    QString bad;
    const std::optional<QList<int>> ids = parseIds(args.mid(2), &bad);
    if (!ids)
        return failUsage(badId.arg(bad));
    resolvePair(args.at(0), args.at(1), [=, this](const ObjectTypePair &pair) {
        readPair(pair, [=, this](const PortalSchema &state) {
            const auto pickOnPair = [&](const QList<AssociationLabel> &labels, int id) {
                return pick(labels, id, pair);
            };
            changeEach(pair, state, *ids, kind, pickOnPair, {}, success);
        });
    });
}

void Command::failOutcome(const ChangeOutcome &outcome) {
    failApi(outcome.error.value_or(ApiError::validation(outcome.detail)));
}

void Command::failUsage(const QString &message, const QStringList &details) {
    output()->usageError(message, details);
    finish(ExitCode::Usage);
}

void Command::warnUnavailable(const QList<UnavailableObjectType> &types) {
    if (!types.isEmpty())
        output()->note(tr("assocctl: warning: left out: %1").arg(describeUnavailable(types)));
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

std::optional<QList<int>> Command::parseIds(const QStringList &texts, QString *bad) {
    QList<int> ids;
    for (const QString &text : texts) {
        const std::optional<int> id = parsePositive(text);
        if (!id) {
            if (bad)
                *bad = text;
            return std::nullopt;
        }
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
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
