// SPDX-License-Identifier: MIT
#include "LabelCopyText.h"

#include "PortalSession.h"
#include "api/ApiVersion.h"
#include "api/HubSpotClient.h"
#include "core/ChangeCheck.h"
#include "core/JsonView.h"
#include "core/SchemaPlan.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace assoc::models {

namespace {
// One label as the session shows it: its limit, and its other direction with that one's limit.
struct Row {
    AssociationLabel label;
    std::optional<int> limit;
    ObjectTypePair reverse;
    std::optional<AssociationLabel> inverse;
    std::optional<int> inverseLimit;
};

Row rowOf(const PortalSchema &schema, const ObjectTypePair &pair, const AssociationLabel &label) {
    Row row{label, std::nullopt, pair.isSameObject() ? pair : pair.reversed(), std::nullopt,
            std::nullopt};
    if (const PairSchema *forward = schema.pair(pair))
        row.limit = forward->limitFor(label.key());
    const auto key = ChangeCheck::inverseOf(schema, pair, label.key());
    const PairSchema *reverse = schema.pair(row.reverse);
    if (const AssociationLabel *other = key && reverse ? reverse->label(*key) : nullptr) {
        row.inverse = *other;
        row.inverseLimit = reverse->limitFor(*key);
    }
    return row;
}

QString portableName(const PortalSchema &schema, const QString &typeId) {
    const ObjectType *type = schema.objectType(typeId);
    return type ? type->portableName() : typeId;
}

// Whether another label of the pair has the same typeId (in another category): assocctl then
// needs the category to know which one is meant.
bool typeIdIsShared(const PortalSchema &schema, const ObjectTypePair &pair,
                    const AssociationLabel &label) {
    const PairSchema *forward = schema.pair(pair);
    if (!forward)
        return false;
    return std::any_of(forward->labels.begin(), forward->labels.end(),
                       [&label](const AssociationLabel &l) {
                           return l.typeId == label.typeId && l.category != label.category;
                       });
}
} // namespace

QString LabelCopyText::shellQuoted(const QString &word) {
    static const QRegularExpression safe(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_@%+=:,./-]+")));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString LabelCopyText::typeIds(const QList<AssociationLabel> &labels) {
    QStringList ids;
    for (const AssociationLabel &l : labels)
        ids.append(QString::number(l.typeId));
    return ids.join(QLatin1Char('\n'));
}

QString LabelCopyText::json(const PortalSession &session, const ObjectTypePair &pair,
                            const QList<AssociationLabel> &labels) {
    QList<std::pair<AssociationLabel, std::optional<int>>> rows;
    for (const AssociationLabel &l : labels)
        rows.append({l, rowOf(session.schema(), pair, l).limit});
    return QString::fromUtf8(
        QJsonDocument(JsonView::pairLabels(pair, rows)).toJson(QJsonDocument::Indented));
}

QString LabelCopyText::commands(const PortalSession &session, const ObjectTypePair &pair,
                                const QList<AssociationLabel> &labels) {
    const PortalSchema &schema = session.schema();
    const QStringList base{QStringLiteral("assocctl"), portableName(schema, pair.fromId),
                           portableName(schema, pair.toId)};
    const auto line = [&base](const QString &command, const QStringList &words) {
        QStringList out{base.first(), command};
        out << base.mid(1) << words;
        for (QString &w : out)
            w = shellQuoted(w);
        return out.join(QLatin1Char(' '));
    };
    QStringList lines;
    for (const AssociationLabel &l : labels) {
        const Row row = rowOf(schema, pair, l);
        const bool userDefined = l.category.kind() == AssociationCategory::UserDefined;
        if (userDefined) {
            QStringList words{QStringLiteral("--label"), l.label.value_or(QString())};
            if (row.inverse && row.inverse->label != l.label)
                words << QStringLiteral("--inverse-label")
                      << row.inverse->label.value_or(QString());
            lines.append(line(QStringLiteral("create-label"), words));
        }
        if (row.limit) {
            QStringList words{QString::number(l.typeId), QString::number(*row.limit)};
            if (typeIdIsShared(schema, pair, l))
                words << QStringLiteral("--category") << l.category.apiName();
            lines.append(line(QStringLiteral("set-limit"), words));
        }
        if (!userDefined && !row.limit)
            lines.append(QStringLiteral("# ") +
                         tr("typeId %1 (%2, %3) has no limit; HubSpot defines it, so there is "
                            "nothing to create.")
                             .arg(l.typeId)
                             .arg(PlanChange::quotedLabel(l.label.value_or(QString())),
                                  l.category.apiName()));
    }
    return lines.join(QLatin1Char('\n'));
}

QString LabelCopyText::apiDetails(const PortalSession &session, const ObjectTypePair &pair,
                                  const QList<AssociationLabel> &labels) {
    const PortalSchema &schema = session.schema();
    const ClientConfig &config = session.client()->config();
    const ApiEndpoints &endpoints = session.client()->endpoints();
    // Only where requests go: never user info (or anything else) the base URL might carry.
    const QUrl baseUrl =
        config.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const auto url = [&baseUrl](const QString &path) {
        return ApiEndpoints::url(baseUrl, path).toString();
    };
    const auto endpoint = [](const QString &method, const QString &where, const QString &what) {
        return QStringLiteral("  %1 %2\n      %3").arg(method.leftJustified(6), where, what);
    };

    QStringList blocks;
    for (const AssociationLabel &l : labels) {
        const Row row = rowOf(schema, pair, l);
        QStringList lines;
        lines << tr("%1 — %2").arg(PlanChange::quotedLabel(l.label.value_or(QString())),
                                   session.pairName(pair));
        lines << QStringLiteral("associationCategory: %1").arg(l.category.apiName());
        lines << QStringLiteral("associationTypeId: %1").arg(l.typeId);
        lines << QStringLiteral("fromObjectTypeId: %1").arg(pair.fromId);
        lines << QStringLiteral("toObjectTypeId: %1").arg(pair.toId);
        if (row.inverse)
            lines << tr("Inverse: %1, associationTypeId %2 (%3)")
                         .arg(PlanChange::quotedLabel(row.inverse->label.value_or(QString())))
                         .arg(row.inverse->typeId)
                         .arg(session.pairName(row.reverse));
        else
            lines << tr("Inverse: none (the same type in both directions)");
        lines << tr("Limit: %1").arg(PlanChange::limitText(row.limit));
        lines << tr("Associate two records with this label: send %1")
                     .arg(
                         QStringLiteral("{\"associationCategory\":\"%1\",\"associationTypeId\":%2}")
                             .arg(l.category.apiName())
                             .arg(l.typeId));
        lines << tr("Endpoints (%1):").arg(ApiVersions::displayName(endpoints.version()));
        lines << endpoint(QStringLiteral("GET"), url(endpoints.labels(pair)),
                          tr("the labels of %1").arg(session.pairName(pair)));
        if (l.category.isUserEditable()) {
            lines << endpoint(
                QStringLiteral("PUT"), url(endpoints.labels(pair)),
                tr("rename it: {\"associationTypeId\":%1,\"label\":…}").arg(l.typeId));
            lines << endpoint(QStringLiteral("DELETE"), url(endpoints.label(pair, l.typeId)),
                              tr("delete it"));
        }
        lines << endpoint(QStringLiteral("GET"), url(endpoints.pairLimits(pair)),
                          tr("the limits of %1").arg(session.pairName(pair)));
        lines << endpoint(
            QStringLiteral("POST"),
            url(endpoints.batch(pair, row.limit ? BatchOperation::Update : BatchOperation::Create)),
            (row.limit ? tr("change its limit: {\"inputs\":[{\"category\":\"%1\",\"typeId\":%2,"
                            "\"maxToObjectIds\":…}]}")
                       : tr("set its limit: {\"inputs\":[{\"category\":\"%1\",\"typeId\":%2,"
                            "\"maxToObjectIds\":…}]}"))
                .arg(l.category.apiName())
                .arg(l.typeId));
        if (row.limit)
            lines << endpoint(QStringLiteral("POST"),
                              url(endpoints.batch(pair, BatchOperation::Purge)),
                              tr("remove its limit: {\"inputs\":[{\"category\":\"%1\","
                                 "\"typeId\":%2}]}")
                                  .arg(l.category.apiName())
                                  .arg(l.typeId));
        lines << endpoint(QStringLiteral("GET"), url(ApiEndpoints::recordLimits(pair)),
                          tr("records at or near their limits"));
        blocks.append(lines.join(QLatin1Char('\n')));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace assoc::models
