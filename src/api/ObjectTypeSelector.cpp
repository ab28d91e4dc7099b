// SPDX-License-Identifier: MIT
#include "ObjectTypeSelector.h"

#include "core/MentionedObjectTypes.h"

#include <memory>

namespace assoc {

namespace {
struct SelectState {
    ObjectTypeChoice choice;
    QList<ObjectType> custom;
    QList<LabelUsage> usage;
    ObjectTypeSelection result;
    QList<ObjectType> chosen;
    QSet<QString> unavailableIds;
    int pending = 0;
    bool ended = false;
    QList<QPointer<ApiCall>> calls;

    void cancelCalls() {
        for (const QPointer<ApiCall> &c : std::as_const(calls)) {
            if (c)
                c->cancel();
        }
    }
};

// Whether a failed read of a type on itself says the type cannot be read, rather than that
// reading failed.
std::optional<UnavailableObjectType::Reason> unavailability(const ApiError &e) {
    if (e.kind != ApiError::Kind::Http)
        return std::nullopt;
    if (e.httpStatus == 400)
        return UnavailableObjectType::Reason::NotInPortal;
    if (e.httpStatus == 403)
        return UnavailableObjectType::Reason::NotPermitted;
    return std::nullopt;
}

void stop(const std::shared_ptr<SelectState> &state, Call<ObjectTypeSelection> *outer,
          const ApiError &error) {
    state->ended = true;
    state->cancelCalls();
    outer->fail(error);
}

void finish(const std::shared_ptr<SelectState> &state, HubSpotClient *client,
            Call<ObjectTypeSelection> *outer) {
    state->ended = true;
    client->rememberObjectTypes(state->chosen);
    for (const ObjectType &t : std::as_const(state->chosen)) {
        if (!state->unavailableIds.contains(t.id))
            state->result.types.append(t);
    }
    outer->resolve(state->result);
}

void probe(const std::shared_ptr<SelectState> &state, HubSpotClient *client, Priority priority,
           Call<ObjectTypeSelection> *outer) {
    const QSet<QString> mentioned = MentionedObjectTypes::from(
        state->usage, state->result.allLimits.value_or(QList<AssociationLimit>()));
    state->chosen = state->choice.select(state->custom, mentioned);
    for (const QString &entry : state->choice.unmatchedEntries(state->custom)) {
        UnavailableObjectType u;
        u.type.id = entry;
        u.type.name = entry;
        u.reason = UnavailableObjectType::Reason::UnknownName;
        state->result.unavailable.append(u);
    }
    // A type a portal-wide listing names is one the portal has and answers for (the fake, like
    // the notes, leaves out what cannot be read): only the others are asked about, so Auto's
    // overview needs no round trip beyond the listings.
    QList<ObjectType> toProbe;
    for (const ObjectType &t : std::as_const(state->chosen)) {
        if (!t.custom && !ObjectTypeChoice::isCoreType(t.id) && !mentioned.contains(t.id))
            toProbe.append(t);
    }
    if (toProbe.isEmpty()) {
        finish(state, client, outer);
        return;
    }
    state->pending = int(toProbe.size());
    for (const ObjectType &t : std::as_const(toProbe)) {
        auto *read = client->listLabels({t.id, t.id}, priority);
        state->calls.append(read);
        read->then(outer, [state, client, outer, t](const ApiResult<QList<AssociationLabel>> &r) {
            if (state->ended)
                return;
            if (!r && r.error().kind == ApiError::Kind::Canceled)
                return stop(state, outer, r.error());
            // Only HubSpot's "no such type" or "not permitted" settles it; after any other
            // failure the type stays, and reading its pairs reports what goes wrong there.
            if (const auto reason = r ? std::nullopt : unavailability(r.error())) {
                UnavailableObjectType u;
                u.type = t;
                u.reason = *reason;
                u.hubSpotMessage = r.error().message;
                u.correlationId = r.error().correlationId;
                u.missingScopes = r.error().missingScopes;
                state->result.unavailable.append(u);
                state->unavailableIds.insert(t.id);
            }
            if (--state->pending == 0)
                finish(state, client, outer);
        });
    }
}
} // namespace

Call<ObjectTypeSelection> *ObjectTypeSelector::start(HubSpotClient *client, Priority priority) {
    auto *outer = new Call<ObjectTypeSelection>(client);
    auto state = std::make_shared<SelectState>();
    state->choice = client->config().objectTypes;
    outer->setCancelHandler([state] {
        state->ended = true;
        state->cancelCalls();
    });
    auto listed = [state, client, priority, outer] {
        if (--state->pending == 0 && !state->ended)
            probe(state, client, priority, outer);
    };

    state->pending = state->choice.usesMentionedTypes() ? 3 : 1;
    auto *custom = client->listCustomObjectTypes(priority);
    state->calls.append(custom);
    custom->then(outer, [state, outer, listed](const ApiResult<QList<ObjectType>> &r) {
        if (state->ended)
            return;
        if (!r)
            return stop(state, outer, r.error());
        state->custom = r.value();
        listed();
    });
    if (!state->choice.usesMentionedTypes())
        return outer;

    // The listings only widen the choice: when one cannot be read, Auto chooses from the other.
    // Only a cancel ends the selection.
    const auto widening = [state, outer, listed](auto keep) {
        return [state, outer, listed, keep](const auto &r) {
            if (state->ended)
                return;
            if (!r && r.error().kind == ApiError::Kind::Canceled)
                return stop(state, outer, r.error());
            if (r)
                keep(r.value());
            listed();
        };
    };
    auto *usage = client->labelUsage({}, priority);
    state->calls.append(usage);
    usage->then(outer, widening([state](const QList<LabelUsage> &value) {
                    state->usage = value;
                    state->result.usage = value;
                }));
    auto *limits = client->listAllLimits(priority);
    state->calls.append(limits);
    limits->then(outer, widening([state](const QList<AssociationLimit> &value) {
                     state->result.allLimits = value;
                 }));
    return outer;
}

} // namespace assoc
