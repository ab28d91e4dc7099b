// SPDX-License-Identifier: MIT
#include "CommandCatalog.h"

#include "ApplyCommand.h"
#include "CompletionCommand.h"
#include "CreateLabelCommand.h"
#include "DeleteLabelCommand.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "LabelsCommand.h"
#include "LimitsCommand.h"
#include "RemoveLimitCommand.h"
#include "RenameLabelCommand.h"
#include "ScopesCommand.h"
#include "SetLimitCommand.h"
#include "TypesCommand.h"
#include "UsageCommand.h"

#include <QCoreApplication>

namespace assoc::cli {

namespace {
// lupdate files these strings under "CommandCatalog" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(CommandCatalog)
};

QList<CommandSpec> makeCatalog() {
    const QString name = QStringLiteral("name");
    const QString label = QStringLiteral("label");
    const QString inverse = QStringLiteral("inverse-label");
    const QString category = QStringLiteral("category");
    return {
        {QStringLiteral("types"),
         QStringLiteral("types [--objects TYPES]"),
         Texts::tr("The object types --objects chooses (id, name, labels), and those the "
                   "portal does not have or the token may not read."),
         {0},
         false,
         {QStringLiteral("objects")},
         {}},
        {QStringLiteral("labels"),
         QStringLiteral("labels FROM TO"),
         Texts::tr("Association types of FROM → TO with category, label and limit."),
         {2},
         false,
         {},
         {}},
        {QStringLiteral("create-label"),
         QStringLiteral("create-label FROM TO --label L [--inverse-label I] [--name N]"),
         Texts::tr("Create a single label, or a paired one with --inverse-label; prints each "
                   "direction's typeId. --name defaults to one made from the labels."),
         {2},
         false,
         {name, label, inverse},
         {label}},
        {QStringLiteral("rename-label"),
         QStringLiteral("rename-label FROM TO ID --label L [--inverse-label I]"),
         Texts::tr("Rename a user-defined label (and its other direction with --inverse-label)."),
         {3},
         false,
         {label, inverse},
         {label}},
        {QStringLiteral("delete-label"),
         QStringLiteral("delete-label FROM TO ID [ID...]"),
         Texts::tr("Delete user-defined labels of FROM → TO."),
         {3},
         true,
         {},
         {}},
        {QStringLiteral("limits"),
         QStringLiteral("limits [FROM TO]"),
         Texts::tr("Every configured limit of the portal, or those of FROM → TO."),
         {0, 2},
         false,
         {},
         {}},
        {QStringLiteral("set-limit"),
         QStringLiteral("set-limit FROM TO ID N | set-limit FROM TO ID [ID...] --max N "
                        "[--category C]"),
         Texts::tr(
             "Let one FROM record have at most N TO records of type ID (1-10000); with --max, "
             "every ID given gets that limit, one after another. The category defaults to the "
             "type's category on the pair."),
         {3, 4},
         true,
         {category, QStringLiteral("max")},
         {}},
        {QStringLiteral("remove-limit"),
         QStringLiteral("remove-limit FROM TO ID [ID...] [--category C]"),
         Texts::tr("Remove limits, back to the subscription's default."),
         {3},
         true,
         {category},
         {}},
        {QStringLiteral("export"),
         QStringLiteral("export [-o FILE] [--objects TYPES]"),
         Texts::tr("The whole portal as a schema document (JSON) on stdout or in FILE."),
         {0},
         false,
         {QStringLiteral("output"), QStringLiteral("objects")},
         {}},
        {QStringLiteral("diff"),
         QStringLiteral("diff SOURCE TARGET [--allow-deletes] [-o PLAN] [--objects TYPES]"),
         Texts::tr(
             "The changes that would make TARGET's labels and limits match SOURCE's; each is a "
             "schema export file or the word portal. -o writes them as a plan for apply. Exits "
             "4 when there are differences."),
         {2},
         false,
         {QStringLiteral("output"), QStringLiteral("allow-deletes"), QStringLiteral("objects")},
         {}},
        {QStringLiteral("apply"),
         QStringLiteral("apply --plan FILE [--dry-run] [--allow-deletes] [--for-portal ID] "
                        "[--objects TYPES]"),
         Texts::tr("Apply a plan from diff to the portal it was made for, skipping what is "
                   "already in place; --dry-run only shows what would be done. A change whose "
                   "label or limit changed since the plan was made is not applied (exit 5). A "
                   "plan with deletions also needs --allow-deletes; a plan that names no portal "
                   "needs --for-portal."),
         {0},
         false,
         {QStringLiteral("plan"), QStringLiteral("dry-run"), QStringLiteral("allow-deletes"),
          QStringLiteral("for-portal"), QStringLiteral("objects")},
         {QStringLiteral("plan")}},
        {QStringLiteral("usage"),
         QStringLiteral("usage [FROM TO] [--objects TYPES]"),
         Texts::tr("Labels used per pair against the portal's maximum; with --objects only "
                   "the pairs of those types."),
         {0, 2},
         false,
         {QStringLiteral("objects")},
         {}},
        {QStringLiteral("scopes"),
         QStringLiteral("scopes"),
         Texts::tr("The scopes a private app needs for assocctl, for looking only or for "
                   "changing labels and limits too, and where to set them in HubSpot. Needs no "
                   "portal."),
         {0},
         false,
         {},
         {}},
        {QStringLiteral("completion"),
         QStringLiteral("completion SHELL"),
         Texts::tr("The completion script for SHELL (bash, zsh or fish) on stdout; the packages "
                   "install them."),
         {1},
         false,
         {},
         {},
         true},
    };
}
} // namespace

const QList<CommandSpec> &CommandCatalog::all() {
    static const QList<CommandSpec> catalog = makeCatalog();
    return catalog;
}

const CommandSpec *CommandCatalog::find(const QString &name) {
    for (const CommandSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

Command *CommandCatalog::create(const QString &name, CommandContext context, QObject *parent) {
    if (name == QLatin1String("types"))
        return new TypesCommand(context, parent);
    if (name == QLatin1String("labels"))
        return new LabelsCommand(context, parent);
    if (name == QLatin1String("create-label"))
        return new CreateLabelCommand(context, parent);
    if (name == QLatin1String("rename-label"))
        return new RenameLabelCommand(context, parent);
    if (name == QLatin1String("delete-label"))
        return new DeleteLabelCommand(context, parent);
    if (name == QLatin1String("limits"))
        return new LimitsCommand(context, parent);
    if (name == QLatin1String("set-limit"))
        return new SetLimitCommand(context, parent);
    if (name == QLatin1String("remove-limit"))
        return new RemoveLimitCommand(context, parent);
    if (name == QLatin1String("export"))
        return new ExportCommand(context, parent);
    if (name == QLatin1String("usage"))
        return new UsageCommand(context, parent);
    if (name == QLatin1String("diff"))
        return new DiffCommand(context, parent);
    if (name == QLatin1String("apply"))
        return new ApplyCommand(context, parent);
    if (name == QLatin1String("scopes"))
        return new ScopesCommand(context, parent);
    if (name == QLatin1String("completion"))
        return new CompletionCommand(context, parent);
    return nullptr;
}

} // namespace assoc::cli
