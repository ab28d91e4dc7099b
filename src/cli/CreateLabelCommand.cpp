// SPDX-License-Identifier: MIT
#include "CreateLabelCommand.h"

#include "CallJoin.h"
#include "ChangeRecorder.h"
#include "CliOptions.h"
#include "JsonView.h"
#include "OutputFormatter.h"
#include "SortedView.h"
#include "api/HubSpotClient.h"
#include "core/Validation.h"

#include <QJsonArray>
#include <algorithm>

namespace assoc::cli {

namespace {
bool containsKey(const QList<AssociationLabel> &labels, const LabelKey &key) {
    return std::any_of(labels.begin(), labels.end(),
                       [&key](const AssociationLabel &l) { return l.key() == key; });
}

// The created label of the direction FROM → TO, which undoing the creation deletes.
std::optional<LabelKey> forwardKey(const QList<AssociationLabel> &created,
                                   const ObjectTypePair &pair, const LabelCreateRequest &request,
                                   const QList<AssociationLabel> &forward,
                                   const QList<AssociationLabel> &reverse) {
    for (const AssociationLabel &l : created) {
        const auto d = CreateLabelCommand::directionOf(l, pair, request, forward, reverse);
        if (d == CreateLabelCommand::Direction::Forward || d == CreateLabelCommand::Direction::Both)
            return l.key();
    }
    return std::nullopt;
}

QString directionId(CreateLabelCommand::Direction d) {
    switch (d) {
    case CreateLabelCommand::Direction::Forward:
        return QStringLiteral("forward");
    case CreateLabelCommand::Direction::Reverse:
        return QStringLiteral("reverse");
    case CreateLabelCommand::Direction::Both:
        return QStringLiteral("both");
    case CreateLabelCommand::Direction::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
} // namespace

LabelCreateRequest CreateLabelCommand::request() const {
    LabelCreateRequest r;
    r.label = options().label.value_or(QString());
    r.inverseLabel = options().inverseLabel;
    r.name = options().name ? *options().name
                            : Validation::suggestName(r.label, r.inverseLabel.value_or(QString()));
    return r;
}

CreateLabelCommand::Direction CreateLabelCommand::directionOf(
    const AssociationLabel &created, const ObjectTypePair &pair, const LabelCreateRequest &request,
    const QList<AssociationLabel> &forward, const QList<AssociationLabel> &reverse) {
    if (!pair.isSameObject()) {
        const bool inForward = containsKey(forward, created.key());
        const bool inReverse = containsKey(reverse, created.key());
        if (inForward != inReverse)
            return inForward ? Direction::Forward : Direction::Reverse;
        return Direction::Unknown;
    }
    if (!containsKey(forward, created.key()))
        return Direction::Unknown;
    if (!request.isPaired())
        return Direction::Both;
    const QString text = created.label.value_or(QString());
    if (text == request.label)
        return Direction::Forward;
    if (text == *request.inverseLabel)
        return Direction::Reverse;
    return Direction::Unknown;
}

void CreateLabelCommand::start() {
    const LabelCreateRequest req = request();
    // What can be checked without HubSpot is checked before anything is sent.
    const QList<ValidationIssue> issues = Validation::checkCreate(req);
    if (!issues.isEmpty()) {
        output()->validationError(tr("The label cannot be created as given:"), issues);
        finish(ExitCode::Usage);
        return;
    }
    const QStringList &args = options().arguments;
    resolvePair(args.at(0), args.at(1), [this](const ObjectTypePair &pair) {
        client()
            ->listLabels(pair, Priority::UserAction)
            ->then(this, [this, pair](const ApiResult<QList<AssociationLabel>> &existing) {
                if (!existing) {
                    failApi(existing.error());
                    return;
                }
                const QList<ValidationIssue> problems =
                    Validation::checkCreate(request(), existing.value());
                if (!problems.isEmpty()) {
                    output()->validationError(
                        tr("The label cannot be created on %1:").arg(describe(pair)), problems);
                    finish(ExitCode::Usage);
                    return;
                }
                create(pair);
            });
    });
}

void CreateLabelCommand::create(const ObjectTypePair &pair) {
    // Recorded once the created typeIds are known, or the creation failed.
    const auto recordAs = [this, pair](std::optional<LabelKey> key,
                                       const std::optional<ApiError> &error,
                                       std::function<void()> next) {
        auto *recorder = new ChangeRecorder(journal(), client(), this);
        ChangeRecord entry = recorder->entry(pair, PlanChange::Kind::CreateLabel, resolvedTypes());
        const LabelCreateRequest req = request();
        entry.change.name = req.name;
        entry.change.labelText = req.label;
        if (req.isPaired())
            entry.change.inverseLabel = req.inverseLabel;
        entry.change.targetKey = key.value_or(LabelKey{AssociationCategory::UserDefined, 0});
        recorder->record(entry, error, std::move(next));
    };
    client()
        ->createLabel(pair, request())
        ->then(this, [this, pair, recordAs](const ApiResult<QList<AssociationLabel>> &created) {
            if (!created) {
                const ApiError error = created.error();
                recordAs(std::nullopt, error, [this, error] { failApi(error); });
                return;
            }
            const QList<AssociationLabel> labels = created.value();
            if (pair.isSameObject()) {
                client()
                    ->listLabels(pair, Priority::UserAction)
                    ->then(this, [this, pair, labels,
                                  recordAs](const ApiResult<QList<AssociationLabel>> &r) {
                        if (!r) {
                            const ApiError error = r.error();
                            recordAs(std::nullopt, std::nullopt,
                                     [this, labels, error] { readBackFailed(labels, error); });
                            return;
                        }
                        report(pair, labels, r.value(), r.value());
                        recordAs(forwardKey(labels, pair, request(), r.value(), r.value()),
                                 std::nullopt, [this] { finish(ExitCode::Success); });
                    });
                return;
            }
            CallJoin::both(
                client()->listLabels(pair, Priority::UserAction),
                client()->listLabels(pair.reversed(), Priority::UserAction), this,
                [this, pair, labels, recordAs](const ApiResult<QList<AssociationLabel>> &forward,
                                               const ApiResult<QList<AssociationLabel>> &reverse) {
                    if (!forward || !reverse) {
                        const ApiError error = !forward ? forward.error() : reverse.error();
                        recordAs(std::nullopt, std::nullopt,
                                 [this, labels, error] { readBackFailed(labels, error); });
                        return;
                    }
                    report(pair, labels, forward.value(), reverse.value());
                    recordAs(forwardKey(labels, pair, request(), forward.value(), reverse.value()),
                             std::nullopt, [this] { finish(ExitCode::Success); });
                });
        });
}

void CreateLabelCommand::readBackFailed(const QList<AssociationLabel> &created,
                                        const ApiError &error) {
    QStringList ids;
    for (const AssociationLabel &l : created)
        ids.append(QString::number(l.typeId));
    output()->note(tr("assocctl: the label was created (typeIds %1), but reading it back failed, "
                      "so which id belongs to which direction is not known. Do not create it "
                      "again; list the labels of both directions instead.")
                       .arg(ids.join(QStringLiteral(", "))));
    failApi(error);
}

void CreateLabelCommand::report(const ObjectTypePair &pair, const QList<AssociationLabel> &created,
                                const QList<AssociationLabel> &forward,
                                const QList<AssociationLabel> &reverse) {
    const LabelCreateRequest req = request();
    TextTable table(
        {tr("DIRECTION"), tr("FROM"), tr("TO"), tr("TYPE ID"), tr("CATEGORY"), tr("LABEL")});
    table.setAlignment(3, TextTable::Align::Right);
    QJsonArray list;
    // Forward first, then reverse: the order of HubSpot's answer means nothing.
    const auto ordered =
        SortedView::of(created, [&](const AssociationLabel &a, const AssociationLabel &b) {
            return int(directionOf(a, pair, req, forward, reverse)) <
                   int(directionOf(b, pair, req, forward, reverse));
        });
    for (const AssociationLabel *item : ordered) {
        const AssociationLabel &l = *item;
        const Direction d = directionOf(l, pair, req, forward, reverse);
        const ObjectTypePair directed = d == Direction::Reverse ? pair.reversed() : pair;
        const bool known = d != Direction::Unknown;
        table.addRow({directionId(d), known ? typeName(directed.fromId) : QStringLiteral("?"),
                      known ? typeName(directed.toId) : QStringLiteral("?"),
                      QString::number(l.typeId), l.category.apiName(), l.displayText()});
        QJsonObject o = JsonView::label(l, std::nullopt);
        o.remove(QStringLiteral("limit"));
        o.insert(QStringLiteral("direction"), directionId(d));
        o.insert(QStringLiteral("fromObjectTypeId"),
                 known ? QJsonValue(directed.fromId) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("toObjectTypeId"),
                 known ? QJsonValue(directed.toId) : QJsonValue(QJsonValue::Null));
        list.append(o);
    }
    QJsonObject json = JsonView::pair(pair);
    json.insert(QStringLiteral("name"), req.name);
    json.insert(QStringLiteral("created"), list);
    output()->result(table, json);
}

} // namespace assoc::cli
