// SPDX-License-Identifier: MIT
#include "HistoryStore.h"

#include "core/OwnerOnly.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>
#include <assoc/Version.h>
#include <initializer_list>
#include <utility>

namespace assoc::history {

namespace {
constexpr int SchemaVersion = 1;
const QString Driver = QStringLiteral("QSQLITE");

PlanChange::Kind kindFrom(const QString &key) {
    return PlanChange::kindFromName(key).value_or(PlanChange::Kind::CreateLabel);
}

// How the database spells each value; the first is what an unknown key reads as.
template <typename Enum> using Keys = std::initializer_list<std::pair<Enum, QLatin1String>>;

const Keys<ChangeRecord::Outcome> OutcomeKeys{
    {ChangeRecord::Outcome::Succeeded, QLatin1String("succeeded")},
    {ChangeRecord::Outcome::Failed, QLatin1String("failed")},
    {ChangeRecord::Outcome::Cancelled, QLatin1String("cancelled")},
    {ChangeRecord::Outcome::Skipped, QLatin1String("skipped")}};

const Keys<ChangeRecord::Origin> OriginKeys{{ChangeRecord::Origin::App, QLatin1String("app")},
                                            {ChangeRecord::Origin::Cli, QLatin1String("cli")},
                                            {ChangeRecord::Origin::Apply, QLatin1String("apply")},
                                            {ChangeRecord::Origin::Undo, QLatin1String("undo")}};

template <typename Enum> QString keyOf(const Keys<Enum> &keys, Enum value) {
    for (const auto &[v, key] : keys) {
        if (v == value)
            return key;
    }
    return {};
}

template <typename Enum> Enum valueOf(const Keys<Enum> &keys, const QString &key) {
    for (const auto &[v, k] : keys) {
        if (k == key)
            return v;
    }
    return keys.begin()->first;
}

// SQLite keeps a null QString as NULL; the history stores "no text" as an empty one.
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant optionalText(const std::optional<QString> &text) {
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

QVariant optionalInt(const std::optional<int> &value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<QString> textOf(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}

std::optional<int> intOf(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

const QString Columns = QStringLiteral(
    "id, at, profile, portal_id, origin, from_id, to_id, kind, from_type, to_type, category, "
    "type_id, name, label_text, inverse_label, label_before, inverse_label_before, limit_before, "
    "limit_after, inverse_limit_before, outcome, message, correlation_id, undo_of");

ChangeRecord recordFrom(const QSqlQuery &q) {
    ChangeRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.when = QDateTime::fromMSecsSinceEpoch(q.value(i++).toLongLong(), Qt::UTC);
    r.profile = q.value(i++).toString();
    r.portalId = q.value(i++).toLongLong();
    r.origin = valueOf(OriginKeys, q.value(i++).toString());
    r.pair.fromId = q.value(i++).toString();
    r.pair.toId = q.value(i++).toString();
    PlanChange &c = r.change;
    c.kind = kindFrom(q.value(i++).toString());
    c.fromType = q.value(i++).toString();
    c.toType = q.value(i++).toString();
    c.targetKey.category = AssociationCategory::fromApi(q.value(i++).toString());
    c.targetKey.typeId = q.value(i++).toInt();
    c.name = q.value(i++).toString();
    c.labelText = q.value(i++).toString();
    c.inverseLabel = textOf(q.value(i++));
    c.labelBefore = q.value(i++).toString();
    c.inverseLabelBefore = textOf(q.value(i++));
    c.limitBefore = intOf(q.value(i++));
    c.limitAfter = intOf(q.value(i++));
    c.inverseLimitBefore = intOf(q.value(i++));
    r.outcome = valueOf(OutcomeKeys, q.value(i++).toString());
    r.message = q.value(i++).toString();
    r.correlationId = q.value(i++).toString();
    r.undoOf = q.value(i++).toLongLong();
    return r;
}

QString escapedLike(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}
} // namespace

HistoryStore::HistoryStore(QString path, QString connection, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connection(std::move(connection)) {}

HistoryStore::~HistoryStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/" ASSOC_ORGANIZATION_NAME "/history.sqlite");
}

Expected<std::unique_ptr<HistoryStore>, QString> HistoryStore::open(const QString &path,
                                                                    QObject *parent) {
    using Result = Expected<std::unique_ptr<HistoryStore>, QString>;
    if (!QSqlDatabase::isDriverAvailable(Driver))
        return Result::failure(tr("The change history cannot be kept: Qt's SQLite driver "
                                  "(QSQLITE) is not installed."));
    const QFileInfo file(path);
    if (file.isDir())
        return Result::failure(
            tr("The change history cannot be opened: %1 is a folder.").arg(path));
    // Owner-only: the folder 0700 and the database 0600 before SQLite opens it, since SQLite
    // gives its -wal and -shm files the database's mode. Files of an older version, made with
    // the umask's mode, are narrowed too.
    if (!OwnerOnly::makeFolder(file.absolutePath()))
        return Result::failure(tr("The change history cannot be opened: the folder %1 cannot "
                                  "be created.")
                                   .arg(file.absolutePath()));
    if (const auto prepared = OwnerOnly::prepareFile(path); !prepared)
        return Result::failure(
            tr("The change history cannot be opened: %1").arg(prepared.error().toString()));
    for (const char *suffix : {"-wal", "-shm"})
        OwnerOnly::restrict(path + QLatin1String(suffix));

    // Each store its own connection, so that several stores (and tests) never share one.
    static QAtomicInteger<quint64> counter;
    const QString connection =
        QStringLiteral("assoc-history-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    std::unique_ptr<HistoryStore> store(new HistoryStore(path, connection, parent));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Driver, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open())
            return Result::failure(
                tr("The change history %1 cannot be opened: %2").arg(path, db.lastError().text()));
    }
    if (const auto error = store->migrate())
        return Result::failure(tr("The change history %1 cannot be used: %2").arg(path, *error));
    return Result(std::move(store));
}

std::optional<QString> HistoryStore::migrate() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Reading the version is the first access to the file: a file that is not a database
    // fails here.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion)
        return tr("it was written by a newer version of Association Studio (format %1).")
            .arg(version);
    // WAL lets the app read while assocctl writes; a failure to switch is not fatal.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.finish();
    if (version == SchemaVersion)
        return std::nullopt;
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS changes ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, "
                       "profile TEXT NOT NULL, portal_id INTEGER NOT NULL, origin TEXT NOT NULL, "
                       "from_id TEXT NOT NULL, to_id TEXT NOT NULL, kind TEXT NOT NULL, "
                       "from_type TEXT NOT NULL, to_type TEXT NOT NULL, category TEXT NOT NULL, "
                       "type_id INTEGER NOT NULL, name TEXT NOT NULL, label_text TEXT NOT NULL, "
                       "inverse_label TEXT, label_before TEXT NOT NULL, inverse_label_before "
                       "TEXT, limit_before INTEGER, limit_after INTEGER, inverse_limit_before "
                       "INTEGER, outcome TEXT NOT NULL, message TEXT NOT NULL, correlation_id "
                       "TEXT NOT NULL, undo_of INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS changes_at ON changes(at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS changes_undo_of ON changes(undo_of)"),
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)};
    if (!db.transaction())
        return db.lastError().text();
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            const QString error = q.lastError().text();
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return db.lastError().text();
    return std::nullopt;
}

void HistoryStore::record(const ChangeRecord &record) {
    ChangeRecord r = record;
    if (!r.when.isValid())
        r.when = QDateTime::currentDateTimeUtc();
    if (m_textFilter)
        r.message = m_textFilter(r.message);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO changes (at, profile, portal_id, origin, from_id, to_id, kind, from_type, "
        "to_type, category, type_id, name, label_text, inverse_label, label_before, "
        "inverse_label_before, limit_before, limit_after, inverse_limit_before, outcome, "
        "message, correlation_id, undo_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?)"));
    const PlanChange &c = r.change;
    const QVariantList values = {r.when.toMSecsSinceEpoch(),
                                 text(r.profile),
                                 r.portalId,
                                 keyOf(OriginKeys, r.origin),
                                 text(r.pair.fromId),
                                 text(r.pair.toId),
                                 PlanChange::kindName(c.kind),
                                 text(c.fromType),
                                 text(c.toType),
                                 text(c.targetKey.category.apiName()),
                                 c.targetKey.typeId,
                                 text(c.name),
                                 text(c.labelText),
                                 optionalText(c.inverseLabel),
                                 text(c.labelBefore),
                                 optionalText(c.inverseLabelBefore),
                                 optionalInt(c.limitBefore),
                                 optionalInt(c.limitAfter),
                                 optionalInt(c.inverseLimitBefore),
                                 keyOf(OutcomeKeys, r.outcome),
                                 text(r.message),
                                 text(r.correlationId),
                                 r.undoOf};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qWarning("The change history could not record a change: %s", qPrintable(m_lastError));
        return;
    }
    m_lastError.clear();
    r.id = q.lastInsertId().toLongLong();
    m_lastId = r.id;
    emit recorded(r);
}

QList<ChangeRecord> HistoryStore::query(const HistoryFilter &filter) const {
    QStringList where;
    QVariantList values;
    if (!filter.text.isEmpty()) {
        QStringList any;
        for (const char *column :
             {"label_text", "label_before", "inverse_label", "inverse_label_before", "from_type",
              "to_type", "name", "profile", "message", "correlation_id"}) {
            any.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
            values.append(escapedLike(filter.text));
        }
        where.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (!filter.profile.isEmpty()) {
        where.append(QStringLiteral("profile = ?"));
        values.append(filter.profile);
    }
    if (filter.portalId != 0) {
        where.append(QStringLiteral("portal_id = ?"));
        values.append(filter.portalId);
    }
    if (filter.kind) {
        where.append(QStringLiteral("kind = ?"));
        values.append(PlanChange::kindName(*filter.kind));
    }
    if (filter.outcome) {
        where.append(QStringLiteral("outcome = ?"));
        values.append(keyOf(OutcomeKeys, *filter.outcome));
    }
    if (filter.since.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        values.append(filter.since.toMSecsSinceEpoch());
    }
    if (filter.until.isValid()) {
        where.append(QStringLiteral("at < ?"));
        values.append(filter.until.toMSecsSinceEpoch());
    }
    QString sql = QStringLiteral("SELECT %1 FROM changes").arg(Columns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<ChangeRecord> out;
    if (!q.exec()) {
        qWarning("The change history could not be read: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

std::optional<ChangeRecord> HistoryStore::find(qint64 id) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM changes WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

qint64 HistoryStore::undoneBy(qint64 id) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM changes WHERE undo_of = ? AND outcome = ? "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(id);
    q.addBindValue(keyOf(OutcomeKeys, ChangeRecord::Outcome::Succeeded));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QSet<qint64> HistoryStore::undoneIds() const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT DISTINCT undo_of FROM changes WHERE undo_of != 0 AND outcome = ?"));
    q.addBindValue(keyOf(OutcomeKeys, ChangeRecord::Outcome::Succeeded));
    QSet<qint64> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

} // namespace assoc::history
