// SPDX-License-Identifier: MIT
// fuzz-seeds <corpus folder>: writes the seed corpus of every fuzz target from the fake portal's
// own answers (run in-process, no socket), so the seeds are real HubSpot-shaped bodies and
// requests. Run it again when the fake changes: `build/asan/bin/fuzz-seeds fuzz/corpus`.
#include "FakeHubSpotServer.h"
#include "FuzzTargets.h"
#include "RawRequest.h"
#include "core/JsonMapping.h"
#include "core/PlanDocument.h"
#include "core/SchemaComparer.h"
#include "core/SchemaDocument.h"
#include "core/SnapshotCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <cstdio>

using namespace assoc;

namespace {

class SeedWriter {
public:
    explicit SeedWriter(QString root)
        : m_root(std::move(root)) {}

    // Files are named by content, so running the generator again only adds what is new.
    void add(const QString &target, const QByteArray &bytes) {
        if (!fuzz::fuzzEntry(target)) {
            std::fprintf(stderr, "unknown target %s\n", qPrintable(target));
            std::exit(1);
        }
        const QDir dir(QDir(m_root).filePath(target));
        QDir().mkpath(dir.path());
        const QString name = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(16));
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            std::exit(1);
        }
        ++m_count;
    }
    int count() const { return m_count; }

private:
    QString m_root;
    int m_count = 0;
};

// Sends requests to the fake and records both sides: the request for the fake_portal target,
// the body of the answer for the target that parses it.
class Recorder {
public:
    Recorder(fake::FakeHubSpotServer &server, SeedWriter &seeds)
        : m_server(server)
        , m_seeds(seeds) {}

    QByteArray send(const QString &method, const QString &target, const QByteArray &body = {},
                    const QString &bodyTarget = {}, bool authorized = true) {
        fake::FakeRequest request;
        request.method = method;
        const qsizetype q = target.indexOf(QLatin1Char('?'));
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QString() : target.mid(q + 1);
        if (authorized)
            request.headers.append(
                {"Authorization", "Bearer " + m_server.privateAppToken().toLatin1()});
        if (!body.isEmpty()) {
            const QByteArray type = body.startsWith('{')
                                        ? QByteArrayLiteral("application/json")
                                        : QByteArrayLiteral("application/x-www-form-urlencoded");
            request.headers.append({"Content-Type", type});
            request.body = body;
        }
        request.correlationId = QStringLiteral("00000000-0000-4000-8000-00000000f022");
        m_sequence.append(request);
        m_seeds.add(QStringLiteral("fake_portal"), fuzz::RawRequest::write({request}));
        const fake::FakeReply reply = m_server.answer(request);
        const QByteArray answer = reply.response.body;
        if (!bodyTarget.isEmpty() && !answer.isEmpty())
            m_seeds.add(bodyTarget, answer);
        if (reply.response.status >= 400 && !answer.isEmpty())
            m_seeds.add(QStringLiteral("json_error_body"), answer);
        return answer;
    }

    // The requests sent so far as one input, so the fuzzer starts from a create-then-change run.
    void recordSequence() {
        for (qsizetype i = 0; i < m_sequence.size(); i += fuzz::RawRequest::MaxRequests)
            m_seeds.add(QStringLiteral("fake_portal"),
                        fuzz::RawRequest::write(m_sequence.mid(i, fuzz::RawRequest::MaxRequests)));
        m_sequence.clear();
    }

private:
    fake::FakeHubSpotServer &m_server;
    SeedWriter &m_seeds;
    QList<fake::FakeRequest> m_sequence;
};

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The demo portal as the app would load it: account, object types, and labels and limits of
// every pair among a few types.
PortalSchema loadSchema(Recorder &fake) {
    PortalSchema schema;
    schema.portal = json::parseAccountInfo(fake.send(QStringLiteral("GET"),
                                                     QStringLiteral("/account-info/v3/details"), {},
                                                     QStringLiteral("json_account_info")))
                        .value();
    schema.objectTypes = StandardObjectTypes::all();
    const auto custom = json::parseObjectSchemas(
        fake.send(QStringLiteral("GET"), QStringLiteral("/crm-object-schemas/v3/schemas"), {},
                  QStringLiteral("json_object_schemas")));
    schema.objectTypes.append(custom.value());
    QStringList ids = {QStringLiteral("0-1"), QStringLiteral("0-2"), QStringLiteral("0-3")};
    for (const ObjectType &type : custom.value())
        ids.append(type.id);
    const QString base = QStringLiteral("/crm/v4/associations/");
    for (const QString &from : ids) {
        for (const QString &to : ids) {
            PairSchema pair;
            pair.pair = {from, to};
            pair.labels = json::parseLabelCollection(fake.send(QStringLiteral("GET"),
                                                               base + from + QLatin1Char('/') + to +
                                                                   QStringLiteral("/labels"),
                                                               {}, QStringLiteral("json_labels")))
                              .value();
            const auto limits = json::parseLimitCollection(fake.send(
                QStringLiteral("GET"),
                base + QStringLiteral("definitions/configurations/") + from + QLatin1Char('/') + to,
                {}, QStringLiteral("json_limits")));
            for (const AssociationLimit &limit : limits.value()) {
                if (limit.maxToObjectIds)
                    pair.limits.append(limit);
            }
            if (!pair.labels.isEmpty())
                schema.pairs.insert(pair.pair, pair);
        }
    }
    return schema;
}

void recordWrites(Recorder &fake) {
    const QString pair = QStringLiteral("/crm/v4/associations/0-1/0-2");
    const QByteArray created =
        fake.send(QStringLiteral("POST"), pair + QStringLiteral("/labels"),
                  compact({{QStringLiteral("label"), QStringLiteral("Escalation contact")},
                           {QStringLiteral("inverseLabel"), QStringLiteral("Escalation company")},
                           {QStringLiteral("name"), QStringLiteral("escalation_contact")}}),
                  QStringLiteral("json_labels"));
    const auto labels = json::parseLabelCollection(created).value();
    int typeId = 1;
    for (const AssociationLabel &label : labels) {
        if (label.label == QStringLiteral("Escalation contact"))
            typeId = label.typeId; // the 0-1 -> 0-2 direction of the pair
    }
    fake.send(QStringLiteral("PUT"), pair + QStringLiteral("/labels"),
              compact({{QStringLiteral("associationTypeId"), typeId},
                       {QStringLiteral("label"), QStringLiteral("Invoice contact")}}));
    const QString limits =
        QStringLiteral("/crm/v4/associations/definitions/configurations/0-1/0-2/batch/");
    auto input = [](int id, int max) {
        return QJsonObject{{QStringLiteral("category"), QStringLiteral("USER_DEFINED")},
                           {QStringLiteral("typeId"), id},
                           {QStringLiteral("maxToObjectIds"), max}};
    };
    // All valid, then one input naming a type that does not exist (207 with errors).
    fake.send(QStringLiteral("POST"), limits + QStringLiteral("create"),
              compact({{QStringLiteral("inputs"), QJsonArray{input(typeId, 3)}}}),
              QStringLiteral("json_batch_result"));
    fake.send(QStringLiteral("POST"), limits + QStringLiteral("update"),
              compact({{QStringLiteral("inputs"), QJsonArray{input(typeId, 5), input(999, 2)}}}),
              QStringLiteral("json_batch_result"));
    fake.send(QStringLiteral("POST"), limits + QStringLiteral("create"),
              compact({{QStringLiteral("inputs"), QJsonArray{input(998, 2)}}}),
              QStringLiteral("json_batch_result"));
    fake.send(
        QStringLiteral("POST"),
        QStringLiteral("/crm/associations/2026-09/definitions/configurations/0-1/0-2/batch/purge"),
        compact(
            {{QStringLiteral("inputs"),
              QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("USER_DEFINED")},
                                     {QStringLiteral("typeId"), typeId}}}}}),
        QStringLiteral("json_batch_result"));
    fake.send(QStringLiteral("DELETE"),
              pair + QStringLiteral("/labels/") + QString::number(typeId));
    fake.recordSequence();
}

void recordLimitsTracking(Recorder &fake) {
    const QString base = QStringLiteral("/crm/v3/limits/associations/");
    fake.send(QStringLiteral("GET"), base + QStringLiteral("labels"), {},
              QStringLiteral("json_label_usage"));
    fake.send(QStringLiteral("GET"),
              base + QStringLiteral("labels?fromObjectTypeId=0-1&toObjectTypeId=0-2"), {},
              QStringLiteral("json_label_usage"));
    fake.send(QStringLiteral("GET"), base + QStringLiteral("records/0-1/0-2"), {},
              QStringLiteral("json_record_limits"));
    fake.send(QStringLiteral("GET"), base + QStringLiteral("records/0-2/0-1"), {},
              QStringLiteral("json_record_limits"));
}

void recordErrorsAndOAuth(fake::FakeHubSpotServer &server, Recorder &fake, SeedWriter &seeds) {
    fake.send(QStringLiteral("GET"), QStringLiteral("/crm/v4/associations/0-1/0-2/labels"), {}, {},
              false);                                                                         // 401
    fake.send(QStringLiteral("GET"), QStringLiteral("/crm/v4/associations/0-1/nope/labels")); // 400
    fake.send(QStringLiteral("GET"), QStringLiteral("/crm/v9/nothing"));                      // 404
    fake.send(QStringLiteral("PATCH"), QStringLiteral("/crm/v4/associations/0-1/0-2/labels"));
    fake.send(QStringLiteral("POST"), QStringLiteral("/crm/v4/associations/0-1/0-2/labels"),
              "{\"label\":");
    const QByteArray form =
        "grant_type=refresh_token&client_id=" + server.oauthClientId().toLatin1() +
        "&client_secret=" + server.oauthClientSecret().toLatin1() +
        "&refresh_token=" + server.issueRefreshToken().toLatin1();
    const QByteArray grant = fake.send(QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"),
                                       form, QStringLiteral("json_token_grant"), false);
    fake.send(QStringLiteral("POST"), QStringLiteral("/oauth/v1/token"),
              "grant_type=refresh_token&refresh_token=revoked", {}, false);
    fake.recordSequence();

    // What the redactor masks: token requests and answers, and headers as a log shows them.
    seeds.add(QStringLiteral("redactor"), "POST /oauth/v1/token " + form);
    seeds.add(QStringLiteral("redactor"), grant);
    seeds.add(QStringLiteral("redactor"),
              "GET /crm/v4/associations/0-1/0-2/labels\nAuthorization: Bearer " +
                  server.privateAppToken().toLatin1() + "\nprivate-app: pat-na1-11111111-2222\n");
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz-seeds <corpus folder, e.g. fuzz/corpus>\n");
        return 2;
    }
    SeedWriter seeds(QString::fromLocal8Bit(argv[1]));
    fake::FakeHubSpotServer server;
    server.reseed(fake::Seed::Demo);
    Recorder fake(server, seeds);

    const PortalSchema demo = loadSchema(fake);
    fake.recordSequence();
    recordLimitsTracking(fake);
    recordWrites(fake);
    recordErrorsAndOAuth(server, fake, seeds);

    // Files: the demo portal's schema, plans between it and changed copies, its snapshot.
    PortalSchema changed = demo;
    if (!changed.pairs.isEmpty()) {
        PairSchema &first = changed.pairs.first();
        if (!first.labels.isEmpty())
            first.labels.removeLast();
        for (AssociationLabel &label : first.labels) {
            if (label.category.isUserEditable())
                label.label = label.displayText() + QStringLiteral(" (renamed)");
        }
    }
    seeds.add(QStringLiteral("schema_document"), SchemaDocument::write(demo));
    seeds.add(QStringLiteral("schema_document"), SchemaDocument::write(changed));
    const SchemaComparer::Options deletes{true};
    seeds.add(QStringLiteral("plan_document"),
              PlanDocument::write(SchemaComparer::plan(demo, changed, deletes)));
    seeds.add(QStringLiteral("plan_document"),
              PlanDocument::write(SchemaComparer::plan(changed, demo)));
    seeds.add(QStringLiteral("plan_document"),
              PlanDocument::write(SchemaComparer::plan(demo, PortalSchema(), deletes)));
    QTemporaryDir snapshots;
    const SnapshotCache cache(snapshots.path());
    if (cache.store(QStringLiteral("demo"), demo)) {
        QFile file(cache.fileFor(QStringLiteral("demo")));
        if (file.open(QIODevice::ReadOnly))
            seeds.add(QStringLiteral("snapshot_cache"), file.readAll());
    }
    std::printf("%d seeds written under %s\n", seeds.count(), argv[1]);
    return 0;
}
