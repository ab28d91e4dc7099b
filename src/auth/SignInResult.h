// SPDX-License-Identifier: MIT
#pragma once

#include "api/Credentials.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace assoc::auth {

// How a "Sign in with HubSpot" ended.
struct SignInResult {
    enum class Status {
        Succeeded,
        Denied,   // the user (or HubSpot) refused the authorization
        Failed,   // the code exchange or the listener failed; `message` says how
        TimedOut, // no valid answer came back in time
        Canceled,
    };
    Status status = Status::Failed;
    QString message;   // for the user; empty on success
    QString errorCode; // HubSpot's or OAuth's code: access_denied, BAD_AUTH_CODE, …

    // On success. The access token lives only in memory; the refresh token has been handed to
    // the SecretStore (see `storageError`).
    Credentials credentials; // Kind::OAuth with client id, client secret and refresh token
    QString accessToken;
    QDateTime accessTokenExpiresAt;
    qint64 hubId = 0;
    QStringList scopes;
    // Set when signing in worked but the refresh token could not be stored: the session can
    // go on, the next start will ask to sign in again.
    QString storageError;

    bool ok() const { return status == Status::Succeeded; }
};

} // namespace assoc::auth

Q_DECLARE_METATYPE(assoc::auth::SignInResult)
