// SPDX-License-Identifier: MIT
#include "SecretStore.h"

#include "Redactor.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace assoc::auth {

namespace {

// lupdate files these strings under "SecretStore" too; a plain tr() wrapper here would hide them
// from it under the namespace's name, and they would never be translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// Failures that mean "there is no working keychain" rather than "this entry has a problem".
bool meansUnavailable(QKeychain::Error error) {
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

// Worth one more try: the Secret Service may be starting together with the session.
bool worthRetrying(QKeychain::Error error) {
#ifdef Q_OS_LINUX
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
#else
    Q_UNUSED(error);
    return false;
#endif
}

QString describeFailure(QKeychain::Error error, const QString &errorString, SecretName name,
                        bool writing, bool deleting) {
    const QString detail =
        errorString.trimmed().isEmpty() ? Texts::tr("no reason given") : errorString.trimmed();
    if (meansUnavailable(error))
        return KeychainStatus::unavailableMessage(detail);
    const QString what = SecretNames::displayName(name);
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        return Texts::tr("Access to the system keychain was denied, so the %1 could not be %2.")
            .arg(what, writing    ? Texts::tr("saved")
                       : deleting ? Texts::tr("deleted")
                                  : Texts::tr("read"));
    case QKeychain::AccessDenied:
        return Texts::tr("The system keychain refused access to the %1 (%2). It may be locked.")
            .arg(what, detail);
    case QKeychain::CouldNotDeleteEntry:
        return Texts::tr("The %1 could not be deleted from the system keychain (%2).")
            .arg(what, detail);
    default:
        break;
    }
    return Texts::tr("The system keychain failed with the %1 (%2).").arg(what, detail);
}

// One QtKeychain job, retried once when worthwhile. Reports through `done` exactly once.
void startJob(const QString &service, int kind, const QString &key, const QString &value,
              QObject *context, int retryDelayMs, bool mayRetry,
              std::function<void(QKeychain::Error, const QString &, const QString &)> done) {
    QKeychain::Job *job = nullptr;
    if (kind == 0) {
        job = new QKeychain::ReadPasswordJob(service);
    } else if (kind == 1) {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(value);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(service);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [service, kind, key, value, context, retryDelayMs, mayRetry,
                      done = std::move(done)](QKeychain::Job *finished) {
                         const QKeychain::Error error = finished->error();
                         if (error != QKeychain::NoError && mayRetry && worthRetrying(error)) {
                             QTimer::singleShot(
                                 retryDelayMs, context,
                                 [service, kind, key, value, context, retryDelayMs, done] {
                                     startJob(service, kind, key, value, context, retryDelayMs,
                                              false, done);
                                 });
                             return;
                         }
                         QString text;
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             text = read->textData();
                         done(error, finished->errorString(), text);
                     });
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(defaultServiceName(), parent) {}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {}

SecretStore::~SecretStore() = default;

QString SecretStore::key(const QString &profileId, SecretName name) {
    return profileId + QLatin1Char('/') + SecretNames::id(name);
}

void SecretStore::setMode(Mode mode) {
    m_mode = mode;
}

void SecretStore::setRedactor(Redactor *redactor) {
    m_redactor = redactor;
}

Redactor *SecretStore::redactor() const {
    return m_redactor ? m_redactor : &Redactor::global();
}

void SecretStore::setStatus(const KeychainStatus &status) {
    m_status = status;
    emit statusChanged(m_status);
}

SecretOperation *SecretStore::probe() {
    auto *op = new SecretOperation;
    const QString probeKey = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::Id128);
    const QString probeValue = QUuid::createUuid().toString(QUuid::Id128);
    QPointer<SecretStore> self(this);
    const auto report = [self, op](const KeychainStatus &status) {
        if (self)
            self->setStatus(status);
        op->finish(status.isAvailable() ? SecretResult::success()
                                        : SecretResult::failure(status.message()));
    };
    startJob(m_service, 1, probeKey, probeValue, op, m_retryDelayMs, true,
             [service = m_service, probeKey, op,
              report](QKeychain::Error error, const QString &errorString, const QString &) {
                 if (error != QKeychain::NoError) {
                     report(KeychainStatus::unavailable(errorString));
                     return;
                 }
                 startJob(service, 2, probeKey, {}, op, 0, false,
                          [report](QKeychain::Error deleteError, const QString &deleteString,
                                   const QString &) {
                              if (deleteError == QKeychain::NoError ||
                                  deleteError == QKeychain::EntryNotFound)
                                  report(KeychainStatus::available());
                              else
                                  report(KeychainStatus::unavailable(deleteString));
                          });
             });
    return op;
}

SecretOperation *SecretStore::runKeychainJob(JobKind kind, const QString &profileId,
                                             SecretName name, const QString &value) {
    auto *op = new SecretOperation;
    if (m_status.isUnavailable()) {
        // Known to fail: say so at once rather than waiting for D-Bus again.
        op->finish(SecretResult::failure(m_status.message()));
        return op;
    }
    const bool writing = kind == JobKind::Write;
    const bool deleting = kind == JobKind::Delete;
    Redactor *r = redactor();
    startJob(m_service, int(kind), key(profileId, name), value, op, m_retryDelayMs, true,
             [op, name, writing, deleting, r](QKeychain::Error error, const QString &errorString,
                                              const QString &text) {
                 if (error == QKeychain::NoError) {
                     if (!text.isEmpty())
                         r->addSecret(text);
                     op->finish(SecretResult::success(text));
                 } else if (error == QKeychain::EntryNotFound) {
                     op->finish(SecretResult::missing());
                 } else {
                     op->finish(SecretResult::failure(
                         describeFailure(error, errorString, name, writing, deleting)));
                 }
             });
    return op;
}

SecretOperation *SecretStore::read(const QString &profileId, SecretName name) {
    if (m_mode == Mode::SessionOnly) {
        auto *op = new SecretOperation;
        const auto value = m_session.value(profileId, name);
        op->finish(value ? SecretResult::success(*value) : SecretResult::missing());
        return op;
    }
    return runKeychainJob(JobKind::Read, profileId, name, {});
}

SecretOperation *SecretStore::write(const QString &profileId, SecretName name,
                                    const QString &secret) {
    if (secret.isEmpty())
        return remove(profileId, name);
    redactor()->addSecret(secret);
    if (m_mode == Mode::SessionOnly) {
        auto *op = new SecretOperation;
        m_session.setValue(profileId, name, secret);
        op->finish(SecretResult::success());
        return op;
    }
    return runKeychainJob(JobKind::Write, profileId, name, secret);
}

SecretOperation *SecretStore::remove(const QString &profileId, SecretName name) {
    const bool hadSessionValue = m_session.remove(profileId, name);
    if (m_mode == Mode::SessionOnly) {
        auto *op = new SecretOperation;
        op->finish(hadSessionValue ? SecretResult::success() : SecretResult::missing());
        return op;
    }
    return runKeychainJob(JobKind::Delete, profileId, name, {});
}

SecretOperation *SecretStore::removeAll(const QString &profileId) {
    auto *outer = new SecretOperation;
    removeNext(profileId, SecretNames::all(), outer, {});
    return outer;
}

void SecretStore::removeNext(const QString &profileId, QList<SecretName> rest,
                             SecretOperation *outer, const QString &firstError) {
    if (rest.isEmpty()) {
        outer->finish(firstError.isEmpty() ? SecretResult::success()
                                           : SecretResult::failure(firstError));
        return;
    }
    const SecretName name = rest.takeFirst();
    QPointer<SecretStore> self(this);
    remove(profileId, name)
        ->then(outer, [self, profileId, rest, outer, firstError](const SecretResult &r) {
            const QString error = firstError.isEmpty() && r.failed() ? r.errorMessage : firstError;
            if (!self) {
                outer->finish(SecretResult::failure(Texts::tr("The secret store was closed.")));
                return;
            }
            self->removeNext(profileId, rest, outer, error);
        });
}

SecretOperation *SecretStore::copyAll(const QString &fromProfileId, const QString &toProfileId) {
    auto *outer = new SecretOperation;
    copyNext(fromProfileId, toProfileId, SecretNames::all(), outer);
    return outer;
}

void SecretStore::copyNext(const QString &from, const QString &to, QList<SecretName> rest,
                           SecretOperation *outer) {
    if (rest.isEmpty()) {
        outer->finish(SecretResult::success());
        return;
    }
    const SecretName name = rest.takeFirst();
    QPointer<SecretStore> self(this);
    read(from, name)->then(outer, [self, from, to, name, rest, outer](const SecretResult &r) {
        if (!self) {
            outer->finish(SecretResult::failure(Texts::tr("The secret store was closed.")));
            return;
        }
        if (r.failed()) {
            outer->finish(r);
            return;
        }
        if (r.notFound()) {
            self->copyNext(from, to, rest, outer);
            return;
        }
        self->write(to, name, r.value)
            ->then(outer, [self, from, to, rest, outer](const SecretResult &w) {
                if (w.failed() || !self) {
                    outer->finish(w.failed() ? w
                                             : SecretResult::failure(
                                                   Texts::tr("The secret store was closed.")));
                    return;
                }
                self->copyNext(from, to, rest, outer);
            });
    });
}

} // namespace assoc::auth
