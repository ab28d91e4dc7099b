// SPDX-License-Identifier: MIT
#include "ChangeRecorder.h"

#include "CallJoin.h"

namespace assoc::cli {

ChangeRecorder::ChangeRecorder(ChangeJournal *journal, HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client) {}

QString ChangeRecorder::profileFor(const QUrl &baseUrl) {
    return baseUrl
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString();
}

ChangeRecord ChangeRecorder::entry(const ObjectTypePair &pair, PlanChange::Kind kind,
                                   const QList<ObjectType> &types) const {
    const auto portable = [&types](const QString &id) {
        for (const ObjectType &t : types) {
            if (t.id == id)
                return t.portableName();
        }
        if (const auto standard = StandardObjectTypes::find(id))
            return standard->portableName();
        return id;
    };
    ChangeRecord r;
    r.origin = ChangeRecord::Origin::Cli;
    r.profile = profileFor(m_client->config().baseUrl);
    r.pair = pair;
    r.change.kind = kind;
    r.change.fromType = portable(pair.fromId);
    r.change.toType = portable(pair.toId);
    return r;
}

void ChangeRecorder::readPair(const ObjectTypePair &pair,
                              std::function<void(const PortalSchema &)> next) {
    if (!m_journal) {
        next(PortalSchema());
        return;
    }
    const QList<ObjectTypePair> pairs = pair.isSameObject()
                                            ? QList<ObjectTypePair>{pair}
                                            : QList<ObjectTypePair>{pair, pair.reversed()};
    // Labels, then limits: a Call must be joined before it can end, so each batch is started
    // where it is awaited.
    QList<Call<QList<AssociationLabel>> *> labelCalls;
    for (const ObjectTypePair &p : pairs)
        labelCalls.append(m_client->listLabels(p, Priority::UserAction));
    CallJoin::all(
        labelCalls, this,
        [this, pairs, next](const QList<ApiResult<QList<AssociationLabel>>> &labels) {
            QList<Call<QList<AssociationLimit>> *> limitCalls;
            for (const ObjectTypePair &p : pairs)
                limitCalls.append(m_client->listLimits(p, Priority::UserAction));
            CallJoin::all(
                limitCalls, this,
                [pairs, labels, next](const QList<ApiResult<QList<AssociationLimit>>> &limits) {
                    PortalSchema schema;
                    for (qsizetype i = 0; i < pairs.size(); ++i) {
                        PairSchema p{pairs[i], {}, {}};
                        if (labels[i])
                            p.labels = labels[i].value();
                        if (limits[i]) {
                            for (const AssociationLimit &l : limits[i].value()) {
                                if (l.hasLimit())
                                    p.limits.append(l);
                            }
                        }
                        schema.pairs.insert(pairs[i], p);
                    }
                    next(schema);
                });
        });
}

void ChangeRecorder::fillBefore(const PortalSchema &schema, const ObjectTypePair &pair,
                                const LabelKey &key, PlanChange &change) {
    const auto textOf = [&schema](const ObjectTypePair &p, const LabelKey &k) {
        const PairSchema *s = schema.pair(p);
        const AssociationLabel *l = s ? s->label(k) : nullptr;
        return l ? l->label.value_or(QString()) : QString();
    };
    change.labelBefore = textOf(pair, key);
    if (const PairSchema *forward = schema.pair(pair))
        change.limitBefore = forward->limitFor(key);
    if (const auto inverse = schema.inverseOf(pair, key)) {
        change.inverseLabelBefore = textOf(pair.reversed(), *inverse);
        if (const PairSchema *reverse = schema.pair(pair.reversed()))
            change.inverseLimitBefore = reverse->limitFor(*inverse);
    }
}

void ChangeRecorder::record(const ChangeRecord &entry, const std::optional<ApiError> &error,
                            std::function<void()> next) {
    record(QList<std::pair<ChangeRecord, std::optional<ApiError>>>{{entry, error}},
           std::move(next));
}

void ChangeRecorder::record(const QList<std::pair<ChangeRecord, std::optional<ApiError>>> &entries,
                            std::function<void()> next) {
    if (!m_journal || entries.isEmpty()) {
        next();
        return;
    }
    auto write = [this, entries, next] {
        for (const auto &[e, error] : entries) {
            ChangeRecord r = e;
            r.portalId = m_portalId.value_or(0);
            r.when = QDateTime::currentDateTimeUtc();
            if (error) {
                r.outcome = error->kind == ApiError::Kind::Canceled
                                ? ChangeRecord::Outcome::Cancelled
                                : ChangeRecord::Outcome::Failed;
                r.message = error->message;
                r.correlationId = error->correlationId;
            }
            m_journal->record(r);
        }
        next();
    };
    if (m_portalId) {
        write();
        return;
    }
    // A portal that does not say its id is still recorded, as portal 0.
    m_client->accountInfo(Priority::UserAction)
        ->then(this, [this, write](const ApiResult<PortalInfo> &info) {
            m_portalId = info ? info.value().portalId : 0;
            write();
        });
}

} // namespace assoc::cli
