// SPDX-License-Identifier: MIT
#pragma once

#include "api/HubSpotClient.h"

#include <QMetaType>
#include <QString>

namespace assoc::auth {

// What loading a profile's secrets produced.
struct CredentialLoadResult {
    enum class Status {
        Ready,          // `config` is complete
        SignInRequired, // an OAuth profile without a stored sign-in: sign in with HubSpot
        MissingSecret,  // a token or client secret was never stored: the profile needs editing
        Failed,         // the keychain failed; `message` says how
    };
    Status status = Status::Failed;
    ClientConfig config; // credentials filled as far as they could be
    QString message;     // for the user; empty when Ready

    bool ok() const { return status == Status::Ready; }
};

} // namespace assoc::auth

Q_DECLARE_METATYPE(assoc::auth::CredentialLoadResult)
