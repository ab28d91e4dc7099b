// SPDX-License-Identifier: MIT
#pragma once

// Throw-away certificates made with the openssl tool at test time, in a temporary folder that
// goes with the object: a CA, a server certificate for 127.0.0.1 and a client certificate with
// a passphrase-protected key, as PEM files and as one PKCS#12 file. No private key is ever
// checked in.

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringList>
#include <QTemporaryDir>

namespace assoc::test {

class TestCertificates {
public:
    static constexpr const char *Passphrase = "correct horse battery";

    // False (and error() says why) when openssl is missing or fails.
    bool generate() {
        using namespace Qt::StringLiterals;
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        const QString pass = QStringLiteral("pass:") + QLatin1String(Passphrase);
        return write(QStringLiteral("server.ext"),
                     "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n") &&
               write(QStringLiteral("client.ext"), "extendedKeyUsage=clientAuth\n") &&
               run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                    path(u"ca.key"_s), u"-out"_s, caFile(), u"-days"_s, u"2"_s, u"-subj"_s,
                    u"/CN=Association Studio test CA"_s, u"-addext"_s,
                    u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                    u"keyUsage=critical,keyCertSign,cRLSign"_s}) &&
               run({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                    path(u"server.key"_s), u"-out"_s, path(u"server.csr"_s), u"-subj"_s,
                    u"/CN=127.0.0.1"_s}) &&
               sign(QStringLiteral("server")) &&
               run({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-keyout"_s, clientKeyFile(),
                    u"-passout"_s, pass, u"-out"_s, path(u"client.csr"_s), u"-subj"_s,
                    u"/CN=Association Studio test client"_s}) &&
               sign(QStringLiteral("client")) &&
               run({u"pkcs12"_s, u"-export"_s, u"-in"_s, clientCertificateFile(), u"-inkey"_s,
                    clientKeyFile(), u"-passin"_s, pass, u"-out"_s, clientPkcs12File(),
                    u"-passout"_s, pass});
    }
    QString error() const { return m_error; }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString clientCertificateFile() const { return path(QStringLiteral("client.pem")); }
    QString clientKeyFile() const { return path(QStringLiteral("client.key")); } // encrypted
    QString clientPkcs12File() const { return path(QStringLiteral("client.p12")); }

    // A TLS server for 127.0.0.1 that requires a client certificate issued by the test CA.
    QSslConfiguration serverRequiringClientCertificate() const {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(
            QSslCertificate::fromPath(path(QStringLiteral("server.pem"))).value(0));
        QFile key(path(QStringLiteral("server.key")));
        if (key.open(QIODevice::ReadOnly))
            tls.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        tls.setCaCertificates(QSslCertificate::fromPath(caFile()));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        return tls;
    }

private:
    bool fail(const QString &why) {
        m_error = why;
        return false;
    }
    bool write(const QString &name, const QByteArray &text) {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return fail(QStringLiteral("cannot write ") + file.fileName());
        return true;
    }
    bool sign(const QString &name) {
        using namespace Qt::StringLiterals;
        return run({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u".csr"_s), u"-CA"_s, caFile(),
                    u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s,
                    path(name + u".pem"_s), u"-days"_s, u"2"_s, u"-extfile"_s,
                    path(name + u".ext"_s)});
    }
    bool run(const QStringList &arguments) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0)
            return fail(QStringLiteral("openssl %1: %2 %3")
                            .arg(arguments.first(), openssl.errorString(),
                                 QString::fromLocal8Bit(openssl.readAll())));
        return true;
    }

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace assoc::test
