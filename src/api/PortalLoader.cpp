// SPDX-License-Identifier: MIT
#include "PortalLoader.h"

#include <QCoreApplication>
#include <memory>

namespace assoc {

namespace {
// State shared by the requests of one load.
struct LoadState {
    PortalSchema schema;
    QList<AssociationLimit> allLimits;
    int pending = 0;
    int done = 0;
    int total = 0;
    bool failed = false;
    QList<QPointer<ApiCall>> calls;
};
} // namespace

PortalLoader::PortalLoader(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

Call<PortalSchema> *PortalLoader::load(Priority priority) {
    auto *outer = new Call<PortalSchema>(this);
    auto state = std::make_shared<LoadState>();
    auto track = [state](ApiCall *call) { state->calls.append(call); };
    outer->setCancelHandler([state] {
        state->failed = true;
        for (const auto &c : std::as_const(state->calls)) {
            if (c)
                c->cancel();
        }
    });
    auto fail = [state, outer](const ApiError &error) {
        if (state->failed)
            return;
        state->failed = true;
        for (const auto &c : std::as_const(state->calls)) {
            if (c)
                c->cancel();
        }
        outer->fail(error);
    };

    // Limits come from the one "all" call; each is placed on its pair through the labels,
    // since (category, typeId) names one direction of one pair in a portal. The listing covers
    // the whole portal, so a limit of a pair outside the chosen types matches none and stays out.
    auto finish = [state, outer, fail] {
        QHash<LabelKey, QList<ObjectTypePair>> pairsOf;
        for (auto it = state->schema.pairs.cbegin(); it != state->schema.pairs.cend(); ++it) {
            for (const AssociationLabel &l : it->labels)
                pairsOf[l.key()].append(it.key());
        }
        for (const AssociationLimit &limit : std::as_const(state->allLimits)) {
            if (!limit.hasLimit())
                continue;
            const auto owners = pairsOf.value(limit.key());
            if (owners.isEmpty())
                continue;
            if (owners.size() > 1) {
                ApiError e;
                e.kind = ApiError::Kind::InvalidResponse;
                e.operation = QCoreApplication::translate("PortalLoader", "Loading the portal");
                e.message = QCoreApplication::translate(
                                "PortalLoader", "A limit on association type %1 (%2) matches %3 "
                                                "pairs; cannot tell where it belongs.")
                                .arg(limit.typeId)
                                .arg(limit.category.apiName())
                                .arg(owners.size());
                fail(e);
                return;
            }
            state->schema.pairs[owners.first()].limits.append(limit);
        }
        state->schema.takenAt = QDateTime::currentDateTimeUtc();
        outer->resolve(state->schema);
    };
    auto step = [state, outer, finish] {
        ++state->done;
        emit outer->progress(state->done, state->total);
        if (--state->pending == 0 && !state->failed)
            finish();
    };
    HubSpotClient *client = m_client;
    auto readAllLimits = [state, fail, step, client, priority, track, outer] {
        auto *limits = client->listAllLimits(priority);
        track(limits);
        limits->then(outer, [state, fail, step](const ApiResult<QList<AssociationLimit>> &r) {
            if (!r)
                return fail(r.error());
            state->allLimits = r.value();
            step();
        });
    };

    state->pending = 3; // account, object types (then their pairs), all limits
    state->total = 3;

    // Object types first: every pair's request waits for them. Choosing them may read every
    // limit on the way (Auto); otherwise the limits are read alongside.
    const bool limitsWithTypes = client->config().objectTypes.usesMentionedTypes();
    auto *types = client->selectObjectTypes(priority);
    track(types);
    types->then(outer, [state, fail, step, client, priority, outer, track, readAllLimits,
                        limitsWithTypes](const ApiResult<ObjectTypeSelection> &r) {
        if (!r)
            return fail(r.error());
        state->schema.objectTypes = r.value().types;
        state->schema.unavailableTypes = r.value().unavailable;
        if (limitsWithTypes) {
            if (r.value().allLimits) {
                state->allLimits = *r.value().allLimits;
                step();
            } else {
                readAllLimits();
            }
        }
        const QList<ObjectTypePair> pairs = state->schema.allPairs();
        state->pending += int(pairs.size());
        state->total += int(pairs.size());
        for (const ObjectTypePair &pair : pairs) {
            auto *labels = client->listLabels(pair, priority);
            track(labels);
            labels->then(outer,
                         [state, fail, step, pair](const ApiResult<QList<AssociationLabel>> &lr) {
                             if (!lr)
                                 return fail(lr.error());
                             if (!lr.value().isEmpty())
                                 state->schema.pairs.insert(pair, PairSchema{pair, lr.value(), {}});
                             step();
                         });
        }
        step();
    });
    auto *account = client->accountInfo(priority);
    track(account);
    account->then(outer, [state, fail, step](const ApiResult<PortalInfo> &r) {
        if (!r)
            return fail(r.error());
        state->schema.portal = r.value();
        step();
    });
    if (!limitsWithTypes)
        readAllLimits();

    return outer;
}

} // namespace assoc
