// SPDX-License-Identifier: MIT
#pragma once

#include "PortalProfile.h"
#include "SecretOperation.h"

#include <QList>
#include <QObject>
#include <optional>

class QSettings;

namespace assoc::auth {

class SecretStore;

// The user's portal profiles. Non-secret fields go to QSettings (one group per profile id under
// "profiles/"); secrets go through SecretStore and never into the settings. The app passes
// QSettings("AssociationStudio", "Association Studio"); tests pass one on a temporary file.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    // Both must outlive the store.
    ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    // Sorted by name (case-insensitive), then id.
    QList<PortalProfile> profiles() const;
    std::optional<PortalProfile> profile(const QString &id) const;
    bool contains(const QString &id) const;

    // Stores a new profile; assigns a fresh id unless it has one not yet used. Returns it as
    // stored.
    PortalProfile add(PortalProfile profile);
    // Replaces the stored fields of an existing profile; false when there is no such profile.
    bool update(const PortalProfile &profile);

    struct Duplicated {
        PortalProfile profile;    // already stored; id empty when `id` was unknown
        SecretOperation *secrets; // ends when the secrets have been copied
    };
    // A copy under a new id and name ("<name> (copy)" when `newName` is empty), secrets too.
    Duplicated duplicate(const QString &id, const QString &newName = {});

    // Removes the profile and its keychain entries; the operation ends when the keychain
    // entries are gone (the settings are updated at once).
    SecretOperation *remove(const QString &id);

    QString lastUsedProfileId() const;
    void setLastUsed(const QString &id);

signals:
    void profileAdded(const QString &id);
    void profileUpdated(const QString &id);
    void profileRemoved(const QString &id);
    void lastUsedChanged(const QString &id);

private:
    void save(const PortalProfile &profile);
    std::optional<PortalProfile> load(const QString &id) const;

    QSettings *m_settings;
    SecretStore *m_secrets;
};

} // namespace assoc::auth
