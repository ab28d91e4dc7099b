// SPDX-License-Identifier: MIT
#include "ProfileStore.h"

#include "SecretStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <algorithm>

namespace assoc::auth {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("lastUsedProfileId");

QString proxyModeId(ConnectionSettings::ProxyMode mode) {
    switch (mode) {
    case ConnectionSettings::ProxyMode::System:
        return QStringLiteral("system");
    case ConnectionSettings::ProxyMode::None:
        return QStringLiteral("none");
    case ConnectionSettings::ProxyMode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("system");
}

ConnectionSettings::ProxyMode proxyModeFromId(const QString &id) {
    if (id == QLatin1String("none"))
        return ConnectionSettings::ProxyMode::None;
    if (id == QLatin1String("manual"))
        return ConnectionSettings::ProxyMode::Manual;
    return ConnectionSettings::ProxyMode::System;
}

Credentials::Kind kindFromId(const QString &id) {
    for (Credentials::Kind k : {Credentials::Kind::PrivateAppToken, Credentials::Kind::OAuth,
                                Credentials::Kind::ApiKey}) {
        if (Credentials::kindId(k) == id)
            return k;
    }
    return Credentials::Kind::PrivateAppToken;
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets) {}

QList<PortalProfile> ProfileStore::profiles() const {
    m_settings->beginGroup(kProfiles);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<PortalProfile> out;
    for (const QString &id : ids) {
        if (auto p = load(id))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const PortalProfile &a, const PortalProfile &b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

std::optional<PortalProfile> ProfileStore::profile(const QString &id) const {
    return load(id);
}

bool ProfileStore::contains(const QString &id) const {
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return false;
    m_settings->beginGroup(kProfiles);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

PortalProfile ProfileStore::add(PortalProfile profile) {
    if (profile.id.isEmpty() || profile.id.contains(QLatin1Char('/')) || contains(profile.id))
        profile.id = PortalProfile::newId();
    profile = profile.withoutSecrets();
    save(profile);
    emit profileAdded(profile.id);
    return profile;
}

bool ProfileStore::update(const PortalProfile &profile) {
    if (!contains(profile.id))
        return false;
    save(profile.withoutSecrets());
    emit profileUpdated(profile.id);
    return true;
}

ProfileStore::Duplicated ProfileStore::duplicate(const QString &id, const QString &newName) {
    const auto source = load(id);
    if (!source) {
        auto *op = new SecretOperation;
        op->finish(SecretResult::failure(
            QCoreApplication::translate("ProfileStore", "There is no such portal profile.")));
        return {PortalProfile{}, op};
    }
    PortalProfile copy = *source;
    copy.id = PortalProfile::newId();
    copy.name = newName.isEmpty()
                    ? QCoreApplication::translate("ProfileStore", "%1 (copy)").arg(source->name)
                    : newName;
    copy = add(copy);
    return {copy, m_secrets->copyAll(source->id, copy.id)};
}

SecretOperation *ProfileStore::remove(const QString &id) {
    if (contains(id)) {
        m_settings->beginGroup(kProfiles);
        m_settings->remove(id);
        m_settings->endGroup();
        if (lastUsedProfileId() == id) {
            m_settings->remove(kLastUsed);
            emit lastUsedChanged({});
        }
        m_settings->sync();
        emit profileRemoved(id);
    }
    // Also when the profile is already gone: its secrets may have outlived it.
    return m_secrets->removeAll(id);
}

QString ProfileStore::lastUsedProfileId() const {
    const QString id = m_settings->value(kLastUsed).toString();
    return contains(id) ? id : QString();
}

void ProfileStore::setLastUsed(const QString &id) {
    if (id.isEmpty())
        m_settings->remove(kLastUsed);
    else if (contains(id))
        m_settings->setValue(kLastUsed, id);
    else
        return;
    m_settings->sync();
    emit lastUsedChanged(id);
}

void ProfileStore::save(const PortalProfile &p) {
    m_settings->beginGroup(kProfiles);
    m_settings->remove(p.id);
    m_settings->beginGroup(p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("apiVersion"), ApiVersions::id(p.apiVersion));
    m_settings->setValue(QStringLiteral("authKind"), Credentials::kindId(p.authKind));
    m_settings->setValue(QStringLiteral("clientId"), p.clientId);
    m_settings->setValue(QStringLiteral("apiKeyHeader"), p.apiKeyHeader);
    m_settings->setValue(QStringLiteral("portalId"), p.portalId);
    m_settings->setValue(QStringLiteral("uiDomain"), p.uiDomain);
    m_settings->setValue(QStringLiteral("objectTypes"), p.objectTypes.toString());

    const ConnectionSettings &c = p.connection;
    m_settings->beginGroup(QStringLiteral("connection"));
    m_settings->setValue(QStringLiteral("timeoutMs"), c.timeoutMs);
    m_settings->setValue(QStringLiteral("maxRetries"), c.maxRetries);
    m_settings->setValue(QStringLiteral("backoffBaseMs"), c.backoffBaseMs);
    m_settings->setValue(QStringLiteral("backoffCapMs"), c.backoffCapMs);
    m_settings->setValue(QStringLiteral("inFlightCap"), c.maxInFlight);
    m_settings->remove(QStringLiteral("maxInFlight"));
    m_settings->setValue(QStringLiteral("http2"), c.http2);
    m_settings->setValue(QStringLiteral("compression"), c.compression);
    m_settings->setValue(QStringLiteral("cacheResponses"), c.cacheResponses);
    m_settings->setValue(QStringLiteral("circuitFailureThreshold"), c.circuitFailureThreshold);
    m_settings->setValue(QStringLiteral("circuitOpenSeconds"), c.circuitOpenSeconds);
    m_settings->setValue(QStringLiteral("proxyMode"), proxyModeId(c.proxyMode));
    m_settings->setValue(QStringLiteral("proxyHost"), c.proxyHost);
    m_settings->setValue(QStringLiteral("proxyPort"), c.proxyPort);
    m_settings->setValue(QStringLiteral("proxyUser"), c.proxyUser);
    // The proxy password is a secret: SecretName::ProxyPassword in the keychain.
    m_settings->setValue(QStringLiteral("extraCaCertificateFiles"), c.extraCaCertificateFiles);
    // Paths only; the key's passphrase is SecretName::ClientKeyPassphrase in the keychain.
    m_settings->setValue(QStringLiteral("clientCertificateFile"), c.clientCertificateFile);
    m_settings->setValue(QStringLiteral("clientKeyFile"), c.clientKeyFile);
    m_settings->endGroup();

    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

std::optional<PortalProfile> ProfileStore::load(const QString &id) const {
    if (!contains(id))
        return std::nullopt;
    PortalProfile p;
    const PortalProfile defaults;
    const ConnectionSettings cd;
    p.id = id;
    m_settings->beginGroup(kProfiles);
    m_settings->beginGroup(id);
    auto value = [this](const QString &key, const QVariant &fallback) {
        return m_settings->value(key, fallback);
    };
    p.name = value(QStringLiteral("name"), QString()).toString();
    const QUrl base(value(QStringLiteral("baseUrl"), QString()).toString());
    p.baseUrl = base.isValid() && !base.isEmpty() ? base : PortalProfile::defaultBaseUrl();
    p.apiVersion = ApiVersions::fromId(value(QStringLiteral("apiVersion"), QString()).toString())
                       .value_or(ApiVersion::V4);
    p.authKind = kindFromId(value(QStringLiteral("authKind"), QString()).toString());
    p.clientId = value(QStringLiteral("clientId"), QString()).toString();
    p.apiKeyHeader = value(QStringLiteral("apiKeyHeader"), defaults.apiKeyHeader).toString();
    p.portalId = value(QStringLiteral("portalId"), 0).toLongLong();
    p.uiDomain = value(QStringLiteral("uiDomain"), QString()).toString();
    // Profiles from before the choice stored "standardTypeIds", always the core four that Auto
    // includes; an unreadable choice falls back to the default rather than losing the profile.
    if (const auto choice =
            ObjectTypeChoice::parse(value(QStringLiteral("objectTypes"), QString()).toString()))
        p.objectTypes = choice.value();

    ConnectionSettings &c = p.connection;
    m_settings->beginGroup(QStringLiteral("connection"));
    c.timeoutMs = value(QStringLiteral("timeoutMs"), cd.timeoutMs).toInt();
    c.maxRetries = value(QStringLiteral("maxRetries"), cd.maxRetries).toInt();
    c.backoffBaseMs = value(QStringLiteral("backoffBaseMs"), cd.backoffBaseMs).toInt();
    c.backoffCapMs = value(QStringLiteral("backoffCapMs"), cd.backoffCapMs).toInt();
    // Profiles saved before concurrency adapted kept a fixed number, 8 unless the person chose
    // another: 8 becomes the adaptive default, another number stays the person's cap.
    const int legacyInFlight = value(QStringLiteral("maxInFlight"), 8).toInt();
    c.maxInFlight =
        value(QStringLiteral("inFlightCap"), legacyInFlight == 8 ? cd.maxInFlight : legacyInFlight)
            .toInt();
    c.http2 = value(QStringLiteral("http2"), cd.http2).toBool();
    c.compression = value(QStringLiteral("compression"), cd.compression).toBool();
    c.cacheResponses = value(QStringLiteral("cacheResponses"), cd.cacheResponses).toBool();
    c.circuitFailureThreshold =
        value(QStringLiteral("circuitFailureThreshold"), cd.circuitFailureThreshold).toInt();
    c.circuitOpenSeconds =
        value(QStringLiteral("circuitOpenSeconds"), cd.circuitOpenSeconds).toInt();
    c.proxyMode = proxyModeFromId(value(QStringLiteral("proxyMode"), QString()).toString());
    c.proxyHost = value(QStringLiteral("proxyHost"), QString()).toString();
    c.proxyPort = value(QStringLiteral("proxyPort"), cd.proxyPort).toInt();
    c.proxyUser = value(QStringLiteral("proxyUser"), QString()).toString();
    c.extraCaCertificateFiles =
        value(QStringLiteral("extraCaCertificateFiles"), QStringList()).toStringList();
    c.clientCertificateFile = value(QStringLiteral("clientCertificateFile"), QString()).toString();
    c.clientKeyFile = value(QStringLiteral("clientKeyFile"), QString()).toString();
    m_settings->endGroup();

    m_settings->endGroup();
    m_settings->endGroup();
    return p;
}

} // namespace assoc::auth
