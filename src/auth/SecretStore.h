// SPDX-License-Identifier: MIT
#pragma once

#include "KeychainStatus.h"
#include "SecretName.h"
#include "SecretOperation.h"
#include "SessionSecretCache.h"

#include <QObject>
#include <QString>

namespace assoc::auth {

class Redactor;

// A profile's secrets in the operating system's keychain (Secret Service, Keychain, Credential
// Manager) through QtKeychain's asynchronous jobs: service "AssociationStudio", key
// `<profileId>/<secretName>`. The plain-text fallback of QtKeychain is never enabled.
//
// Every call returns a SecretOperation that ends exactly once. On Linux an operation that
// failed because the Secret Service was not up yet is retried once after a short delay.
//
// When the keychain is not available (probe() says so), the app may switch to
// Mode::SessionOnly: secrets are then kept in memory for this session and never saved — not in
// a file, the settings or a log.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Mode { Keychain, SessionOnly };

    explicit SecretStore(QObject *parent = nullptr);
    // `service` other than the default is for tests that must not touch the app's entries.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultServiceName() { return QStringLiteral("AssociationStudio"); }
    static QString key(const QString &profileId, SecretName name);
    QString serviceName() const { return m_service; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool isSessionOnly() const { return m_mode == Mode::SessionOnly; }

    // The last probe's finding; Unknown before the first probe.
    const KeychainStatus &status() const { return m_status; }
    // Writes and deletes a probe entry; updates status() and emits statusChanged. The
    // operation ends Ok when the keychain is usable, else with the unavailable message.
    SecretOperation *probe();

    // Delay before the one retry on Linux (ms).
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    int retryDelayMs() const { return m_retryDelayMs; }

    // Every secret read or written is registered with this redactor (the global one by default).
    void setRedactor(Redactor *redactor);

    // Ok with the value, NotFound, or Error.
    SecretOperation *read(const QString &profileId, SecretName name);
    // Writing an empty secret removes the entry.
    SecretOperation *write(const QString &profileId, SecretName name, const QString &secret);
    // Ok, or NotFound when there was no such entry.
    SecretOperation *remove(const QString &profileId, SecretName name);
    // Removes every secret of the profile; entries that do not exist are not an error.
    SecretOperation *removeAll(const QString &profileId);
    // Copies every secret `from` has to `to` (for a duplicated profile).
    SecretOperation *copyAll(const QString &fromProfileId, const QString &toProfileId);

    // The in-memory secrets of Mode::SessionOnly.
    SessionSecretCache &sessionCache() { return m_session; }

signals:
    void statusChanged(const assoc::auth::KeychainStatus &status);

private:
    enum class JobKind { Read, Write, Delete };
    SecretOperation *runKeychainJob(JobKind kind, const QString &profileId, SecretName name,
                                    const QString &value);
    void removeNext(const QString &profileId, QList<SecretName> rest, SecretOperation *outer,
                    const QString &firstError);
    void copyNext(const QString &from, const QString &to, QList<SecretName> rest,
                  SecretOperation *outer);
    void setStatus(const KeychainStatus &status);
    Redactor *redactor() const;

    QString m_service;
    Mode m_mode = Mode::Keychain;
    KeychainStatus m_status;
    int m_retryDelayMs = 1000;
    Redactor *m_redactor = nullptr;
    SessionSecretCache m_session;
};

} // namespace assoc::auth
