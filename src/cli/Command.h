// SPDX-License-Identifier: MIT
#pragma once

#include "CommandContext.h"
#include "ExitCode.h"
#include "api/ApiError.h"
#include "api/ChangeOutcome.h"
#include "core/AssociationLabel.h"
#include "core/ObjectType.h"
#include "core/ObjectTypePair.h"
#include "core/PortalSchema.h"
#include "core/SchemaPlan.h"
#include "core/UnavailableObjectType.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace assoc {
class ChangeWriter;
}

namespace assoc::cli {

class ObjectTypeResolver;

// One run of one command. start() begins the work inside the application's event loop; the
// command ends exactly once by emitting finished() with the exit code. All waiting is done
// through the client's Call objects, never in a nested event loop.
class Command : public QObject {
    Q_OBJECT
public:
    explicit Command(CommandContext context, QObject *parent = nullptr);
    ~Command() override;

    virtual void start() = 0;
    bool isFinished() const { return m_finished; }

signals:
    void finished(int exitCode);

protected:
    void finish(ExitCode code);
    void failApi(const ApiError &error);
    void failUsage(const QString &message, const QStringList &details = {});
    // One warning line on stderr naming the chosen object types that could not be read.
    void warnUnavailable(const QList<UnavailableObjectType> &types);

    // Resolves FROM and TO, then calls `next` with the pair; on failure ends the command.
    void resolvePair(const QString &from, const QString &to,
                     std::function<void(const ObjectTypePair &pair)> next);
    // "Contacts → Companies" for messages.
    QString describe(const ObjectTypePair &pair) const;
    QString typeName(const QString &id) const;

    // A positive integer typed by the user, e.g. a typeId.
    static std::optional<int> parsePositive(const QString &text);
    // Positive typeIds in the order given, without repeats; nullopt names the first bad one.
    static std::optional<QList<int>> parseIds(const QStringList &texts, QString *bad);
    // The label of `typeId` on a pair, of `category` if given. Ends the command with a usage
    // error (and returns nullopt) when there is none or the id is ambiguous.
    std::optional<AssociationLabel> pickLabel(const QList<AssociationLabel> &labels, int typeId,
                                              const ObjectTypePair &pair,
                                              const std::optional<QString> &category);
    // Only labels the portal's admins made can be renamed or deleted.
    std::optional<AssociationLabel> pickEditableLabel(const QList<AssociationLabel> &labels,
                                                      int typeId, const ObjectTypePair &pair,
                                                      const QString &verb);

    // Reads `pair` in both directions (labels and limits), then calls `next`; on failure ends
    // the command.
    void readPair(const ObjectTypePair &pair, std::function<void(const PortalSchema &)> next);
    // A change of `kind` to `key` on `pair` as the portal holds it in `state` (its
    // before-fields filled), its object types named portably. The caller adds the "after".
    PlanChange change(const ObjectTypePair &pair, PlanChange::Kind kind, const LabelKey &key,
                      const PortalSchema &state) const;
    // Makes `change` through the one write path (recorded in the change history as
    // assocctl's), then calls `next` with its outcome.
    void write(const ObjectTypePair &pair, const PlanChange &change,
               std::function<void(const ChangeOutcome &)> next);
    // Ends the command for an outcome that is not a success: Conflict exits 5, Failed 1.
    void failOutcome(const ChangeOutcome &outcome);
    // Makes `changes` one after another (changes[i] is about targets[i]), then prints one line
    // per item and ends with the batch's exit code; `success` words a succeeded outcome.
    void writeAll(const ObjectTypePair &pair, const QList<PlanChange> &changes,
                  const QList<AssociationLabel> &targets,
                  std::function<QString(const ChangeOutcome &)> success);
    // Finds the label `pick` chooses for each of `ids` in `pair`'s labels (pick ends the command
    // when there is none, and nothing is written), makes a change of `kind` to each, `fill`
    // adding its "after", then writes them all with writeAll().
    using LabelPick =
        std::function<std::optional<AssociationLabel>(const QList<AssociationLabel> &, int id)>;
    void changeEach(const ObjectTypePair &pair, const PortalSchema &state, const QList<int> &ids,
                    PlanChange::Kind kind, const LabelPick &pick,
                    const std::function<void(PlanChange &)> &fill,
                    std::function<QString(const ChangeOutcome &)> success);
    // `FROM TO ID [ID...]`: changeEach() on the labels the IDs name, once the pair is read;
    // `badId` words the usage error for an ID that is not a positive number (%1).
    using PairLabelPick = std::function<std::optional<AssociationLabel>(
        const QList<AssociationLabel> &, int id, const ObjectTypePair &)>;
    void changeEachId(const QString &badId, PlanChange::Kind kind, const PairLabelPick &pick,
                      std::function<QString(const ChangeOutcome &)> success);

    HubSpotClient *client() const { return m_context.client; }
    OutputFormatter *output() const { return m_context.output; }
    const CliOptions &options() const { return *m_context.options; }
    ChangeJournal *journal() const { return m_context.journal; }
    // The object types resolvePair() found, for their portable names.
    const QList<ObjectType> &resolvedTypes() const { return m_resolved; }

private:
    CommandContext m_context;
    ObjectTypeResolver *m_resolver;
    ChangeWriter *m_writer = nullptr;
    QList<ObjectType> m_resolved;
    bool m_finished = false;
};

} // namespace assoc::cli
