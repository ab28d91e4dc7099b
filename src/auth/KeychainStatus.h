// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace assoc::auth {

// Whether the system keychain can keep secrets, as found by SecretStore::probe().
struct KeychainStatus {
    enum class State { Unknown, Available, Unavailable };
    State state = State::Unknown;
    QString reason; // the keychain's own words when unavailable

    bool isAvailable() const { return state == State::Available; }
    bool isUnavailable() const { return state == State::Unavailable; }
    // What to tell the user; empty unless unavailable.
    QString message() const;

    static KeychainStatus available();
    static KeychainStatus unavailable(const QString &reason);
    // "The system keychain is not available (<reason>). Secrets can be kept for this session
    // only; they will not be saved."
    static QString unavailableMessage(const QString &reason);
};

} // namespace assoc::auth

Q_DECLARE_METATYPE(assoc::auth::KeychainStatus)
