// SPDX-License-Identifier: MIT
#pragma once

#include "SecretName.h"

#include <QHash>
#include <QString>
#include <optional>

namespace assoc::auth {

// Secrets for this session only, when the keychain is not available: in memory, never written
// anywhere, wiped when the cache goes away.
class SessionSecretCache {
public:
    SessionSecretCache() = default;
    ~SessionSecretCache();
    SessionSecretCache(const SessionSecretCache &) = delete;
    SessionSecretCache &operator=(const SessionSecretCache &) = delete;

    std::optional<QString> value(const QString &profileId, SecretName name) const;
    void setValue(const QString &profileId, SecretName name, const QString &secret);
    bool remove(const QString &profileId, SecretName name); // false if there was none
    void removeAll(const QString &profileId);
    void clear();
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    static QString key(const QString &profileId, SecretName name);
    QHash<QString, QString> m_values;
};

} // namespace assoc::auth
