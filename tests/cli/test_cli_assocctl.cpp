// SPDX-License-Identifier: MIT
// assocctl end to end: the built executable talks to a fake portal served by this process. The
// test's event loop keeps running while assocctl runs (the fake serves on this thread), so every
// wait spins it instead of blocking in waitForFinished.
#include "AssocctlProcess.h"
#include "RecordingRelay.h"
#include "TestCertificates.h"
#include "api/BaseUrlPolicy.h"
#include "core/PortalSchema.h"
#include "core/SchemaDocument.h"
#include "fakehubspot/FakeHubSpotServer.h"
#include "fakehubspot/SeedData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using assoc::fake::FakeHubSpotServer;
using assoc::fake::FaultInjector;
using assoc::fake::Seed;

using namespace assoc::test;

namespace {

// The row of a text table whose first cell is `first`, split into cells.
std::optional<QStringList> row(const QString &table, const QString &first) {
    const QStringList lines = table.split(u'\n');
    for (const QString &line : lines) {
        const QStringList cells = line.split(QRegularExpression(u"\\s{2,}"_s), Qt::SkipEmptyParts);
        if (!cells.isEmpty() && cells.first().trimmed() == first)
            return cells;
    }
    return std::nullopt;
}

QJsonObject findTypeId(const QJsonArray &list, int typeId) {
    for (const QJsonValue &v : list) {
        if (v[u"typeId"_s].toInt() == typeId)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliAssocctl : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeHubSpotServer> m_server;
    QList<QByteArray> m_secrets;
    QList<RunResult> m_runs;

    RunResult runOn(FakeHubSpotServer &server, const QStringList &args,
                    const QProcessEnvironment &extraEnv = {}, bool tokenFromEnv = true,
                    int timeoutMs = 60000, const std::optional<QByteArray> &input = {}) {
        QProcessEnvironment env = assocctlEnvironment();
        if (tokenFromEnv)
            env.insert(u"HUBSPOT_ACCESS_TOKEN"_s, server.privateAppToken());
        for (const QString &key : extraEnv.keys())
            env.insert(key, extraEnv.value(key));

        RunResult r = runAssocctl(QStringList{u"--base-url"_s, server.baseUrl().toString(),
                                              u"--timeout-ms"_s, u"10000"_s} +
                                      args,
                                  env, timeoutMs, input);
        m_runs.append(r);
        return r;
    }

    RunResult run(const QStringList &args) { return runOn(*m_server, args); }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<FakeHubSpotServer>();
        m_server->reseed(Seed::Demo);
        QVERIFY(m_server->listen(0));
        m_secrets.append(m_server->privateAppToken().toUtf8());
    }

    void init() {
        m_server->faults().clear();
        m_server->log().clear();
    }

    // The token (and any other secret the test used) never appears in anything printed.
    void cleanup() {
        for (const RunResult &r : std::as_const(m_runs)) {
            for (const QByteArray &secret : std::as_const(m_secrets)) {
                QVERIFY2(!r.out.contains(secret), r.describe().constData());
                QVERIFY2(!r.err.contains(secret), r.describe().constData());
            }
        }
        m_runs.clear();
    }

    void versionAndHelp() {
        const RunResult version = run({u"--version"_s});
        QVERIFY2(version.finished && version.exitCode == 0, version.describe().constData());
        QVERIFY(version.text().startsWith(u"assocctl "_s));
        const RunResult help = run({u"--help"_s});
        QVERIFY2(help.exitCode == 0, help.describe().constData());
        for (const QString &command : {u"types"_s, u"labels FROM TO"_s, u"create-label"_s,
                                       u"set-limit"_s, u"export"_s, u"usage"_s})
            QVERIFY2(help.text().contains(command), qPrintable(command));
        QCOMPARE(m_server->log().count(), 0);
    }

    void labelsOfContactsAndCompanies() {
        const RunResult r = run({u"labels"_s, u"contacts"_s, u"companies"_s});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QStringList header = row(r.text(), u"TYPE ID"_s).value_or(QStringList());
        QCOMPARE(header, (QStringList{u"TYPE ID"_s, u"CATEGORY"_s, u"LABEL"_s, u"LIMIT"_s}));
        const auto primary = row(r.text(), u"1"_s);
        QVERIFY2(primary, r.describe().constData());
        QCOMPARE(primary->at(1), u"HUBSPOT_DEFINED"_s);
        QCOMPARE(primary->at(2), u"Primary"_s);
        const auto unlabeled = row(r.text(), u"279"_s);
        QVERIFY2(unlabeled, r.describe().constData());
        QCOMPARE(unlabeled->at(1), u"HUBSPOT_DEFINED"_s);
        QCOMPARE(unlabeled->at(2), u"Unlabeled"_s);
        QCOMPARE(unlabeled->at(3), u"25"_s); // the demo portal's limit on 279
        QVERIFY(r.text().contains(u"Billing contact"_s));
        // Only GETs: reading never writes.
        QCOMPARE(m_server->log().count(), m_server->log().count(u"GET"_s, {}));
    }

    void labelsAsJson() {
        const RunResult r = run({u"--json"_s, u"labels"_s, u"0-1"_s, u"company"_s});
        QVERIFY2(r.exitCode == 0 && r.isJson(), r.describe().constData());
        const QJsonObject doc = r.json();
        QCOMPARE(doc[u"fromObjectTypeId"_s].toString(), u"0-1"_s);
        QCOMPARE(doc[u"toObjectTypeId"_s].toString(), u"0-2"_s);
        const QJsonArray labels = doc[u"labels"_s].toArray();
        const QJsonObject primary = findTypeId(labels, 1);
        QCOMPARE(primary[u"label"_s].toString(), u"Primary"_s);
        QCOMPARE(primary[u"category"_s].toString(), u"HUBSPOT_DEFINED"_s);
        QVERIFY(primary[u"limit"_s].isNull());
        const QJsonObject unlabeled = findTypeId(labels, 279);
        QVERIFY(unlabeled[u"label"_s].isNull());
        QCOMPARE(unlabeled[u"limit"_s].toInt(), 25);
        // Stable: the same portal prints the same bytes.
        const RunResult again = run({u"--json"_s, u"labels"_s, u"0-1"_s, u"company"_s});
        QCOMPARE(again.out, r.out);
    }

    void typesAndCustomNames() {
        const RunResult types = run({u"--json"_s, u"types"_s});
        QVERIFY2(types.exitCode == 0 && types.isJson(), types.describe().constData());
        QStringList ids;
        for (const QJsonValue &t : types.json()[u"objectTypes"_s].toArray())
            ids.append(t[u"id"_s].toString());
        for (const QString &id : {u"0-1"_s, u"0-2"_s, u"0-3"_s, u"0-5"_s, u"2-7300101"_s})
            QVERIFY2(ids.contains(id), qPrintable(ids.join(u", "_s)));

        const RunResult byName = run({u"labels"_s, u"vehicles"_s, u"contacts"_s});
        QVERIFY2(byName.exitCode == 0, byName.describe().constData());
        QVERIFY(byName.text().contains(u"Owner"_s));
        const RunResult byFqn = run({u"labels"_s, u"p7001234_vehicles"_s, u"0-1"_s});
        QVERIFY2(byFqn.exitCode == 0, byFqn.describe().constData());
        QCOMPARE(byFqn.out, byName.out);

        m_server->log().clear();
        const RunResult unknown = run({u"labels"_s, u"spaceships"_s, u"contacts"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errors().contains(u"spaceships"_s));
        QCOMPARE(m_server->log().count(u"GET"_s, u"labels"_s), 0);
    }

    void labelLifecycle() {
        // Create a paired label; both directions are read back to say which id is which.
        const RunResult created = run({u"--json"_s, u"create-label"_s, u"contacts"_s, u"deals"_s,
                                       u"--name"_s, u"sponsor_sponsored"_s, u"--label"_s,
                                       u"Sponsor"_s, u"--inverse-label"_s, u"Sponsored deal"_s});
        QVERIFY2(created.exitCode == 0 && created.isJson(), created.describe().constData());
        const QJsonArray list = created.json()[u"created"_s].toArray();
        QCOMPARE(list.size(), 2);
        int forwardId = 0, reverseId = 0;
        for (const QJsonValue &v : list) {
            if (v[u"direction"_s].toString() == u"forward"_s) {
                forwardId = v[u"typeId"_s].toInt();
                QCOMPARE(v[u"label"_s].toString(), u"Sponsor"_s);
                QCOMPARE(v[u"fromObjectTypeId"_s].toString(), u"0-1"_s);
            } else {
                QCOMPARE(v[u"direction"_s].toString(), u"reverse"_s);
                reverseId = v[u"typeId"_s].toInt();
                QCOMPARE(v[u"label"_s].toString(), u"Sponsored deal"_s);
                QCOMPARE(v[u"fromObjectTypeId"_s].toString(), u"0-3"_s);
            }
        }
        QVERIFY(forwardId > 0 && reverseId > 0 && forwardId != reverseId);

        const RunResult forward = run({u"labels"_s, u"contacts"_s, u"deals"_s});
        QCOMPARE(row(forward.text(), QString::number(forwardId)).value_or(QStringList()).value(2),
                 u"Sponsor"_s);
        const RunResult reverse = run({u"labels"_s, u"deals"_s, u"contacts"_s});
        QCOMPARE(row(reverse.text(), QString::number(reverseId)).value_or(QStringList()).value(2),
                 u"Sponsored deal"_s);

        // Rename.
        const QString id = QString::number(forwardId);
        const RunResult renamed = run(
            {u"rename-label"_s, u"contacts"_s, u"deals"_s, id, u"--label"_s, u"Main sponsor"_s});
        QVERIFY2(renamed.exitCode == 0, renamed.describe().constData());
        const RunResult afterRename = run({u"labels"_s, u"contacts"_s, u"deals"_s});
        QCOMPARE(row(afterRename.text(), id).value_or(QStringList()).value(2), u"Main sponsor"_s);

        // Set a limit (created), change it (updated), and see it in both listings.
        const RunResult set = run({u"set-limit"_s, u"contacts"_s, u"deals"_s, id, u"3"_s});
        QVERIFY2(set.exitCode == 0 && set.text().contains(u"created"_s),
                 set.describe().constData());
        const RunResult changed =
            run({u"--json"_s, u"set-limit"_s, u"contacts"_s, u"deals"_s, id, u"4"_s});
        QVERIFY2(changed.exitCode == 0 && changed.isJson(), changed.describe().constData());
        QCOMPARE(changed.json()[u"action"_s].toString(), u"updated"_s);
        QCOMPARE(changed.json()[u"before"_s].toInt(), 3);
        QCOMPARE(changed.json()[u"after"_s].toInt(), 4);
        QCOMPARE(changed.json()[u"category"_s].toString(), u"USER_DEFINED"_s);

        const RunResult pairLimits = run({u"limits"_s, u"contacts"_s, u"deals"_s});
        QVERIFY2(pairLimits.exitCode == 0, pairLimits.describe().constData());
        QCOMPARE(row(pairLimits.text(), id).value_or(QStringList()).value(3), u"4"_s);
        const RunResult allLimits = run({u"--json"_s, u"limits"_s});
        QVERIFY2(allLimits.exitCode == 0 && allLimits.isJson(), allLimits.describe().constData());
        QCOMPARE(findTypeId(allLimits.json()[u"limits"_s].toArray(), forwardId)[u"limit"_s].toInt(),
                 4);
        const RunResult labelsWithLimit = run({u"labels"_s, u"contacts"_s, u"deals"_s});
        QCOMPARE(row(labelsWithLimit.text(), id).value_or(QStringList()).value(3), u"4"_s);

        // Remove the limit.
        const RunResult removed = run({u"remove-limit"_s, u"contacts"_s, u"deals"_s, id});
        QVERIFY2(removed.exitCode == 0, removed.describe().constData());
        QVERIFY(removed.text().contains(u"removed"_s));
        const RunResult afterRemove = run({u"--json"_s, u"limits"_s, u"contacts"_s, u"deals"_s});
        const QJsonObject entry = findTypeId(afterRemove.json()[u"limits"_s].toArray(), forwardId);
        QVERIFY2(entry.isEmpty() || entry[u"limit"_s].isNull(), afterRemove.out.constData());

        // Delete.
        const RunResult deleted = run({u"delete-label"_s, u"contacts"_s, u"deals"_s, id});
        QVERIFY2(deleted.exitCode == 0, deleted.describe().constData());
        const RunResult afterDelete = run({u"labels"_s, u"contacts"_s, u"deals"_s});
        QVERIFY(!row(afterDelete.text(), id));
        QVERIFY(!afterDelete.text().contains(u"Main sponsor"_s));
    }

    void singleSameObjectLabel() {
        const RunResult created = run({u"--json"_s, u"create-label"_s, u"deals"_s, u"deals"_s,
                                       u"--label"_s, u"Follow-up deal"_s});
        QVERIFY2(created.exitCode == 0 && created.isJson(), created.describe().constData());
        QCOMPARE(created.json()[u"name"_s].toString(), u"follow_up_deal"_s);
        const QJsonArray list = created.json()[u"created"_s].toArray();
        QVERIFY(!list.isEmpty());
        for (const QJsonValue &v : list)
            QCOMPARE(v[u"direction"_s].toString(), u"both"_s);
    }

    void invalidInputSendsNothing() {
        const QList<QStringList> cases = {
            {u"create-label"_s, u"contacts"_s, u"companies"_s, u"--name"_s, u"Bad Name"_s,
             u"--label"_s, u"X"_s},
            {u"create-label"_s, u"contacts"_s, u"companies"_s, u"--label"_s, u"  "_s},
            {u"create-label"_s, u"contacts"_s, u"companies"_s, u"--name"_s, u"ok_name"_s},
            {u"rename-label"_s, u"contacts"_s, u"companies"_s, u"abc"_s, u"--label"_s, u"X"_s},
            {u"set-limit"_s, u"contacts"_s, u"companies"_s, u"279"_s, u"0"_s},
            {u"set-limit"_s, u"contacts"_s, u"companies"_s, u"279"_s, u"20000"_s},
            {u"set-limit"_s, u"contacts"_s, u"companies"_s, u"279"_s, u"many"_s},
            {u"set-limit"_s, u"contacts"_s, u"companies"_s, u"279"_s, u"5"_s, u"--category"_s,
             u"NOPE"_s},
            // Several ids need --max: a limit is never guessed from the last id.
            {u"set-limit"_s, u"contacts"_s, u"companies"_s, u"279"_s, u"1"_s, u"5"_s},
            {u"set-limit"_s, u"contacts"_s, u"companies"_s, u"279"_s, u"1"_s, u"--max"_s, u"0"_s},
            {u"set-limit"_s, u"contacts"_s, u"companies"_s, u"279"_s, u"x"_s, u"--max"_s, u"5"_s},
            {u"labels"_s, u"contacts"_s, u"companies"_s, u"--max"_s, u"5"_s},
            {u"labels"_s, u"contacts"_s},
            {u"frobnicate"_s},
            {},
            {u"types"_s, u"--label"_s, u"X"_s},
            {u"--api-version"_s, u"v9"_s, u"types"_s},
            {u"--concurrency"_s, u"0"_s, u"types"_s},
        };
        for (const QStringList &args : cases) {
            m_server->log().clear();
            const RunResult r = run(args);
            QVERIFY2(r.exitCode == 2, (args.join(u' ').toUtf8() + "\n" + r.describe()).constData());
            QVERIFY2(r.errors().startsWith(u"assocctl: "_s), r.describe().constData());
            QVERIFY2(r.out.isEmpty(), r.describe().constData());
            QCOMPARE(m_server->log().count(), 0);
        }

        // The validation message names the option, and --json gives a machine-readable error.
        const RunResult named = run({u"--json"_s, u"create-label"_s, u"contacts"_s, u"companies"_s,
                                     u"--name"_s, u"Bad Name"_s, u"--label"_s, u"X"_s});
        QCOMPARE(named.exitCode, 2);
        QVERIFY(named.errors().contains(u"--name"_s));
        QVERIFY2(named.isJson(), named.describe().constData());
        const QJsonObject error = named.json()[u"error"_s].toObject();
        QCOMPARE(error[u"kind"_s].toString(), u"validation"_s);
        QCOMPARE(error[u"issues"_s].toArray().first()[u"option"_s].toString(), u"--name"_s);
        QCOMPARE(m_server->log().count(), 0);

        // No credentials at all.
        m_server->log().clear();
        const RunResult none = runOn(*m_server, {u"types"_s}, {}, false);
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.errors().contains(u"HUBSPOT_ACCESS_TOKEN"_s));
        QCOMPARE(m_server->log().count(), 0);
    }

    void duplicateLabelIsRejectedBeforeSending() {
        const RunResult r = run({u"create-label"_s, u"contacts"_s, u"companies"_s, u"--label"_s,
                                 u"billing contact"_s, u"--name"_s, u"another_billing"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errors().contains(u"already has a label"_s), r.describe().constData());
        QCOMPARE(m_server->log().count(u"POST"_s, {}), 0);
    }

    void hubSpotDefinedLabelsCannotBeDeleted() {
        const RunResult r = run({u"delete-label"_s, u"contacts"_s, u"companies"_s, u"279"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errors().contains(u"not user-defined"_s));
        QCOMPARE(m_server->log().count(u"DELETE"_s, {}), 0);
    }

    void wrongTokenExits1() {
        const QString wrong = u"pat-na1-wrong-0000-1111"_s;
        m_secrets.append(wrong.toUtf8());
        const RunResult r =
            runOn(*m_server,
                  {u"--token"_s, wrong, u"--verbose"_s, u"labels"_s, u"contacts"_s, u"companies"_s},
                  {}, false);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        // The labels request's own entry: assocctl may send others alongside it, in any order.
        const auto labelsEntry = [this]() -> std::optional<assoc::fake::RequestLogEntry> {
            const auto entries = m_server->log().entries();
            const auto it = std::find_if(entries.rbegin(), entries.rend(), [](const auto &e) {
                return e.path.endsWith(u"/labels"_s);
            });
            return it == entries.rend() ? std::nullopt : std::optional(*it);
        };
        QVERIFY(labelsEntry());
        QCOMPARE(labelsEntry()->status, 401);
        const QString correlationId = labelsEntry()->correlationId;
        QVERIFY(!correlationId.isEmpty());
        QVERIFY2(r.errors().contains(correlationId), r.describe().constData());
        QVERIFY2(r.errors().contains(u"Authentication credentials not found"_s) ||
                     r.errors().contains(u"authentication"_s, Qt::CaseInsensitive),
                 r.describe().constData());

        m_server->log().clear();
        const RunResult json =
            runOn(*m_server,
                  {u"--json"_s, u"--token"_s, wrong, u"labels"_s, u"contacts"_s, u"companies"_s},
                  {}, false);
        QCOMPARE(json.exitCode, 1);
        QVERIFY2(json.isJson(), json.describe().constData());
        const QJsonObject error = json.json()[u"error"_s].toObject();
        QCOMPARE(error[u"httpStatus"_s].toInt(), 401);
        QVERIFY(labelsEntry());
        QCOMPARE(error[u"correlationId"_s].toString(), labelsEntry()->correlationId);
        QVERIFY(!error[u"kind"_s].toString().isEmpty());
        QVERIFY(!error[u"message"_s].toString().isEmpty());
        QVERIFY(error.contains(u"category"_s));
    }

    // A 403 MISSING_SCOPES names the scope to add and where, on stderr; --json keeps the list.
    // The demo token may not read users (the seed denies them).
    void missingScopeNamesTheScopeToAdd() {
        const RunResult r = run({u"labels"_s, u"contacts"_s, u"users"_s});
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errors().contains(u"MISSING_SCOPES"_s), r.describe().constData());
        QVERIFY2(r.errors().contains(u"Add the scope crm.objects.users.read to your private app"_s),
                 r.describe().constData());
        QVERIFY2(r.errors().contains(u"Private Apps"_s), r.describe().constData());

        const RunResult json = run({u"--json"_s, u"labels"_s, u"contacts"_s, u"users"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject error = json.json()[u"error"_s].toObject();
        QCOMPARE(error[u"httpStatus"_s].toInt(), 403);
        QCOMPARE(error[u"missingScopes"_s].toArray(), QJsonArray{u"crm.objects.users.read"_s});
    }

    // `scopes` needs no token: the same guide as the Connect dialog's, and as JSON.
    void scopesGuideNeedsNoPortal() {
        const RunResult r = runAssocctl({u"scopes"_s}, assocctlEnvironment());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        for (const QString &scope : {u"crm.schemas.custom.read"_s, u"crm.objects.contacts.read"_s,
                                     u"crm.objects.deals.write"_s, u"tickets"_s})
            QVERIFY2(r.text().contains(scope), r.describe().constData());
        QVERIFY2(r.text().contains(u"Private Apps"_s), r.describe().constData());

        const RunResult json = runAssocctl({u"--json"_s, u"scopes"_s}, assocctlEnvironment());
        QVERIFY2(json.exitCode == 0 && json.isJson(), json.describe().constData());
        const QJsonArray readOnly = json.json()[u"readOnlyUse"_s].toArray();
        const QJsonArray write = json.json()[u"writeUse"_s].toArray();
        QVERIFY(readOnly.contains(u"crm.schemas.custom.read"_s));
        QVERIFY(!readOnly.contains(u"crm.objects.contacts.write"_s));
        QVERIFY(write.contains(u"crm.objects.contacts.write"_s));
        QVERIFY(json.json()[u"endpoints"_s].toArray().size() >= 9);
    }

    // Secrets from a file or standard input never show on the command line; one given as an
    // argument still works, with a warning that names the safer ways.
    void secretsFromFilesAndStandardInput() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto writeFile = [&dir](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                return QString();
            return file.fileName();
        };
        const QByteArray token = m_server->privateAppToken().toUtf8();
        const QString tokenFile = writeFile(u"token"_s, token + "\n");
        QVERIFY(!tokenFile.isEmpty());
        const auto sentToken = [this] {
            const auto entries = m_server->log().entries();
            return entries.isEmpty() ? QByteArray() : entries.last().header("authorization");
        };

        m_server->log().clear();
        const RunResult fromFile = runOn(
            *m_server, {u"--token-file"_s, tokenFile, u"labels"_s, u"contacts"_s, u"companies"_s},
            {}, false);
        QVERIFY2(fromFile.exitCode == 0 && row(fromFile.text(), u"279"_s),
                 fromFile.describe().constData());
        QCOMPARE(sentToken(), "Bearer " + token); // the newline is not part of it
        QVERIFY2(!fromFile.errors().contains(u"warning"_s), fromFile.describe().constData());

        m_server->log().clear();
        const RunResult fromStdin =
            runOn(*m_server, {u"--token-file"_s, u"-"_s, u"labels"_s, u"0-1"_s, u"0-2"_s}, {},
                  false, 60000, token + "\r\n");
        QVERIFY2(fromStdin.exitCode == 0 && row(fromStdin.text(), u"279"_s),
                 fromStdin.describe().constData());
        QCOMPARE(sentToken(), "Bearer " + token);

        // As an argument: it works, and says what to use instead.
        const RunResult asArgument = runOn(
            *m_server, {u"--token"_s, QString::fromUtf8(token), u"labels"_s, u"0-1"_s, u"0-2"_s},
            {}, false);
        QVERIFY2(asArgument.exitCode == 0, asArgument.describe().constData());
        QVERIFY2(asArgument.errors().contains(u"warning: --token"_s) &&
                     asArgument.errors().contains(u"HUBSPOT_ACCESS_TOKEN"_s) &&
                     asArgument.errors().contains(u"--token-file"_s),
                 asArgument.describe().constData());
        QVERIFY(!asArgument.out.contains("warning"));

        // OAuth: the client secret from standard input, the refresh token from a file.
        const QString refresh = m_server->issueRefreshToken();
        m_secrets.append(refresh.toUtf8());
        m_secrets.append(m_server->oauthClientSecret().toUtf8());
        const QString refreshFile = writeFile(u"refresh"_s, refresh.toUtf8() + "\n");
        const RunResult oauth =
            runOn(*m_server,
                  {u"--client-id"_s, m_server->oauthClientId(), u"--client-secret-file"_s, u"-"_s,
                   u"--refresh-token-file"_s, refreshFile, u"labels"_s, u"0-1"_s, u"0-2"_s},
                  {}, false, 60000, m_server->oauthClientSecret().toUtf8());
        QVERIFY2(oauth.exitCode == 0 && row(oauth.text(), u"279"_s), oauth.describe().constData());
        QVERIFY2(!oauth.errors().contains(u"warning"_s), oauth.describe().constData());

        // Usage errors (exit 2, nothing sent), each saying what is wrong.
        m_server->log().clear();
        const QString empty = writeFile(u"empty"_s, "\n");
        const RunResult emptyFile =
            runOn(*m_server, {u"--token-file"_s, empty, u"types"_s}, {}, false);
        QCOMPARE(emptyFile.exitCode, 2);
        QVERIFY2(emptyFile.errors().contains(u"--token-file"_s) &&
                     emptyFile.errors().contains(u"empty"_s),
                 emptyFile.describe().constData());
        const RunResult emptyStdin =
            runOn(*m_server, {u"--token-file"_s, u"-"_s, u"types"_s}, {}, false, 60000, "");
        QCOMPARE(emptyStdin.exitCode, 2);
        QVERIFY2(emptyStdin.errors().contains(u"standard input is empty"_s),
                 emptyStdin.describe().constData());
        const RunResult missingFile =
            runOn(*m_server, {u"--token-file"_s, dir.filePath(u"nope"_s), u"types"_s}, {}, false);
        QCOMPARE(missingFile.exitCode, 2);
        QVERIFY(missingFile.errors().contains(u"could not be read"_s));
        const RunResult twoStdin =
            runOn(*m_server,
                  {u"--client-id"_s, m_server->oauthClientId(), u"--client-secret-file"_s, u"-"_s,
                   u"--refresh-token-file"_s, u"-"_s, u"types"_s},
                  {}, false, 60000, "x");
        QCOMPARE(twoStdin.exitCode, 2);
        QVERIFY2(twoStdin.errors().contains(u"standard input"_s), twoStdin.describe().constData());
        const RunResult both = runOn(
            *m_server,
            {u"--token"_s, QString::fromUtf8(token), u"--token-file"_s, tokenFile, u"types"_s}, {},
            false);
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.errors().contains(u"not both"_s), both.describe().constData());
        QCOMPARE(m_server->log().count(), 0);

        // The help names the options.
        const QString help = run({u"--help"_s}).text();
        for (const QString &option :
             {u"--token-file"_s, u"--client-secret-file"_s, u"--refresh-token-file"_s})
            QVERIFY2(help.contains(option), qPrintable(option));
    }

    // A secret too short to mask safely is not masked: "--token x" must not turn "proxy" into
    // "pro[redacted]y" in the message about an unreachable host.
    void shortTokenLeavesMessagesReadable() {
        QProcessEnvironment env = assocctlEnvironment();
        const RunResult r = runAssocctl({u"--base-url"_s, u"http://127.0.0.1:1"_s, u"--retries"_s,
                                         u"0"_s, u"--token"_s, u"x"_s, u"types"_s},
                                        env);
        m_runs.append(r);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(!r.errors().contains(u"[redacted]"_s), r.describe().constData());
        QVERIFY2(r.errors().contains(u"proxy"_s), r.describe().constData());
    }

    void tokenAsApiKeyHeader() {
        m_server->log().clear();
        const RunResult r =
            run({u"--api-key-header"_s, u"private-app-legacy"_s, u"labels"_s, u"0-1"_s, u"0-2"_s});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const auto entries = m_server->log().entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().header("private-app-legacy"), m_server->privateAppToken().toUtf8());
        QVERIFY(entries.last().header("authorization").isEmpty());
    }

    void oauthFromEnvironment() {
        const QString refresh = m_server->issueRefreshToken();
        m_secrets.append(refresh.toUtf8());
        m_secrets.append(m_server->oauthClientSecret().toUtf8());
        QProcessEnvironment env;
        env.insert(u"HUBSPOT_CLIENT_ID"_s, m_server->oauthClientId());
        env.insert(u"HUBSPOT_CLIENT_SECRET"_s, m_server->oauthClientSecret());
        env.insert(u"HUBSPOT_REFRESH_TOKEN"_s, refresh);
        const RunResult r =
            runOn(*m_server, {u"--verbose"_s, u"labels"_s, u"0-1"_s, u"0-2"_s}, env, false);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(row(r.text(), u"279"_s));
        QVERIFY(m_server->tokenRequestCount() >= 1);

        // A revoked refresh token: sign in again, exit 1, and still nothing secret printed.
        m_server->revokeRefreshToken(refresh);
        const RunResult revoked = runOn(*m_server, {u"--verbose"_s, u"types"_s}, env, false);
        QVERIFY2(revoked.exitCode == 1, revoked.describe().constData());

        // Incomplete OAuth credentials are a usage error.
        QProcessEnvironment partial;
        partial.insert(u"HUBSPOT_CLIENT_ID"_s, m_server->oauthClientId());
        const RunResult incomplete = runOn(*m_server, {u"types"_s}, partial, false);
        QCOMPARE(incomplete.exitCode, 2);
        QVERIFY(incomplete.errors().contains(u"HUBSPOT_REFRESH_TOKEN"_s));
    }

    // set-limit FROM TO ID... --max N gives several labels the same limit, one outcome each;
    // the old FROM TO ID N still sets one.
    void setLimitOnSeveralIds() {
        QList<int> ids;
        for (const QString &name : {u"gamma"_s, u"delta"_s}) {
            const RunResult r = run({u"--json"_s, u"create-label"_s, u"companies"_s, u"deals"_s,
                                     u"--label"_s, name, u"--name"_s, name});
            QVERIFY2(r.exitCode == 0 && r.isJson(), r.describe().constData());
            for (const QJsonValue &v : r.json()[u"created"_s].toArray()) {
                if (v[u"direction"_s].toString() != u"reverse"_s)
                    ids.append(v[u"typeId"_s].toInt());
            }
        }
        QCOMPARE(ids.size(), 2);
        const RunResult one =
            run({u"set-limit"_s, u"companies"_s, u"deals"_s, QString::number(ids.at(0)), u"2"_s});
        QVERIFY2(one.exitCode == 0 && one.text().contains(u"created"_s),
                 one.describe().constData());

        m_server->log().clear();
        const RunResult both =
            run({u"--json"_s, u"set-limit"_s, u"companies"_s, u"deals"_s,
                 QString::number(ids.at(0)), QString::number(ids.at(1)), u"--max"_s, u"6"_s});
        QVERIFY2(both.exitCode == 0 && both.isJson(), both.describe().constData());
        const QJsonArray results = both.json()[u"results"_s].toArray();
        QCOMPARE(results.size(), 2);
        for (const int id : ids) {
            const QJsonObject item = findTypeId(results, id);
            QVERIFY2(item[u"ok"_s].toBool(), both.describe().constData());
            QCOMPARE(m_server->state().limit(u"0-2"_s, u"0-3"_s, u"USER_DEFINED"_s, id),
                     std::optional<int>(6));
        }
        QVERIFY2(findTypeId(results, ids.at(0))[u"outcome"_s].toString().contains(u"2"_s),
                 both.describe().constData());
        // Each was written on its own, one after the other.
        QVERIFY(m_server->log().count(u"POST"_s) >= 2);

        // Text output: one line per id.
        const RunResult again =
            run({u"set-limit"_s, u"companies"_s, u"deals"_s, QString::number(ids.at(0)),
                 QString::number(ids.at(1)), u"--max"_s, u"6"_s});
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        for (const int id : ids)
            QVERIFY2(row(again.text(), QString::number(id)), again.describe().constData());
    }

    void partialFailureExits3() {
        for (const QString &name : {u"alpha"_s, u"beta"_s}) {
            const RunResult r = run({u"create-label"_s, u"contacts"_s, u"tickets"_s, u"--label"_s,
                                     name, u"--name"_s, name});
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        const RunResult labels = run({u"--json"_s, u"labels"_s, u"contacts"_s, u"tickets"_s});
        int alpha = 0, beta = 0;
        for (const QJsonValue &v : labels.json()[u"labels"_s].toArray()) {
            if (v[u"label"_s].toString() == u"alpha"_s)
                alpha = v[u"typeId"_s].toInt();
            if (v[u"label"_s].toString() == u"beta"_s)
                beta = v[u"typeId"_s].toInt();
        }
        QVERIFY(alpha > 0 && beta > 0);
        FaultInjector::Fault fault;
        fault.kind = FaultInjector::Kind::ServerError;
        fault.status = 500;
        m_server->faults().script(fault, 20, u"/labels/%1"_s.arg(beta));
        const RunResult r =
            run({u"--retries"_s, u"0"_s, u"--json"_s, u"delete-label"_s, u"contacts"_s,
                 u"tickets"_s, QString::number(alpha), QString::number(beta)});
        QVERIFY2(r.exitCode == 3 && r.isJson(), r.describe().constData());
        const QJsonArray results = r.json()[u"results"_s].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(findTypeId(results, alpha)[u"ok"_s].toBool(), true);
        QCOMPARE(findTypeId(results, beta)[u"ok"_s].toBool(), false);
        QCOMPARE(findTypeId(results, beta)[u"error"_s][u"httpStatus"_s].toInt(), 500);
        m_server->faults().clear();
    }

    // The connection options an admin behind a corporate network needs.
    void connectionOptions() {
        const RunResult direct =
            run({u"labels"_s, u"contacts"_s, u"companies"_s, u"--no-proxy"_s, u"--no-http2"_s,
                 u"--no-compression"_s, u"--ca-file"_s, QStringLiteral(TEST_CA_PEM)});
        QVERIFY2(direct.exitCode == 0 && direct.text().contains(u"279"_s),
                 direct.describe().constData());
        const auto entries = m_server->log().entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().header("Accept-Encoding"), QByteArray("identity"));

        m_server->log().clear();
        const RunResult badCa = run({u"labels"_s, u"contacts"_s, u"companies"_s, u"--ca-file"_s,
                                     QStringLiteral(ASSOCCTL_PATH)});
        QCOMPARE(badCa.exitCode, 2);
        QVERIFY2(badCa.err.contains("PEM"), badCa.describe().constData());
        const RunResult badProxy =
            run({u"labels"_s, u"contacts"_s, u"companies"_s, u"--proxy"_s, u"nohost"_s});
        QCOMPARE(badProxy.exitCode, 2);
        QCOMPARE(m_server->log().count(), 0);

        // A proxy that does not answer: a clear network error, and its password never printed.
        const QByteArray password = "proxy-fake-LEAKCHECK-pw";
        m_secrets.append(password);
        QProcessEnvironment env;
        env.insert(u"ASSOCCTL_PROXY_PASSWORD"_s, QString::fromUtf8(password));
        const RunResult viaProxy = runOn(*m_server,
                                         {u"labels"_s, u"contacts"_s, u"companies"_s, u"--proxy"_s,
                                          u"http://admin@127.0.0.1:1"_s, u"--retries"_s, u"0"_s},
                                         env);
        QVERIFY2(viaProxy.exitCode == 1, viaProxy.describe().constData());
        QCOMPARE(m_server->log().count(), 0);
    }

    // The cache of answers, on by default: the second run asks with the first run's ETags and
    // gets 304s; --no-cache neither sends nor keeps validators.
    void cacheOfAnswers() {
        QTemporaryDir cacheHome;
        QProcessEnvironment env;
        env.insert(u"XDG_CACHE_HOME"_s, cacheHome.path());
        m_server->config().etags = true;
        const auto revalidated = [this] {
            const auto gets = m_server->log().entries(u"GET"_s, u"/labels"_s);
            return !gets.isEmpty() && std::all_of(gets.begin(), gets.end(), [](const auto &e) {
                return !e.header("If-None-Match").isEmpty() && e.status == 304;
            });
        };
        const QStringList labels = {u"labels"_s, u"contacts"_s, u"companies"_s};
        const RunResult first = runOn(*m_server, labels, env);
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        QVERIFY(!revalidated());
        m_server->log().clear();
        const RunResult second = runOn(*m_server, labels, env);
        QVERIFY2(second.exitCode == 0, second.describe().constData());
        QVERIFY(revalidated());
        QCOMPARE(second.out, first.out);

        m_server->log().clear();
        const RunResult without = runOn(*m_server, labels + QStringList{u"--no-cache"_s}, env);
        m_server->config().etags = false;
        QVERIFY2(without.exitCode == 0, without.describe().constData());
        for (const auto &e : m_server->log().entries(u"GET"_s, QString()))
            QVERIFY(e.header("If-None-Match").isEmpty());
        QCOMPARE(without.out, first.out);

        const RunResult both = run(labels + QStringList{u"--cache"_s, u"--no-cache"_s});
        QCOMPARE(both.exitCode, 2);
    }

    // Secrets only over TLS: plain http only to this computer, no user info in the address.
    void baseUrlMustBeTls() {
        const QStringList refused = {
            u"http://api.hubapi.example"_s,
            u"http://admin:fake-LEAKCHECK-urlpw@127.0.0.1:%1"_s.arg(m_server->port())};
        m_secrets.append("fake-LEAKCHECK-urlpw");
        for (const QString &url : refused) {
            const RunResult r = run({u"--base-url"_s, url, u"types"_s});
            QVERIFY2(r.exitCode == 2, r.describe().constData());
            QVERIFY2(r.errors().contains(assoc::BaseUrlPolicy::problem(QUrl(url))),
                     r.describe().constData());
        }
        QCOMPARE(m_server->log().count(), 0);
        const RunResult localhost =
            run({u"--base-url"_s, u"http://localhost:%1"_s.arg(m_server->port()), u"types"_s});
        QVERIFY2(localhost.exitCode == 0, localhost.describe().constData());
    }

    // A network that demands a client certificate: the portal behind a TLS front door.
    void clientCertificate() {
        TestCertificates certificates;
        QVERIFY2(certificates.generate(), qPrintable(certificates.error()));
        RecordingRelay tls(m_server->port(), certificates.serverRequiringClientCertificate());
        QVERIFY(tls.listen());
        const QString passphrase = QString::fromLatin1(TestCertificates::Passphrase);
        m_secrets.append(passphrase.toUtf8());
        const QStringList base = {u"--base-url"_s, tls.url(u"https"_s).toString(),
                                  u"--ca-file"_s,  certificates.caFile(),
                                  u"--retries"_s,  u"0"_s};
        const QStringList pem = {u"--client-cert"_s, certificates.clientCertificateFile(),
                                 u"--client-key"_s, certificates.clientKeyFile()};
        QProcessEnvironment fromEnv;
        fromEnv.insert(u"ASSOCCTL_CLIENT_KEY_PASSPHRASE"_s, passphrase);

        const RunResult viaEnv = runOn(*m_server, base + pem + QStringList{u"types"_s}, fromEnv);
        QVERIFY2(viaEnv.exitCode == 0, viaEnv.describe().constData());

        QTemporaryDir dir;
        const QString passphraseFile = dir.filePath(u"passphrase"_s);
        QFile file(passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(passphrase.toUtf8() + "\n");
        file.close();
        const RunResult viaFile =
            run(base + QStringList{u"--client-cert"_s, certificates.clientPkcs12File(),
                                   u"--client-key-passphrase-file"_s, passphraseFile, u"types"_s});
        QVERIFY2(viaFile.exitCode == 0, viaFile.describe().constData());
        QCOMPARE(tls.refusedHandshakes(), 0);

        // A wrong passphrase names the file and sends nothing.
        tls.clear();
        QProcessEnvironment wrong;
        wrong.insert(u"ASSOCCTL_CLIENT_KEY_PASSPHRASE"_s, u"fake-LEAKCHECK-wrong"_s);
        m_secrets.append("fake-LEAKCHECK-wrong");
        const RunResult wrongPassphrase =
            runOn(*m_server, base + pem + QStringList{u"types"_s}, wrong);
        QVERIFY2(wrongPassphrase.exitCode == 2, wrongPassphrase.describe().constData());
        QVERIFY2(wrongPassphrase.errors().contains(certificates.clientKeyFile()),
                 wrongPassphrase.describe().constData());
        QCOMPARE(tls.connections(), 0);

        // Without a certificate the network refuses, and the message says what to look at.
        const RunResult without = run(base + QStringList{u"types"_s});
        QVERIFY2(without.exitCode == 1, without.describe().constData());
        QVERIFY2(without.errors().contains(u"client certificate"_s),
                 without.describe().constData());
    }

    void usage() {
        const RunResult all = run({u"--json"_s, u"usage"_s});
        QVERIFY2(all.exitCode == 0 && all.isJson(), all.describe().constData());
        QVERIFY(!all.json()[u"usage"_s].toArray().isEmpty());
        const RunResult pair = run({u"usage"_s, u"contacts"_s, u"companies"_s});
        QVERIFY2(pair.exitCode == 0, pair.describe().constData());
        QVERIFY(row(pair.text(), u"FROM"_s));
        QVERIFY(row(pair.text(), u"Contacts"_s));
    }

    void exportLargePortal() {
        FakeHubSpotServer large;
        large.reseed(Seed::Large, 20);
        QVERIFY(large.listen(0));
        m_secrets.append(large.privateAppToken().toUtf8());

        const RunResult r =
            runOn(large, {u"--concurrency"_s, u"16"_s, u"export"_s}, {}, true, 120000);
        QVERIFY2(r.exitCode == 0, r.describe().left(4000).constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress when stderr is not a terminal
        const auto schema = assoc::SchemaDocument::read(r.out);
        QVERIFY2(schema.ok(), schema.ok() ? "" : qPrintable(schema.error().toString()));
        QCOMPARE(schema->objectTypes.size(), 20);
        const QList<assoc::ObjectTypePair> pairs = schema->allPairs();
        QCOMPARE(pairs.size(), 400);
        for (const assoc::ObjectTypePair &pair : pairs) {
            const assoc::PairSchema *p = schema->pair(pair);
            QVERIFY2(p && !p->labels.isEmpty(), qPrintable(pair.key()));
        }
        QCOMPARE(schema->pairs.size(), 400);

        // To a file, written atomically; the same document.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"portal.json"_s);
        const RunResult toFile = runOn(large, {u"export"_s, u"-o"_s, path}, {}, true, 120000);
        QVERIFY2(toFile.exitCode == 0, toFile.describe().left(4000).constData());
        QVERIFY(toFile.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), r.out);
    }

    // --objects: which object types export reads; the demo lacks listings and denies users.
    void exportChoosesObjectTypes() {
        const RunResult core = run({u"export"_s, u"--objects"_s, u"core"_s});
        QVERIFY2(core.exitCode == 0, core.describe().constData());
        QVERIFY2(core.err.isEmpty(), core.err.constData());
        const auto coreSchema = assoc::SchemaDocument::read(core.out);
        QVERIFY(coreSchema.ok());
        QCOMPARE(coreSchema->objectTypes.size(), 7);
        QVERIFY(!coreSchema->pair({u"0-3"_s, u"0-8"_s}));

        const RunResult automatic = run({u"export"_s});
        QVERIFY2(automatic.exitCode == 0, automatic.describe().constData());
        QVERIFY2(automatic.err.isEmpty(), automatic.err.constData());
        const auto autoSchema = assoc::SchemaDocument::read(automatic.out);
        QVERIFY(autoSchema.ok());
        QCOMPARE(autoSchema->objectTypes.size(), 12);
        const assoc::PairSchema *bundle = autoSchema->pair({u"0-3"_s, u"0-8"_s});
        QVERIFY(bundle);
        QCOMPARE(bundle->limitCount(), 2);

        const RunResult all = run({u"export"_s, u"--objects"_s, u"all"_s});
        QVERIFY2(all.exitCode == 0, all.describe().constData());
        QVERIFY(all.out != core.out);
        const auto allSchema = assoc::SchemaDocument::read(all.out);
        QVERIFY(allSchema.ok());
        QCOMPARE(allSchema->objectTypes.size(), 28 - 2 + 3);
        // Listings and users are named once, on one warning line, with the reasons.
        const QStringList lines = QString::fromUtf8(all.err).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"warning"_s), all.err.constData());
        QVERIFY2(lines.first().contains(u"Listings — not available"_s), all.err.constData());
        QVERIFY2(lines.first().contains(u"Unable to infer object type from: 0-420"_s),
                 all.err.constData());
        QVERIFY2(lines.first().contains(u"Users — not available"_s), all.err.constData());

        const RunResult list =
            run({u"--json"_s, u"types"_s, u"--objects"_s, u"deals,line_items,vehicles"_s});
        QVERIFY2(list.exitCode == 0 && list.isJson(), list.describe().constData());
        QCOMPARE(list.json()[u"objectTypes"_s].toArray().size(), 3);
    }

    void objectsOptionIsChecked() {
        const RunResult bad = run({u"export"_s, u"--objects"_s, u"deals,../x"_s});
        QVERIFY2(bad.exitCode == 2, bad.describe().constData());
        QVERIFY2(bad.errors().contains(u"--objects"_s), bad.describe().constData());
        QCOMPARE(m_server->log().count(), 0);
        const RunResult elsewhere =
            run({u"labels"_s, u"contacts"_s, u"companies"_s, u"--objects"_s, u"all"_s});
        QVERIFY2(elsewhere.exitCode == 2, elsewhere.describe().constData());

        // usage: with --objects only the pairs between those types.
        const RunResult everything = run({u"--json"_s, u"usage"_s});
        const RunResult core = run({u"--json"_s, u"usage"_s, u"--objects"_s, u"core"_s});
        QVERIFY2(core.exitCode == 0 && core.isJson(), core.describe().constData());
        const auto mentions = [](const RunResult &r, const QString &typeId) {
            for (const QJsonValue &v : r.json()[u"usage"_s].toArray()) {
                if (v.toObject().value(u"from"_s)[u"objectTypeId"_s] == typeId ||
                    v.toObject().value(u"to"_s)[u"objectTypeId"_s] == typeId)
                    return true;
            }
            return false;
        };
        QVERIFY(mentions(everything, u"0-136"_s));
        QVERIFY(!mentions(core, u"0-136"_s));
        QVERIFY(mentions(core, u"0-1"_s));
    }

    // Issue 12: schemas without `id` (which the app never uses) failed the whole export.
    void exportWhenSchemasLackId() {
        const RunResult clean = run({u"export"_s});
        QVERIFY2(clean.exitCode == 0, clean.describe().constData());
        m_server->config().schemasWithoutId = true;
        const RunResult r = run({u"export"_s});
        m_server->config().schemasWithoutId = false;
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.out, clean.out);
    }
};

QTEST_GUILESS_MAIN(TestCliAssocctl)
#include "test_cli_assocctl.moc"
