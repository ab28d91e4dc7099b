// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectionSettings.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace assoc {

// The TLS side of a connection: the system's CA certificates plus the extra ones the settings
// name, and the client certificate with its key (PEM, or PKCS#12 in one file). Verification of
// the server stays on whatever the settings say.
class ConnectionTls {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTls)
public:
    // The configuration for the connection's https requests, or why a file it names cannot be
    // used, naming the file.
    static Expected<QSslConfiguration, QString> load(const ConnectionSettings &settings);
};

} // namespace assoc
