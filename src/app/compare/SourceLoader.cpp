// SPDX-License-Identifier: MIT
#include "SourceLoader.h"

#include "api/HubSpotClient.h"
#include "api/PortalLoader.h"
#include "auth/ProfileSession.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "core/SchemaFile.h"
#include "models/PortalSession.h"

#include <QDir>
#include <QFileInfo>

namespace assoc::app {

SourceLoader::SourceLoader(QObject *parent)
    : QObject(parent) {}

SourceLoader::~SourceLoader() = default;

void SourceLoader::setCurrentPortal(models::PortalSession *session) {
    m_currentPortal = session;
}

void SourceLoader::setProfiles(auth::ProfileStore *store, auth::SecretStore *secrets) {
    m_profiles = store;
    m_secrets = secrets;
}

HubSpotClient *SourceLoader::client() const {
    switch (m_source.kind) {
    case SchemaSource::Kind::CurrentPortal:
        // Only the very session that was read: the main window may have connected elsewhere.
        return m_loadedSession ? m_loadedSession->client() : nullptr;
    case SchemaSource::Kind::Profile:
        return m_profileSession ? m_profileSession->client() : nullptr;
    case SchemaSource::Kind::File:
        return nullptr;
    }
    return nullptr;
}

QString SourceLoader::journalProfile() const {
    if (!m_profileName.isEmpty())
        return m_profileName;
    const HubSpotClient *c = client();
    return c ? c->config().baseUrl.toString() : QString();
}

Call<PortalSchema> *SourceLoader::load(const SchemaSource &source) {
    const int generation = ++m_generation;
    m_source = source;
    m_description.clear();
    m_portalId = 0;
    m_profileName.clear();
    m_loadedSession = nullptr;

    auto *call = new Call<PortalSchema>(this);
    auto inner = std::make_shared<QPointer<ApiCall>>();
    call->setCancelHandler([inner] {
        if (*inner)
            (*inner)->cancel();
    });
    switch (source.kind) {
    case SchemaSource::Kind::File:
        loadFile(source.filePath, call);
        break;
    case SchemaSource::Kind::CurrentPortal:
        if (!m_currentPortal || !m_currentPortal->client()) {
            call->fail(ApiError::validation(tr("No portal is open in the main window."),
                                            tr("Read the current portal")));
            break;
        }
        m_loadedSession = m_currentPortal;
        loadPortal(m_currentPortal->client(), call, inner, generation);
        break;
    case SchemaSource::Kind::Profile:
        loadProfile(source.profileId, call, inner, generation);
        break;
    }
    return call;
}

void SourceLoader::loadFile(const QString &path, Call<PortalSchema> *call) {
    const auto schema = SchemaFile::read(path);
    if (!schema) {
        call->fail(ApiError::validation(schema.error(),
                                        tr("Read %1").arg(QDir::toNativeSeparators(path))));
        return;
    }
    finish(call, schema.value(), m_generation);
}

void SourceLoader::loadPortal(HubSpotClient *client, Call<PortalSchema> *call,
                              const InnerCall &inner, int generation) {
    // The loader lives with the client: if the portal is closed meanwhile, the load ends.
    auto *loader = new PortalLoader(client, client);
    Call<PortalSchema> *load = loader->load(Priority::UserAction);
    *inner = load;
    connect(load, &ApiCall::progress, call, &ApiCall::progress);
    connect(load, &ApiCall::finished, call, [this, load, call, loader, generation] {
        loader->deleteLater();
        if (!load->succeeded())
            call->fail(load->error());
        else
            finish(call, load->value(), generation);
    });
    connect(load, &QObject::destroyed, call, [call] {
        ApiError closed = ApiError::canceled(tr("Read the portal"));
        closed.message = tr("the portal was closed while it was being read");
        call->fail(closed);
    });
}

void SourceLoader::loadProfile(const QString &id, Call<PortalSchema> *call, const InnerCall &inner,
                               int generation) {
    const auto profile = m_profiles ? m_profiles->profile(id) : std::nullopt;
    if (!profile || !m_secrets) {
        call->fail(ApiError::validation(tr("the profile no longer exists"), tr("Open a profile")));
        return;
    }
    m_profileName = profile->name;
    const QString operation = tr("Open the profile “%1”").arg(profile->name);
    // A session of its own keeps a rotated refresh token stored, as the main window's does.
    if (m_profileSession)
        m_profileSession.release()->deleteLater();
    m_profileSession = std::make_unique<auth::ProfileSession>(*profile, m_secrets);
    auth::ProfileSession *session = m_profileSession.get();
    const auto refuse = [call, operation](ApiError::Kind kind, const QString &message) {
        ApiError error;
        error.kind = kind;
        error.message = message;
        error.operation = operation;
        call->fail(error);
    };
    connect(session, &auth::ProfileSession::ready, call,
            [this, call, inner, generation](HubSpotClient *client) {
                if (!call->isFinished() && generation == m_generation)
                    loadPortal(client, call, inner, generation);
            });
    connect(session, &auth::ProfileSession::failed, call,
            [refuse](const QString &message) { refuse(ApiError::Kind::Validation, message); });
    connect(session, &auth::ProfileSession::signInRequired, call,
            [refuse](const QString &message) { refuse(ApiError::Kind::SignInRequired, message); });
    session->start();
}

void SourceLoader::finish(Call<PortalSchema> *call, const PortalSchema &schema, int generation) {
    if (generation == m_generation) {
        m_portalId = schema.portal.portalId;
        switch (m_source.kind) {
        case SchemaSource::Kind::CurrentPortal:
            m_description = tr("Portal %1 (open in the main window)").arg(m_portalId);
            break;
        case SchemaSource::Kind::Profile:
            m_description = tr("%1 (portal %2)").arg(m_profileName).arg(m_portalId);
            break;
        case SchemaSource::Kind::File: {
            const QString name = QFileInfo(m_source.filePath).fileName();
            m_description =
                m_portalId ? tr("%1 (exported from portal %2)").arg(name).arg(m_portalId) : name;
            // A file is not a portal to write to, whatever portal it came from.
            m_portalId = 0;
            break;
        }
        }
    }
    call->resolve(schema);
}

} // namespace assoc::app
