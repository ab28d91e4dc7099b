// SPDX-License-Identifier: MIT
#pragma once

#include "SchemaSource.h"
#include "api/ApiCall.h"
#include "core/PortalSchema.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace assoc {
class HubSpotClient;
}
namespace assoc::auth {
class ProfileSession;
class ProfileStore;
class SecretStore;
} // namespace assoc::auth
namespace assoc::models {
class PortalSession;
}

namespace assoc::app {

// Reads the schema of one side of a comparison: the main window's portal (with its client),
// another profile (its secrets from the keychain and a client of its own, kept for applying),
// or an exported file. One loader per side; a new load replaces what the previous one kept.
class SourceLoader : public QObject {
    Q_OBJECT
public:
    explicit SourceLoader(QObject *parent = nullptr);
    ~SourceLoader() override;

    void setCurrentPortal(models::PortalSession *session);
    // Both must outlive the loader; without them profiles cannot be loaded.
    void setProfiles(auth::ProfileStore *store, auth::SecretStore *secrets);

    // Ends exactly once, never before it is returned; cancelling it stops the reading.
    Call<PortalSchema> *load(const SchemaSource &source);

    // The client of the portal last loaded, to apply changes with: null for a file, or once the
    // main window has closed that portal since.
    HubSpotClient *client() const;
    // What the last load read, for the user: "Portal 7001234 (Sandbox)", "schema.json".
    QString description() const { return m_description; }
    qint64 portalId() const { return m_portalId; }
    // Who writes, as the change history records it: the profile's name, else the base URL.
    QString journalProfile() const;

private:
    void loadFile(const QString &path, Call<PortalSchema> *call);
    using InnerCall = std::shared_ptr<QPointer<ApiCall>>;
    void loadPortal(HubSpotClient *client, Call<PortalSchema> *call, const InnerCall &inner,
                    int generation);
    void loadProfile(const QString &id, Call<PortalSchema> *call, const InnerCall &inner,
                     int generation);
    void finish(Call<PortalSchema> *call, const PortalSchema &schema, int generation);

    QPointer<models::PortalSession> m_currentPortal;
    QPointer<auth::ProfileStore> m_profiles;
    QPointer<auth::SecretStore> m_secrets;

    SchemaSource m_source;
    QString m_profileName;
    QPointer<models::PortalSession> m_loadedSession;        // the session a CurrentPortal load used
    std::unique_ptr<auth::ProfileSession> m_profileSession; // a profile's client and secrets
    QString m_description;
    qint64 m_portalId = 0;
    int m_generation = 0; // a new load makes the answers of earlier ones stale
};

} // namespace assoc::app
