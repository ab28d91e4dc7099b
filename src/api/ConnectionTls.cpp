// SPDX-License-Identifier: MIT
#include "ConnectionTls.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace assoc {

namespace {
// Certificates and keys are a few kilobytes; anything this large is not one.
constexpr qint64 MaxFileBytes = 1024 * 1024;

// The file's bytes, or why it could not be read.
using Bytes = Expected<QByteArray, QString>;

QString shown(const QString &file) {
    return QDir::toNativeSeparators(file);
}

Bytes readFile(const QString &file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Bytes::failure(f.errorString());
    if (f.size() > MaxFileBytes)
        return Bytes::failure(ConnectionTls::tr("it is larger than 1 MB"));
    return f.readAll();
}

bool isPem(const QByteArray &data) {
    return data.contains("-----BEGIN ");
}

struct Identity {
    QList<QSslCertificate> chain; // the client's certificate first
    QSslKey key;
};
using IdentityResult = Expected<Identity, QString>;

IdentityResult pemIdentity(const QString &certificateFile, const QByteArray &certificateData,
                           const QString &keyFile, const QByteArray &keyData,
                           const QByteArray &passphrase) {
    Identity identity;
    identity.chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
    if (identity.chain.isEmpty())
        return IdentityResult::failure(
            ConnectionTls::tr("The client certificate file %1 holds no PEM certificate.")
                .arg(shown(certificateFile)));
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        identity.key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!identity.key.isNull())
            return identity;
    }
    if (!keyData.contains("PRIVATE KEY"))
        return IdentityResult::failure(
            ConnectionTls::tr("The key file %1 holds no private key in PEM form.")
                .arg(shown(keyFile)));
    // PKCS#8 says "ENCRYPTED PRIVATE KEY", the older form "Proc-Type: 4,ENCRYPTED".
    if (keyData.contains("ENCRYPTED"))
        return IdentityResult::failure(
            passphrase.isEmpty()
                ? ConnectionTls::tr("The key file %1 is protected by a passphrase; enter it with "
                                    "the client certificate.")
                      .arg(shown(keyFile))
                : ConnectionTls::tr("The passphrase does not unlock the key file %1.")
                      .arg(shown(keyFile)));
    return IdentityResult::failure(
        ConnectionTls::tr("The private key in %1 is of a kind that cannot be used (RSA, EC or DSA "
                          "keys can).")
            .arg(shown(keyFile)));
}

IdentityResult pkcs12Identity(const QString &file, QByteArray data, const QByteArray &passphrase) {
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    Identity identity;
    QSslCertificate certificate;
    QList<QSslCertificate> authorities;
    if (!QSslCertificate::importPkcs12(&buffer, &identity.key, &certificate, &authorities,
                                       passphrase) ||
        certificate.isNull() || identity.key.isNull()) {
        return IdentityResult::failure(
            passphrase.isEmpty()
                ? ConnectionTls::tr("The client certificate file %1 could not be opened without "
                                    "a passphrase. Enter the passphrase of this PKCS#12 file, or "
                                    "choose a PEM certificate and its key.")
                      .arg(shown(file))
                : ConnectionTls::tr("The client certificate file %1 could not be opened: the "
                                    "passphrase is wrong, or the file is not PKCS#12 (.p12, .pfx).")
                      .arg(shown(file)));
    }
    identity.chain = QList<QSslCertificate>{certificate} + authorities;
    return identity;
}

IdentityResult clientIdentity(const ConnectionSettings &settings) {
    const QString &certificateFile = settings.clientCertificateFile;
    const Bytes certificate = readFile(certificateFile);
    if (!certificate)
        return IdentityResult::failure(
            ConnectionTls::tr("The client certificate file %1 cannot be read: %2.")
                .arg(shown(certificateFile), certificate.error()));
    const QByteArray passphrase = settings.clientKeyPassphrase.toUtf8();
    if (!isPem(certificate.value())) {
        if (!settings.clientKeyFile.isEmpty())
            return IdentityResult::failure(
                ConnectionTls::tr("The client certificate file %1 is not PEM, so it cannot take a "
                                  "separate key file. A PKCS#12 file holds its own key: leave the "
                                  "key file empty.")
                    .arg(shown(certificateFile)));
        return pkcs12Identity(certificateFile, certificate.value(), passphrase);
    }
    if (settings.clientKeyFile.isEmpty()) {
        if (!certificate->contains("PRIVATE KEY"))
            return IdentityResult::failure(
                ConnectionTls::tr("The client certificate file %1 holds no private key; choose "
                                  "the key file too.")
                    .arg(shown(certificateFile)));
        return pemIdentity(certificateFile, certificate.value(), certificateFile,
                           certificate.value(), passphrase);
    }
    const Bytes key = readFile(settings.clientKeyFile);
    if (!key)
        return IdentityResult::failure(ConnectionTls::tr("The key file %1 cannot be read: %2.")
                                           .arg(shown(settings.clientKeyFile), key.error()));
    return pemIdentity(certificateFile, certificate.value(), settings.clientKeyFile, key.value(),
                       passphrase);
}
} // namespace

Expected<QSslConfiguration, QString> ConnectionTls::load(const ConnectionSettings &settings) {
    using Result = Expected<QSslConfiguration, QString>;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    for (const QString &file : settings.extraCaCertificateFiles) {
        const Bytes data = readFile(file);
        if (!data)
            return Result::failure(tr("The CA certificate file %1 cannot be read: %2.")
                                       .arg(shown(file), data.error()));
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(*data, QSsl::Pem);
        if (authorities.isEmpty())
            return Result::failure(
                tr("The CA certificate file %1 holds no PEM certificate.").arg(shown(file)));
        ssl.addCaCertificates(authorities);
    }
    if (settings.clientCertificateFile.isEmpty()) {
        if (!settings.clientKeyFile.isEmpty())
            return Result::failure(tr("The key file %1 is set without a client certificate; "
                                      "choose the certificate too.")
                                       .arg(shown(settings.clientKeyFile)));
        return ssl;
    }
    const IdentityResult identity = clientIdentity(settings);
    if (!identity)
        return Result::failure(identity.error());
    ssl.setLocalCertificateChain(identity->chain);
    ssl.setPrivateKey(identity->key);
    return ssl;
}

} // namespace assoc
