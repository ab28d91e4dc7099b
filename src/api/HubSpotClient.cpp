// SPDX-License-Identifier: MIT
// Over 450 lines on purpose: one short method per HubSpot endpoint the client calls, over one
// shared request/retry/parse path; the endpoints read best side by side.
#include "HubSpotClient.h"

#include "ConnectionNetwork.h"
#include "ObjectTypeSelector.h"
#include "ResponseCache.h"
#include "core/JsonMapping.h"
#include "core/LabelPairing.h"
#include "core/SchemaPlan.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace assoc {

namespace {
// lupdate files these strings under "HubSpotClient" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(HubSpotClient)
};

// A plain read of `path`: what every GET without a query has in common.
RequestSpec readOf(const QString &path, Priority priority, const QString &operation) {
    RequestSpec spec;
    spec.path = path;
    spec.priority = priority;
    spec.operation = operation;
    return spec;
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiError invalidResponse(const QString &operation, const RawResponse &response,
                         const ParseError &error) {
    ApiError e;
    e.kind = ApiError::Kind::InvalidResponse;
    e.operation = operation;
    e.httpStatus = response.status;
    e.correlationId = response.correlationId;
    e.message =
        Texts::tr("HubSpot's answer does not have the expected shape: %1").arg(error.toString());
    return e;
}

// Failures inside a 2xx batch answer (207, or 200 with errors in 2026-09) become one error.
std::optional<ApiError> batchFailure(const BatchResult &result, const QString &operation) {
    if (!result.hasErrors())
        return std::nullopt;
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.operation = operation;
    QStringList messages;
    for (const BatchItemError &item : result.errors) {
        messages.append(item.message);
        if (e.category.isEmpty())
            e.category = item.category;
        if (e.httpStatus == 0)
            e.httpStatus = item.status.toInt();
    }
    if (messages.isEmpty())
        messages.append(Texts::tr("HubSpot cancelled the batch without saying why."));
    e.message = messages.join(QStringLiteral("; "));
    return e;
}
} // namespace

HubSpotClient::HubSpotClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_endpoints(m_config.version)
    , m_network(new ConnectionNetwork(m_config.connection, this))
    , m_authenticator(Authenticator::create(m_config.credentials, m_network, m_config.baseUrl,
                                            m_config.connection.timeoutMs))
    , m_scheduler(std::make_unique<RequestScheduler>(m_network, m_config.baseUrl,
                                                     m_config.connection, m_authenticator.get())) {
    // Names for messages before the portal has answered; every standard type is named alike.
    for (const ObjectType &t : StandardObjectTypes::all())
        m_types.insert(t.id, t);
    if (m_config.connection.cacheResponses) {
        if (auto *cache = ResponseCache::open(m_config.cacheDirectory, m_network))
            m_network->setCache(cache);
    }
}

HubSpotClient::~HubSpotClient() {
    m_scheduler->cancelAll();
}

void HubSpotClient::cancelAll() {
    m_scheduler->cancelAll();
}

QString HubSpotClient::describe(const ObjectTypePair &pair) const {
    auto name = [this](const QString &id) {
        auto it = m_types.constFind(id);
        return it == m_types.constEnd() ? id : it->displayName();
    };
    return name(pair.fromId) + QStringLiteral(" → ") + name(pair.toId);
}

void HubSpotClient::rememberObjectTypes(const QList<ObjectType> &types) {
    for (const ObjectType &t : types)
        m_types.insert(t.id, t);
}

template <typename T, typename Parse>
Call<T> *HubSpotClient::request(RequestSpec spec, Parse parse) {
    // HubSpot exempts the association schema operations (all under the version's prefix) from
    // its ten-second burst limit; the pacer does not count them unless the portal does.
    spec.burstExempt = spec.path.startsWith(m_endpoints.prefix() + QLatin1Char('/'));
    auto *outer = new Call<T>(this);
    attempt<T>(std::move(spec), std::move(parse), outer, 0);
    return outer;
}

template <typename T, typename Parse>
void HubSpotClient::attempt(RequestSpec spec, Parse parse, Call<T> *outer, int parseFailures) {
    Call<RawResponse> *raw = m_scheduler->submit(spec);
    QPointer<Call<RawResponse>> guard(raw);
    outer->setCancelHandler([guard] {
        if (guard)
            guard->cancel();
    });
    connect(raw, &ApiCall::finished, outer,
            [this, raw, outer, spec, parse, parseFailures]() mutable {
                if (!raw->succeeded()) {
                    outer->fail(raw->error());
                    return;
                }
                const RawResponse &response = raw->value();
                Expected<T, ParseError> value = parse(response);
                if (value) {
                    outer->resolve(std::move(value).value());
                    return;
                }
                // A mangled answer to a read is worth asking again; a write is not repeated
                // blindly.
                if (spec.idempotent && parseFailures < m_config.connection.maxRetries) {
                    attempt<T>(spec, parse, outer, parseFailures + 1);
                    return;
                }
                outer->fail(invalidResponse(spec.operation, response, value.error()));
            });
}

void HubSpotClient::forgetCachedAfter(ApiCall *write, const ObjectTypePair &pair) {
    connect(write, &ApiCall::finished, this, [this, pair] {
        QAbstractNetworkCache *cache = m_network->cache();
        if (!cache)
            return;
        const QUrl &base = m_config.baseUrl;
        QList<QUrl> urls = {ApiEndpoints::url(base, m_endpoints.allLimits()),
                            ApiEndpoints::url(base, ApiEndpoints::labelUsage())};
        for (const ObjectTypePair &d : {pair, pair.reversed()}) {
            QUrlQuery usage;
            usage.addQueryItem(QStringLiteral("fromObjectTypeId"), d.fromId);
            usage.addQueryItem(QStringLiteral("toObjectTypeId"), d.toId);
            urls << ApiEndpoints::url(base, m_endpoints.labels(d))
                 << ApiEndpoints::url(base, m_endpoints.pairLimits(d))
                 << ApiEndpoints::url(base, ApiEndpoints::recordLimits(d))
                 << ApiEndpoints::url(base, ApiEndpoints::labelUsage(), usage);
        }
        for (const QUrl &url : std::as_const(urls))
            cache->remove(url);
    });
}

Call<QList<AssociationLabel>> *HubSpotClient::listLabels(const ObjectTypePair &pair,
                                                         Priority priority) {
    return request<QList<AssociationLabel>>(
        readOf(m_endpoints.labels(pair), priority,
               Texts::tr("Listing the labels of %1").arg(describe(pair))),
        [](const RawResponse &r) { return json::parseLabelCollection(r.body); });
}

Call<QList<AssociationLabel>> *HubSpotClient::createLabel(const ObjectTypePair &pair,
                                                          const LabelCreateRequest &labelRequest) {
    auto *outer = new Call<QList<AssociationLabel>>(this);
    createLabelAttempt(pair, labelRequest, outer, 1);
    return outer;
}

void HubSpotClient::createLabelAttempt(const ObjectTypePair &pair,
                                       const LabelCreateRequest &labelRequest,
                                       Call<QList<AssociationLabel>> *outer, int attemptNo) {
    RequestSpec spec;
    spec.method = "POST";
    spec.path = m_endpoints.labels(pair);
    spec.body = compact(json::toJson(labelRequest));
    spec.priority = Priority::UserAction;
    spec.idempotent = false;
    spec.operation =
        Texts::tr("Creating the label \"%1\" on %2").arg(labelRequest.label, describe(pair));
    auto *create = request<QList<AssociationLabel>>(
        spec, [](const RawResponse &r) { return json::parseLabelCollection(r.body); });
    forgetCachedAfter(create, pair);
    outer->setCancelHandler([create] { create->cancel(); });
    connect(create, &ApiCall::finished, outer,
            [this, create, outer, pair, labelRequest, attemptNo] {
                if (create->succeeded()) {
                    outer->resolve(create->value());
                    return;
                }
                const ApiError error = create->error();
                if (!error.maybeApplied) {
                    outer->fail(error);
                    return;
                }
                // The create may have happened: look before sending it again, so no duplicate
                // appears.
                auto *check = listLabels(pair, Priority::UserAction);
                outer->setCancelHandler([check] { check->cancel(); });
                connect(check, &ApiCall::finished, outer,
                        [this, check, outer, pair, labelRequest, attemptNo, error] {
                            if (!check->succeeded()) {
                                ApiError e = error;
                                e.message += QLatin1Char(' ') +
                                             Texts::tr("Checking whether it was created failed "
                                                       "too; refresh before trying again.");
                                outer->fail(e);
                                return;
                            }
                            QList<AssociationLabel> created;
                            for (const AssociationLabel &l : check->value()) {
                                if (l.category.kind() == AssociationCategory::UserDefined &&
                                    l.label == labelRequest.label)
                                    created.append(l);
                            }
                            if (!created.isEmpty()) {
                                outer->resolve(created);
                                return;
                            }
                            if (attemptNo > m_config.connection.maxRetries) {
                                outer->fail(error);
                                return;
                            }
                            createLabelAttempt(pair, labelRequest, outer, attemptNo + 1);
                        });
            });
}

Call<Done> *HubSpotClient::updateLabel(const ObjectTypePair &pair,
                                       const LabelUpdateRequest &update) {
    RequestSpec spec;
    spec.method = "PUT";
    spec.path = m_endpoints.labels(pair);
    spec.body = compact(json::toJson(update));
    spec.priority = Priority::UserAction;
    spec.operation =
        Texts::tr("Renaming label %1 on %2").arg(update.associationTypeId).arg(describe(pair));
    auto *call =
        request<Done>(spec, [](const RawResponse &) { return Expected<Done, ParseError>(Done{}); });
    forgetCachedAfter(call, pair);
    return call;
}

Call<Done> *HubSpotClient::deleteLabel(const ObjectTypePair &pair, int typeId) {
    RequestSpec spec;
    spec.method = "DELETE";
    spec.path = m_endpoints.label(pair, typeId);
    spec.priority = Priority::UserAction;
    // Repeating a delete that happened answers 404; the caller re-reads the pair either way.
    spec.idempotent = false;
    spec.operation = Texts::tr("Deleting label %1 on %2").arg(typeId).arg(describe(pair));
    auto *call =
        request<Done>(spec, [](const RawResponse &) { return Expected<Done, ParseError>(Done{}); });
    forgetCachedAfter(call, pair);
    return call;
}

Call<QList<AssociationLimit>> *HubSpotClient::listAllLimits(Priority priority) {
    return request<QList<AssociationLimit>>(
        readOf(m_endpoints.allLimits(), priority, Texts::tr("Listing all association limits")),
        [](const RawResponse &r) { return json::parseLimitCollection(r.body); });
}

Call<QList<AssociationLimit>> *HubSpotClient::listLimits(const ObjectTypePair &pair,
                                                         Priority priority) {
    return request<QList<AssociationLimit>>(
        readOf(m_endpoints.pairLimits(pair), priority,
               Texts::tr("Listing the limits of %1").arg(describe(pair))),
        [](const RawResponse &r) { return json::parseLimitCollection(r.body); });
}

Call<BatchResult> *HubSpotClient::batchWrite(const ObjectTypePair &pair, BatchOperation op,
                                             const QJsonObject &body, const QString &operation) {
    RequestSpec spec;
    spec.method = "POST";
    spec.path = m_endpoints.batch(pair, op);
    spec.body = compact(body);
    spec.priority = Priority::UserAction;
    spec.idempotent = op == BatchOperation::Update;
    spec.operation = operation;
    auto *call =
        request<BatchResult>(spec, [](const RawResponse &r) -> Expected<BatchResult, ParseError> {
            // v4 answers a purge with 204 and no body; the dated versions with a batch body.
            if (r.body.trimmed().isEmpty()) {
                BatchResult done;
                done.status = QStringLiteral("COMPLETE");
                return done;
            }
            return json::parseBatchResult(r.body);
        });
    forgetCachedAfter(call, pair);
    return call;
}

Call<BatchResult> *HubSpotClient::createLimits(const ObjectTypePair &pair,
                                               const QList<LimitInput> &inputs) {
    return batchWrite(pair, BatchOperation::Create, json::limitInputsBody(inputs),
                      Texts::tr("Setting limits on %1").arg(describe(pair)));
}

Call<BatchResult> *HubSpotClient::updateLimits(const ObjectTypePair &pair,
                                               const QList<LimitInput> &inputs) {
    return batchWrite(pair, BatchOperation::Update, json::limitInputsBody(inputs),
                      Texts::tr("Changing limits on %1").arg(describe(pair)));
}

Call<BatchResult> *HubSpotClient::purgeLimits(const ObjectTypePair &pair,
                                              const QList<LabelKey> &keys) {
    return batchWrite(pair, BatchOperation::Purge, json::purgeBody(keys),
                      Texts::tr("Removing limits on %1").arg(describe(pair)));
}

Call<LimitChange> *HubSpotClient::changeLimit(const ObjectTypePair &pair, const LabelKey &key,
                                              std::optional<int> before,
                                              std::optional<int> desired) {
    auto *outer = new Call<LimitChange>(this);
    writeLimitAttempt(pair, key, desired, before, outer, 1);
    return outer;
}

Call<PortalSchema> *HubSpotClient::readPair(const ObjectTypePair &pair, Priority priority) {
    struct Pending {
        PortalSchema state;
        int remaining = 0;
        std::optional<ApiError> error;
        QList<QPointer<ApiCall>> calls;
    };
    auto *outer = new Call<PortalSchema>(this);
    auto p = std::make_shared<Pending>();
    const QList<ObjectTypePair> directions =
        pair.isSameObject() ? QList<ObjectTypePair>{pair} : QList{pair, pair.reversed()};
    for (const ObjectTypePair &d : directions)
        p->state.pairs.insert(d, PairSchema{d, {}, {}});
    p->remaining = int(directions.size()) * 2;
    auto step = [p, outer] {
        if (--p->remaining > 0)
            return;
        if (p->error)
            outer->fail(*p->error);
        else
            outer->resolve(p->state);
    };
    outer->setCancelHandler([p] {
        for (const QPointer<ApiCall> &c : std::as_const(p->calls)) {
            if (c)
                c->cancel();
        }
    });
    for (const ObjectTypePair &d : directions) {
        auto *labels = listLabels(d, priority);
        auto *limits = listLimits(d, priority);
        p->calls.append({labels, limits});
        labels->then(outer, [p, d, step](const ApiResult<QList<AssociationLabel>> &r) {
            if (!r)
                p->error = p->error.value_or(r.error());
            else
                p->state.pairs[d].labels = r.value();
            step();
        });
        limits->then(outer, [p, d, step](const ApiResult<QList<AssociationLimit>> &r) {
            if (!r) {
                p->error = p->error.value_or(r.error());
            } else {
                for (const AssociationLimit &l : r.value()) {
                    if (l.hasLimit())
                        p->state.pairs[d].limits.append(l);
                }
            }
            step();
        });
    }
    return outer;
}

void HubSpotClient::writeLimitAttempt(const ObjectTypePair &pair, const LabelKey &key,
                                      std::optional<int> desired, std::optional<int> before,
                                      Call<LimitChange> *outer, int attemptNo) {
    if (before == desired) {
        outer->resolve({key, before, desired});
        return;
    }
    Call<BatchResult> *write = nullptr;
    if (!desired)
        write = purgeLimits(pair, {key});
    else if (before)
        write = updateLimits(pair, {{key.category, key.typeId, *desired}});
    else
        write = createLimits(pair, {{key.category, key.typeId, *desired}});
    outer->setCancelHandler([write] { write->cancel(); });
    connect(
        write, &ApiCall::finished, outer,
        [this, write, outer, pair, key, desired, before, attemptNo] {
            if (write->succeeded()) {
                if (auto failure = batchFailure(
                        write->value(), Texts::tr("Setting the limit on %1").arg(describe(pair)))) {
                    outer->fail(*failure);
                    return;
                }
                outer->resolve({key, before, desired});
                return;
            }
            const ApiError error = write->error();
            if (!error.maybeApplied || attemptNo > m_config.connection.maxRetries) {
                outer->fail(error);
                return;
            }
            // The write may have happened: read the pair again and continue from what is there.
            auto *check = listLimits(pair, Priority::UserAction);
            outer->setCancelHandler([check] { check->cancel(); });
            connect(check, &ApiCall::finished, outer,
                    [this, check, outer, pair, key, desired, before, attemptNo, error] {
                        if (!check->succeeded()) {
                            outer->fail(error);
                            return;
                        }
                        std::optional<int> now;
                        for (const AssociationLimit &l : check->value()) {
                            if (l.key() == key)
                                now = l.maxToObjectIds;
                        }
                        if (now == desired) {
                            outer->resolve({key, before, desired});
                            return;
                        }
                        if (now != before) {
                            outer->fail(ApiError::conflict(
                                Texts::tr("The limit changed while it was being written: it is "
                                          "now %1; it was left as it is.")
                                    .arg(PlanChange::limitText(now)),
                                Texts::tr("Setting the limit on %1").arg(describe(pair))));
                            return;
                        }
                        writeLimitAttempt(pair, key, desired, before, outer, attemptNo + 1);
                    });
        });
}

Call<QList<ObjectType>> *HubSpotClient::listCustomObjectTypes(Priority priority) {
    auto *outer = new Call<QList<ObjectType>>(this);
    RequestSpec spec;
    spec.path = ApiEndpoints::objectSchemas();
    // Only the types themselves: HubSpot otherwise sends every custom type's properties, its
    // associations to every other type and audit fields, which the app does not read and which
    // grow with the square of the number of custom types.
    for (const char *part :
         {"includePropertyDefinitions", "includeAssociationDefinitions", "includeAuditMetadata"})
        spec.query.addQueryItem(QLatin1String(part), QStringLiteral("false"));
    spec.priority = priority;
    spec.operation = Texts::tr("Listing the portal's custom object types");
    auto parse = [](const RawResponse &r) { return json::parseObjectSchemas(r.body); };
    auto *first = request<QList<ObjectType>>(spec, parse);
    outer->setCancelHandler([first] { first->cancel(); });
    connect(first, &ApiCall::finished, outer, [this, first, outer, spec, parse]() mutable {
        if (first->succeeded()) {
            outer->resolve(first->value());
            return;
        }
        if (first->error().httpStatus != 404) {
            outer->fail(first->error());
            return;
        }
        // Older portals and proxies only know the original path.
        spec.path = ApiEndpoints::legacyObjectSchemas();
        auto *second = request<QList<ObjectType>>(spec, parse);
        outer->setCancelHandler([second] { second->cancel(); });
        chain(second, outer, [](const QList<ObjectType> &types, Call<QList<ObjectType>> *o) {
            o->resolve(types);
        });
    });
    return outer;
}

Call<ObjectTypeSelection> *HubSpotClient::selectObjectTypes(Priority priority) {
    return ObjectTypeSelector::start(this, priority);
}

Call<QList<ObjectType>> *HubSpotClient::listObjectTypes(Priority priority) {
    auto *outer = new Call<QList<ObjectType>>(this);
    chain(selectObjectTypes(priority), outer,
          [](const ObjectTypeSelection &selection, Call<QList<ObjectType>> *o) {
              o->resolve(selection.types);
          });
    return outer;
}

Call<PortalInfo> *HubSpotClient::accountInfo(Priority priority) {
    return request<PortalInfo>(readOf(ApiEndpoints::accountDetails(), priority,
                                      Texts::tr("Reading the portal's account details")),
                               [](const RawResponse &r) { return json::parseAccountInfo(r.body); });
}

Call<QList<LabelUsage>> *HubSpotClient::labelUsage(const ObjectTypePair &pair, Priority priority) {
    RequestSpec spec;
    spec.path = ApiEndpoints::labelUsage();
    if (!pair.fromId.isEmpty()) {
        spec.query.addQueryItem(QStringLiteral("fromObjectTypeId"), pair.fromId);
        spec.query.addQueryItem(QStringLiteral("toObjectTypeId"), pair.toId);
    }
    spec.priority = priority;
    spec.operation = pair.fromId.isEmpty()
                         ? Texts::tr("Reading label usage")
                         : Texts::tr("Reading label usage of %1").arg(describe(pair));
    return request<QList<LabelUsage>>(
        spec, [](const RawResponse &r) { return json::parseLabelUsage(r.body); });
}

Call<RecordLimitReport> *HubSpotClient::recordLimitReport(const ObjectTypePair &pair,
                                                          Priority priority) {
    return request<RecordLimitReport>(
        readOf(ApiEndpoints::recordLimits(pair), priority,
               Texts::tr("Reading records near their limit on %1").arg(describe(pair))),
        [](const RawResponse &r) { return json::parseRecordLimitReport(r.body); });
}

} // namespace assoc
