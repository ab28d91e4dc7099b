// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "ApiVersion.h"
#include "Authenticator.h"
#include "ConnectionSettings.h"
#include "Credentials.h"
#include "RequestScheduler.h"
#include "core/AssociationLabel.h"
#include "core/AssociationLimit.h"
#include "core/BatchResult.h"
#include "core/LabelRequests.h"
#include "core/LimitsTracking.h"
#include "core/ObjectType.h"
#include "core/ObjectTypeChoice.h"
#include "core/ObjectTypePair.h"
#include "core/PortalInfo.h"
#include "core/PortalSchema.h"
#include "core/UnavailableObjectType.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

namespace assoc {

class ConnectionNetwork;

struct ClientConfig {
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    ApiVersion version = ApiVersion::V4;
    ConnectionSettings connection;
    Credentials credentials;
    // Which object types a whole-portal read covers; the API cannot list a portal's standard
    // types, so the profile (or assocctl --objects) chooses.
    ObjectTypeChoice objectTypes;
    // Where the answers of this portal are cached (ResponseCache::directoryFor a profile);
    // empty: not cached, whatever connection.cacheResponses says.
    QString cacheDirectory;
};

// The object types to read, as chosen and found available, with the listings read on the way.
struct ObjectTypeSelection {
    QList<ObjectType> types;
    QList<UnavailableObjectType> unavailable;
    // Every limit of the portal, when choosing needed them (Auto); a load need not ask again.
    std::optional<QList<AssociationLimit>> allLimits;
    // Label usage of every pair with user labels, when choosing read it (Auto): an overview of
    // the portal before any pair is read.
    std::optional<QList<LabelUsage>> usage;
};

// The outcome of "set a limit": whether it was created or updated, and the value now in force.
struct LimitChange {
    LabelKey key;
    std::optional<int> before;
    std::optional<int> after;
};

// HubSpot's association schema API and what surrounds it, asynchronously, over a network of
// its own built from the config's connection settings (ConnectionNetwork), so that one client's
// proxy, certificates and HTTP/2 choice never reach another's requests. Every method returns a Call
// that ends exactly once; the Call deletes itself after `finished`. Object types are always sent by
// id.
class HubSpotClient : public QObject {
    Q_OBJECT
public:
    explicit HubSpotClient(ClientConfig config, QObject *parent = nullptr);
    ~HubSpotClient() override;

    const ClientConfig &config() const { return m_config; }
    const ApiEndpoints &endpoints() const { return m_endpoints; }
    RequestScheduler *scheduler() const { return m_scheduler.get(); }
    Authenticator *authenticator() const { return m_authenticator.get(); }

    // Association labels (definitions).
    Call<QList<AssociationLabel>> *listLabels(const ObjectTypePair &pair,
                                              Priority priority = Priority::Visible);
    // Returns the labels created, one per direction (their order is HubSpot's, not meaningful).
    Call<QList<AssociationLabel>> *createLabel(const ObjectTypePair &pair,
                                               const LabelCreateRequest &request);
    Call<Done> *updateLabel(const ObjectTypePair &pair, const LabelUpdateRequest &request);
    Call<Done> *deleteLabel(const ObjectTypePair &pair, int typeId);

    // Association limits (configurations).
    Call<QList<AssociationLimit>> *listAllLimits(Priority priority = Priority::Visible);
    Call<QList<AssociationLimit>> *listLimits(const ObjectTypePair &pair,
                                              Priority priority = Priority::Visible);
    Call<BatchResult> *createLimits(const ObjectTypePair &pair, const QList<LimitInput> &inputs);
    Call<BatchResult> *updateLimits(const ObjectTypePair &pair, const QList<LimitInput> &inputs);
    Call<BatchResult> *purgeLimits(const ObjectTypePair &pair, const QList<LabelKey> &keys);
    // Changes the limit of `key` from `before` (what the caller read just now; nullopt: none) to
    // `desired` (nullopt: remove it), creating, updating or purging as that needs. When a write
    // may have applied although no answer came back, the limit is read again: the change goes on
    // only while the limit still reads `before` or already `desired`; a limit someone else set
    // meanwhile fails the call with Kind::Conflict and is left as it is.
    Call<LimitChange> *changeLimit(const ObjectTypePair &pair, const LabelKey &key,
                                   std::optional<int> before, std::optional<int> desired);

    // The labels and limits of `pair` and of its reverse (one PairSchema for a same-object pair),
    // read at once; limits hold only association types with a user limit.
    Call<PortalSchema> *readPair(const ObjectTypePair &pair, Priority priority);

    // Around them.
    // The types config().objectTypes chooses that the portal has and the token may read, and
    // those it may not (ObjectTypeSelector).
    Call<ObjectTypeSelection> *selectObjectTypes(Priority priority = Priority::Visible);
    // selectObjectTypes(), the readable types only.
    Call<QList<ObjectType>> *listObjectTypes(Priority priority = Priority::Visible);
    // The portal's custom types (newer schemas path, falling back to the older).
    Call<QList<ObjectType>> *listCustomObjectTypes(Priority priority = Priority::Visible);
    Call<PortalInfo> *accountInfo(Priority priority = Priority::Visible);
    // Labels used per pair against the portal's maximum; an empty pair asks for every pair.
    Call<QList<LabelUsage>> *labelUsage(const ObjectTypePair &pair = {},
                                        Priority priority = Priority::Visible);
    Call<RecordLimitReport> *recordLimitReport(const ObjectTypePair &pair,
                                               Priority priority = Priority::UserAction);

    void cancelAll();

    // Human-readable name of a pair for messages, from the object types known so far.
    QString describe(const ObjectTypePair &pair) const;
    void rememberObjectTypes(const QList<ObjectType> &types);

private:
    template <typename T, typename Parse> Call<T> *request(RequestSpec spec, Parse parse);
    template <typename T, typename Parse>
    void attempt(RequestSpec spec, Parse parse, Call<T> *outer, int parseFailures);
    void writeLimitAttempt(const ObjectTypePair &pair, const LabelKey &key,
                           std::optional<int> desired, std::optional<int> before,
                           Call<LimitChange> *outer, int attempt);
    Call<BatchResult> *batchWrite(const ObjectTypePair &pair, BatchOperation op,
                                  const QJsonObject &body, const QString &operation);
    void createLabelAttempt(const ObjectTypePair &pair, const LabelCreateRequest &request,
                            Call<QList<AssociationLabel>> *outer, int attempt);
    // Once `write` has ended, however it ended, drops every cached answer it may have changed:
    // the labels, limits, usage and record reports of both directions of `pair`, and the
    // portal-wide limit and usage listings.
    void forgetCachedAfter(ApiCall *write, const ObjectTypePair &pair);

    ClientConfig m_config;
    ApiEndpoints m_endpoints;
    ConnectionNetwork *m_network; // a child: outlives the authenticator and the scheduler
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<RequestScheduler> m_scheduler;
    QHash<QString, ObjectType> m_types;
};

} // namespace assoc
