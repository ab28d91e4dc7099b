// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace assoc {

// How a profile reaches HubSpot: what an admin behind a corporate network needs to set.
// Secrets (the proxy password, the client key's passphrase) are persisted only in the keychain;
// here they are filled in at run time.
struct ConnectionSettings {
    int timeoutMs = 30000;
    int maxRetries = 4;      // further attempts after the first
    int backoffBaseMs = 250; // first retry after ~base, doubling, with full jitter
    int backoffCapMs = 8000;
    // Most requests in flight at once; how many are really in flight adapts to the answers
    // (ConcurrencyController). 0: no cap of the person's, the adaptive default (64).
    int maxInFlight = 0;
    bool http2 = true;
    bool compression = true;
    // Keep answers on disk and ask for them again with their validators (ResponseCache), so an
    // unchanged answer comes back as a bodiless 304.
    bool cacheResponses = true;
    int circuitFailureThreshold = 5; // consecutive failed requests that pause sending
    int circuitOpenSeconds = 30;

    enum class ProxyMode { System, None, Manual };
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    QString proxyPassword; // filled from the keychain at run time, never persisted here

    QStringList extraCaCertificateFiles; // PEM files added to the system's CAs

    // A client certificate for networks that demand one: a PEM certificate with its key (in
    // clientKeyFile, or in the certificate's own file when that is empty), or one PKCS#12 file.
    QString clientCertificateFile;
    QString clientKeyFile;
    QString clientKeyPassphrase; // filled from the keychain at run time, never persisted here

    bool operator==(const ConnectionSettings &) const = default;
};

} // namespace assoc
