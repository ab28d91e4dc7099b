// SPDX-License-Identifier: MIT
#include "SessionSecretCache.h"

namespace assoc::auth {

namespace {
// Overwrites the characters before the memory is released when no copy shares them (best
// effort: copies handed out keep their own lifetime).
void wipe(QString &s) {
    if (s.isDetached())
        s.fill(QLatin1Char('\0'));
    s.clear();
}
} // namespace

SessionSecretCache::~SessionSecretCache() {
    clear();
}

QString SessionSecretCache::key(const QString &profileId, SecretName name) {
    return profileId + QLatin1Char('/') + SecretNames::id(name);
}

std::optional<QString> SessionSecretCache::value(const QString &profileId, SecretName name) const {
    const auto it = m_values.constFind(key(profileId, name));
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

void SessionSecretCache::setValue(const QString &profileId, SecretName name,
                                  const QString &secret) {
    remove(profileId, name);
    m_values.insert(key(profileId, name), secret);
}

bool SessionSecretCache::remove(const QString &profileId, SecretName name) {
    auto it = m_values.find(key(profileId, name));
    if (it == m_values.end())
        return false;
    wipe(*it);
    m_values.erase(it);
    return true;
}

void SessionSecretCache::removeAll(const QString &profileId) {
    for (SecretName name : SecretNames::all())
        remove(profileId, name);
}

void SessionSecretCache::clear() {
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        wipe(*it);
    m_values.clear();
}

} // namespace assoc::auth
