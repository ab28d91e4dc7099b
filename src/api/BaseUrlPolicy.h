// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace assoc {

// Where a connection may send credentials: https anywhere; plain http only to this computer,
// where nothing crosses a network; never an address with a user name or password in it. The
// client, the token refresh and the sign-in refuse what this refuses, whatever a dialog let
// through.
class BaseUrlPolicy {
    Q_DECLARE_TR_FUNCTIONS(BaseUrlPolicy)
public:
    // Why `url` must not be used, in words for the user; empty when it may.
    static QString problem(const QUrl &url);
    // localhost, 127.0.0.0/8 or ::1.
    static bool isLoopbackHost(const QString &host);
};

} // namespace assoc
