// SPDX-License-Identifier: MIT
// No secret rests where it should not, assocctl's side: the built executable runs export, diff,
// apply, a write that fails and a read that fails (both with an error message that echoes the
// token), an OAuth run whose refresh rotates the refresh token, and a run with the token as an
// argument — with secrets the test makes fresh and gives only through --token-file (a file and
// standard input), --client-secret-file and --refresh-token-file. Then every file under the
// runs' HOME and XDG folders (the history database with its WAL and SHM, the export, the plan)
// and everything printed on stdout and stderr is searched for each secret in UTF-8, UTF-16
// (both byte orders) and percent-encoded form.
#include "AssocctlProcess.h"
#include "FakeHubSpotServer.h"
#include "LeakScan.h"
#include "SeedData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace assoc;
using assoc::fake::FakeHubSpotServer;
using assoc::test::RunResult;

class TestCliNoSecretLeaks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeHubSpotServer> m_server;
    QTemporaryDir m_home; // everything assocctl may write to; all of it is searched
    QTemporaryDir m_keys; // the secret files the user keeps, outside the searched folders
    QString m_token;
    QString m_clientSecret;
    QString m_refreshToken;
    QByteArray m_printed; // every run's stdout and stderr

    QString home(const QString &name) const { return m_home.filePath(name); }

    QString keyFile(const QString &name, const QString &secret) const {
        const QString path = m_keys.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(secret.toUtf8() + '\n');
        return path;
    }

    RunResult run(const QStringList &args, const std::optional<QByteArray> &input = std::nullopt) {
        QProcessEnvironment env = test::assocctlEnvironment();
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                "XDG_STATE_HOME", "TMPDIR"})
            env.insert(QString::fromLatin1(var), home(QString::fromLatin1(var).toLower()));
        const RunResult r =
            test::runAssocctl(QStringList{u"--base-url"_s, m_server->baseUrl().toString(),
                                          u"--timeout-ms"_s, u"10000"_s, u"--retries"_s, u"0"_s} +
                                  args,
                              env, 60000, input);
        m_printed += r.out + r.err; // not the arguments: one run is given the token there
        return r;
    }

    QStringList withToken(const QStringList &args) const {
        return QStringList{u"--token-file"_s, m_keys.filePath(u"token"_s)} + args;
    }

    // An error body as a careless or hostile server words it: the token, bare, in the message.
    void scriptEcho(int count, const QString &pathContains = {}) {
        fake::FaultInjector::Fault fault;
        fault.kind = fake::FaultInjector::Kind::ServerError;
        fault.status = 500;
        fault.message = u"internal error while handling the request with %1"_s.arg(m_token);
        m_server->faults().script(fault, count, pathContains);
    }

    int typeIdOf(const QString &label) const {
        for (const auto &t : m_server->state().labels(u"0-1"_s, u"0-2"_s)) {
            if (t.isUserLabel() && t.label == label)
                return t.typeId;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid() && m_keys.isValid());
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                "XDG_STATE_HOME", "TMPDIR"})
            QVERIFY(QDir().mkpath(home(QString::fromLatin1(var).toLower())));
        m_token = test::freshSecret();
        m_clientSecret = test::freshSecret();
        m_server = std::make_unique<FakeHubSpotServer>();
        m_server->reseed(fake::Seed::Demo);
        m_server->config().privateAppToken = m_token;
        m_server->config().rotateRefreshTokens = true;
        m_server->setOAuthClientSecret(m_clientSecret);
        QVERIFY(m_server->listen(0));
        m_refreshToken = m_server->issueRefreshToken();
        keyFile(u"token"_s, m_token);
        keyFile(u"client-secret"_s, m_clientSecret);
        keyFile(u"refresh-token"_s, m_refreshToken);
    }

    void theScanFindsEachEncoding() {
        const QMap<QString, QString> secrets{{u"the secret"_s, m_token}};
        for (const auto &[encoding, bytes] : test::secretEncodings(m_token)) {
            const QStringList hits = test::leaksIn(u"sample"_s, "<" + bytes + ">", secrets);
            QVERIFY2(hits.size() == 1, qPrintable(encoding));
        }
    }

    void aWholeSessionLeaksNothing() {
        // export, then diff an edited copy against the portal (the token from standard input),
        // then apply the plan: the history records it.
        const QString exported = home(u"home/portal.json"_s);
        RunResult r = run(withToken({u"export"_s, u"-o"_s, exported}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QFile in(exported);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        QVERIFY(text.contains("\"Billing contact\""));
        text.replace("\"Billing contact\"", "\"Invoice contact\"");
        const QString edited = home(u"home/edited.json"_s);
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        const QString plan = home(u"home/plan.json"_s);
        r = run({u"--token-file"_s, u"-"_s, u"diff"_s, edited, u"portal"_s, u"-o"_s, plan},
                m_token.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 4, r.describe().constData());
        r = run(withToken({u"apply"_s, u"--plan"_s, plan}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const int typeId = typeIdOf(u"Invoice contact"_s);
        QVERIFY(typeId != 0);

        // A write refused with a message that echoes the token: printed, and recorded in the
        // history. The batch path is the limit write's alone, not the read before it.
        scriptEcho(5, u"/batch/"_s);
        r = run(withToken({u"--verbose"_s, u"set-limit"_s, u"contacts"_s, u"companies"_s,
                           QString::number(typeId), u"3"_s}));
        m_server->faults().clear();
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errors().contains(u"[redacted]"_s), r.describe().constData());
        const QString history = home(u"xdg_data_home/AssociationStudio/history.sqlite"_s);
        QVERIFY(QFileInfo(history).size() > 0);

        // A read refused the same way, with the token given as an argument (warned about).
        scriptEcho(5);
        r = run(
            {u"--token"_s, m_token, u"--verbose"_s, u"labels"_s, u"contacts"_s, u"companies"_s});
        m_server->faults().clear();
        QVERIFY2(r.exitCode == 1, r.describe().constData());

        // OAuth from files: the refresh rotates the refresh token.
        const int tokenRequests = m_server->tokenRequestCount();
        r = run({u"--client-id"_s, m_server->oauthClientId(), u"--client-secret-file"_s,
                 m_keys.filePath(u"client-secret"_s), u"--refresh-token-file"_s,
                 m_keys.filePath(u"refresh-token"_s), u"--json"_s, u"labels"_s, u"contacts"_s,
                 u"companies"_s});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(m_server->tokenRequestCount() > tokenRequests);

        QMap<QString, QString> secrets = test::credentialsSent(m_server->log());
        secrets.insert(u"the private-app token"_s, m_token);
        secrets.insert(u"the OAuth client secret"_s, m_clientSecret);
        secrets.insert(u"the refresh token"_s, m_refreshToken);
        const QStringList issued = m_server->issuedOAuthTokens();
        QVERIFY(issued.size() >= 2); // the access token and the rotated refresh token
        for (int i = 0; i < issued.size(); ++i)
            secrets.insert(u"OAuth token issued %1"_s.arg(i + 1), issued.at(i));

        int scanned = 0;
        QStringList leaks = test::leaksUnder(m_home.path(), secrets, &scanned);
        leaks += test::leaksIn(u"assocctl's stdout and stderr"_s, m_printed, secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QVERIFY2(scanned >= 4, qPrintable(QString::number(scanned)));
    }
};

QTEST_GUILESS_MAIN(TestCliNoSecretLeaks)
#include "test_cli_no_secret_leaks.moc"
