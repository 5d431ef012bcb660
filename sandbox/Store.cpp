#include "Store.h"

#include "JsonReader.h"
#include "Timestamp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcStore, "podwarden.sandbox.store", QtInfoMsg)

namespace podwarden::sandbox {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS api_keys ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL, prefix TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE,"
    " legacy INTEGER NOT NULL, enabled INTEGER NOT NULL, created_at INTEGER NOT NULL, last_used_at INTEGER,"
    " created_by TEXT NOT NULL, policies TEXT NOT NULL, revoked_at INTEGER, expires_at INTEGER, rolled_from TEXT)",
    "CREATE TABLE IF NOT EXISTS secrets ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " value_updated_at INTEGER NOT NULL, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS templates (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, body TEXT NOT NULL,"
    " created_at INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS endpoints (id TEXT PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL,"
    " created_at INTEGER NOT NULL DEFAULT 0, template_id TEXT, version INTEGER NOT NULL DEFAULT 1,"
    " rollout_started_at INTEGER, rollout_done INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS builds ("
    " id TEXT PRIMARY KEY, endpoint_id TEXT NOT NULL, created_at INTEGER NOT NULL, body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS events ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, actor_key_id TEXT NOT NULL,"
    " actor_key_name TEXT NOT NULL, actor_user TEXT NOT NULL, action TEXT NOT NULL, resource_type TEXT NOT NULL,"
    " resource_id TEXT NOT NULL, resource_name TEXT NOT NULL, changes TEXT)",
    "CREATE TABLE IF NOT EXISTS jobs ("
    " id TEXT PRIMARY KEY, endpoint_id TEXT NOT NULL, status TEXT NOT NULL, input TEXT NOT NULL,"
    " output TEXT NOT NULL, submitted_at INTEGER NOT NULL, started_at INTEGER, completed_at INTEGER,"
    " retries INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS workers ("
    " id TEXT PRIMARY KEY, endpoint_id TEXT NOT NULL, version INTEGER NOT NULL, started_at INTEGER NOT NULL,"
    " image TEXT NOT NULL, gpu_count INTEGER NOT NULL, gpu_type_id TEXT, data_center_id TEXT)",
    "CREATE TABLE IF NOT EXISTS releases ("
    " id TEXT PRIMARY KEY, endpoint_id TEXT NOT NULL, version INTEGER NOT NULL, created_at INTEGER NOT NULL,"
    " body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pods (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " body TEXT NOT NULL)",
    // When each key last used each grant (SERVICE.md 5.2 usage): scope '' is the management API,
    // any other scope an endpoint id.
    "CREATE TABLE IF NOT EXISTS key_usage (key_id TEXT NOT NULL, scope TEXT NOT NULL, read_at INTEGER,"
    " write_at INTEGER, PRIMARY KEY (key_id, scope))",
};

// After addMissingColumns(): one index for each list's page order, made at every open, so that a
// database from an older sandbox gets the ones it lacks. A page query finds its first row through
// the index and walks on from there (Store::pageQueries() and a test check each with EXPLAIN).
const char* const kIndexes[] = {
    "CREATE INDEX IF NOT EXISTS api_keys_by_created ON api_keys (created_at, id)",
    "CREATE INDEX IF NOT EXISTS templates_by_created ON templates (created_at, id)",
    "CREATE INDEX IF NOT EXISTS endpoints_by_created ON endpoints (created_at, id)",
    "CREATE INDEX IF NOT EXISTS endpoints_by_template ON endpoints (template_id)",
    "CREATE INDEX IF NOT EXISTS builds_by_endpoint ON builds (endpoint_id, created_at, id)",
    // One resource's history, newest first (a key's or a secret's story), without a sort.
    "DROP INDEX IF EXISTS events_by_resource",
    "CREATE INDEX IF NOT EXISTS events_by_resource_time ON events (resource_type, resource_id, at, seq)",
    "CREATE INDEX IF NOT EXISTS events_by_time ON events (at, seq)",
    "CREATE INDEX IF NOT EXISTS jobs_by_endpoint ON jobs (endpoint_id, status)",
    "CREATE INDEX IF NOT EXISTS workers_by_endpoint ON workers (endpoint_id, started_at, id)",
    // Releases page by version, which orders them even when two share a millisecond.
    "CREATE INDEX IF NOT EXISTS releases_by_endpoint ON releases (endpoint_id, version, id)",
    "CREATE INDEX IF NOT EXISTS pods_by_created ON pods (created_at, id)",
};

qint64 toMs(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant& v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

std::optional<QDateTime> optFromMs(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return fromMs(v);
}

QVariant optToMs(const std::optional<QDateTime>& t)
{
    return t ? QVariant(toMs(*t)) : QVariant();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QByteArray compact(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// One statement, prepared once per Store and reused (seeding 100,000 keys prepares it once),
// run with its bound values; failures are logged and flagged, never thrown away.
class Sql
{
public:
    Sql(std::map<QString, std::unique_ptr<QSqlQuery>>& cache, const QSqlDatabase& db, bool* failed, const QString& text)
        : m_query(prepared(cache, db, text))
        , m_failed(failed)
    {}
    ~Sql() { m_query.finish(); }
    Q_DISABLE_COPY_MOVE(Sql)

    Sql& bind(const QVariant& v)
    {
        // A null QString would bind as SQL NULL; the columns hold empty strings instead.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            m_query.bindValue(m_next++, QStringLiteral(""));
        else
            m_query.bindValue(m_next++, v);
        return *this;
    }
    bool run()
    {
        if (m_query.exec())
            return true;
        qCCritical(lcStore) << "query failed:" << m_query.lastError().text() << m_query.lastQuery();
        if (m_failed)
            *m_failed = true;
        return false;
    }
    QSqlQuery& q() { return m_query; }

private:
    static QSqlQuery& prepared(std::map<QString, std::unique_ptr<QSqlQuery>>& cache, const QSqlDatabase& db,
                               const QString& text)
    {
        auto& slot = cache[text];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(db);
            slot->setForwardOnly(true);
            if (!slot->prepare(text))
                qCCritical(lcStore) << "prepare failed:" << slot->lastError().text() << text;
        }
        return *slot;
    }
    QSqlQuery& m_query;
    bool* m_failed;
    int m_next = 0;
};

const QString kKeyColumns =
    QStringLiteral("id, name, prefix, legacy, enabled, created_at, last_used_at, created_by, policies, revoked_at, "
                   "expires_at, rolled_from");

ApiKey keyFromRow(const QSqlQuery& q)
{
    ApiKey k;
    k.id = q.value(0).toString();
    k.name = q.value(1).toString();
    k.prefix = q.value(2).toString();
    k.legacy = q.value(3).toBool();
    k.enabled = q.value(4).toBool();
    k.createdAt = fromMs(q.value(5));
    k.lastUsedAt = optFromMs(q.value(6));
    k.createdBy = q.value(7).toString();
    k.expiresAt = optFromMs(q.value(10));
    k.rolledFrom = q.value(11).toString();
    const QJsonArray docs = QJsonDocument::fromJson(q.value(8).toByteArray()).array();
    auto policy = AccessPolicy::fromDocuments(docs);
    if (policy.ok())
        k.policy = std::move(policy).value();
    else
        qCCritical(lcStore) << "stored policies of" << k.id << "do not decode:" << policy.error().field;
    return k;
}

Secret secretFromRow(const QSqlQuery& q)
{
    Secret s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.description = q.value(2).toString();
    s.createdAt = fromMs(q.value(3));
    s.valueLastUpdatedAt = fromMs(q.value(4));
    return s;
}

template <typename T> std::optional<T> decodeBody(const QByteArray& body)
{
    const auto object = parseJsonObject(body);
    if (!object.ok())
        return std::nullopt;
    auto decoded = T::fromJson(object.value());
    if (!decoded.ok()) {
        qCCritical(lcStore) << "a stored body does not decode:" << decoded.error().field;
        return std::nullopt;
    }
    return std::move(decoded).value();
}

// A page of `select` (rows ordered by created_at, then id; `select` may end in a WHERE clause):
// placeholders for the position after which (or, newest first, before which) it begins, if any,
// then for the limit. The position is a row value: SQLite then seeks the (created_at, id) index to
// it (EXPLAIN QUERY PLAN: SEARCH ... (created_at,id)>(?,?)). Spelled out as `created_at > ? OR
// (created_at = ? AND id > ?)`, with three placeholders it cannot know hold one time twice, it
// walked the index from the list's first row on every page (SCAN): reading 100,000 keys in
// pages of 1,000 was quadratic, the last pages 25 ms of SQL each (issue 16).
// `primary` is the column a list is ordered by before its id: created_at, or a release's version.
QString pageSql(const QString& select, bool after, bool ascending,
                const QString& primary = QStringLiteral("created_at"))
{
    QString sql = select;
    if (after)
        sql += (select.contains(QLatin1String(" WHERE ")) ? QStringLiteral(" AND ") : QStringLiteral(" WHERE ")) +
               QStringLiteral("(%1, id) %2 (?, ?)").arg(primary, ascending ? QStringLiteral(">") : QStringLiteral("<"));
    sql += ascending ? QStringLiteral(" ORDER BY %1, id LIMIT ?").arg(primary)
                     : QStringLiteral(" ORDER BY %1 DESC, id DESC LIMIT ?").arg(primary);
    return sql;
}

const QString kKeyPageSelect =
    QStringLiteral("SELECT ") + kKeyColumns + QStringLiteral(" FROM api_keys WHERE revoked_at IS NULL");
const QString kTemplatePageSelect = QStringLiteral("SELECT created_at, id, body FROM templates");
// The template an endpoint was created from is kept beside its body: binding one rewrites no body.
const QString kEndpointPageSelect = QStringLiteral("SELECT created_at, id, body, template_id FROM endpoints");
const QString kBuildPageSelect = QStringLiteral("SELECT created_at, id, body FROM builds WHERE endpoint_id = ?");
const QString kReleasePageSelect = QStringLiteral("SELECT version, id, body FROM releases WHERE endpoint_id = ?");
const QString kPodPageSelect = QStringLiteral("SELECT created_at, id, body FROM pods");

// The events that `query` asks for, newest first, and the values for the placeholders in `binds`.
QString eventsSql(const EventQuery& query, QVariantList* binds)
{
    QString sql = QStringLiteral("SELECT seq, at, actor_key_id, actor_key_name, actor_user, action, resource_type, "
                                 "resource_id, resource_name, changes FROM events WHERE 1 = 1");
    if (query.resourceType) {
        sql += QStringLiteral(" AND resource_type = ?");
        *binds << toWireString(*query.resourceType);
    }
    if (!query.resourceId.isEmpty()) {
        sql += QStringLiteral(" AND resource_id = ?");
        *binds << query.resourceId;
    }
    if (!query.actions.isEmpty()) {
        sql += QStringLiteral(" AND action IN (?") + QStringLiteral(", ?").repeated(query.actions.size() - 1) +
               QLatin1Char(')');
        for (const QString& action : query.actions)
            *binds << action;
    }
    if (!query.actorIds.isEmpty()) {
        // An actor is named by the key that acted or by the person: either matches.
        const QString marks = QStringLiteral("?") + QStringLiteral(", ?").repeated(query.actorIds.size() - 1);
        sql += QStringLiteral(" AND (actor_key_id IN (%1) OR actor_user IN (%1))").arg(marks);
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString& actor : query.actorIds)
                *binds << actor;
        }
    }
    if (query.startMs) {
        sql += QStringLiteral(" AND at >= ?");
        *binds << *query.startMs;
    }
    if (query.endMs) {
        sql += QStringLiteral(" AND at < ?");
        *binds << *query.endMs;
    }
    if (query.page.after) {
        sql += QStringLiteral(" AND (at, seq) < (?, ?)");
        *binds << query.page.after->primary << query.page.after->secondary.toLongLong();
    }
    sql += QStringLiteral(" ORDER BY at DESC, seq DESC");
    // Search is matched by the caller rather than with LIKE, which folds ASCII letters only.
    if (query.search.isEmpty()) {
        sql += QStringLiteral(" LIMIT ?");
        *binds << query.page.limit + 1;
    }
    return sql;
}

// What a page row holds beside (position, id, body): an endpoint's template.
template <typename T> void completeFromRow(T*, const QSqlQuery&) {}
void completeFromRow(Endpoint* e, const QSqlQuery& q)
{
    if (!q.value(3).isNull() && !q.value(3).toString().isEmpty())
        e->templateId = q.value(3).toString();
}

// One page of a table whose rows are (created_at, id, body), the body decoded as T. `select` may
// end in a WHERE clause with one placeholder, bound to `scope`; `primary` names its first column.
template <typename T>
StorePage<T> readPage(std::map<QString, std::unique_ptr<QSqlQuery>>& cache, const QSqlDatabase& db, bool* failed,
                      const QString& select, const QString& scope, const PageRequest& page, bool ascending,
                      const QString& primary = QStringLiteral("created_at"))
{
    Sql s(cache, db, failed, pageSql(select, page.after.has_value(), ascending, primary));
    if (!scope.isNull())
        s.bind(scope);
    if (page.after)
        s.bind(page.after->primary).bind(page.after->secondary);
    s.bind(page.limit + 1).run();
    StorePage<T> out;
    while (s.q().next()) {
        if (out.items.size() == page.limit) {
            out.hasMore = true;
            break;
        }
        // A body that does not decode is skipped (and logged), but still moves the position on.
        out.last = ListPosition{s.q().value(0).toLongLong(), s.q().value(1).toString()};
        if (auto item = decodeBody<T>(s.q().value(2).toByteArray())) {
            completeFromRow(&*item, s.q());
            out.items.append(std::move(*item));
        }
    }
    return out;
}

Job jobFromRow(const QSqlQuery& q)
{
    Job j;
    j.id = q.value(0).toString();
    j.endpointId = q.value(1).toString();
    j.status = q.value(2).toString();
    j.input = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    j.output = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    j.submittedAt = fromMs(q.value(5));
    j.startedAt = optFromMs(q.value(6));
    j.completedAt = optFromMs(q.value(7));
    j.retries = q.value(8).toInt();
    return j;
}

// A JSON string literal, escaped per RFC 8259, in UTF-8.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

const QString kJobColumns =
    QStringLiteral("id, endpoint_id, status, input, output, submitted_at, started_at, completed_at, retries");

} // namespace

// A new database is made under another name and renamed into place once it holds its schema, so
// that `file` never exists empty, not even after a kill during the first start. It is created
// owner-only before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
bool Store::createFile(const QString& file, QString* error)
{
    const QString fresh = file + QStringLiteral(".new");
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(fresh + QLatin1String(suffix)); // left by a start that was killed
    {
        QFile created(fresh);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = QStringLiteral("cannot create %1: %2").arg(fresh, created.errorString());
            return false;
        }
    }
    {
        std::unique_ptr<Store> schema;
        {
            const QString connection =
                QStringLiteral("sandbox-new-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(fresh);
            if (!db.open()) {
                *error = QStringLiteral("cannot create %1: %2").arg(fresh, db.lastError().text());
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connection);
                return false;
            }
            schema.reset(new Store(db));
        }
        if (!schema->createSchema(error))
            return false;
    } // closed: SQLite has moved its write-ahead log into the file
    if (!QFile::rename(fresh, file)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(fresh, file);
        return false;
    }
    return true;
}

std::unique_ptr<Store> Store::open(const QString& file, QString* error)
{
    const QFileInfo info(file);
    const QString startOver =
        QStringLiteral("remove (or move aside) the data directory %1 to start with a new, empty account")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.exists() || info.isSymLink()) {
        if (!info.isFile()) {
            *error = QStringLiteral("%1 is not a regular file; %2").arg(file, startOver);
            return nullptr;
        }
        // SQLite would make an empty file a new, empty account: an account lost is not papered over.
        if (info.size() == 0) {
            *error = QStringLiteral("%1 is empty (0 bytes), not an account's database; %2").arg(file, startOver);
            return nullptr;
        }
    } else if (!createFile(file, error)) {
        return nullptr;
    }
    // The database holds key hashes and encrypted values: keep it, and what SQLite keeps beside
    // it, to its owner, also when an older sandbox made them readable by others.
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString path = file + QLatin1String(suffix);
        if (QFileInfo(path).isFile() && !QFile::setPermissions(path, ownerOnly)) {
            *error = QStringLiteral("cannot make %1 private to its owner").arg(path);
            return nullptr;
        }
    }

    const QString connection = QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(file);
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(file, db.lastError().text());
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store(db));
    // A damaged database is not served: every list would still answer 200 over the damage.
    const QString damage = store->quickCheck();
    if (!damage.isEmpty()) {
        *error = QStringLiteral("%1 is damaged (%2); %3").arg(file, damage, startOver);
        return nullptr;
    }
    if (!store->createSchema(error))
        return nullptr;
    return store;
}

Store::Store(QSqlDatabase db)
    : m_db(std::move(db))
{}

Store::~Store()
{
    const QString name = m_db.connectionName();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool Store::createSchema(QString* error)
{
    QSqlQuery q(m_db);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA secure_delete=ON"})
        q.exec(QString::fromLatin1(pragma));
    for (const char* statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = QStringLiteral("cannot create the database schema: ") + q.lastError().text();
            return false;
        }
    }
    if (!addMissingColumns(error))
        return false;
    for (const char* statement : kIndexes) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = QStringLiteral("cannot create the database schema: ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

// A data directory from before paged lists (the app keeps its sandbox between runs) lacks the
// columns that the pages are ordered by: add them, and take an endpoint's time from its body.
bool Store::addMissingColumns(QString* error)
{
    QSqlQuery q(m_db);
    const auto columns = [&](const QString& table) {
        QStringList names;
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            names.append(q.value(1).toString());
        return names;
    };
    const auto add = [&](const QString& table, const QString& column, const QString& declaration) {
        if (columns(table).contains(column))
            return true;
        if (q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, declaration)))
            return true;
        *error = QStringLiteral("cannot add %1.%2: %3").arg(table, column, q.lastError().text());
        return false;
    };
    const bool endpointsHadTime = columns(QStringLiteral("endpoints")).contains(QStringLiteral("created_at"));
    if (!add(QStringLiteral("templates"), QStringLiteral("created_at"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")) ||
        !add(QStringLiteral("endpoints"), QStringLiteral("created_at"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")) ||
        !add(QStringLiteral("endpoints"), QStringLiteral("template_id"), QStringLiteral("TEXT")) ||
        !add(QStringLiteral("endpoints"), QStringLiteral("version"), QStringLiteral("INTEGER NOT NULL DEFAULT 1")) ||
        !add(QStringLiteral("endpoints"), QStringLiteral("rollout_started_at"), QStringLiteral("INTEGER")) ||
        !add(QStringLiteral("endpoints"), QStringLiteral("rollout_done"),
             QStringLiteral("INTEGER NOT NULL DEFAULT 0")) ||
        !add(QStringLiteral("api_keys"), QStringLiteral("expires_at"), QStringLiteral("INTEGER")) ||
        !add(QStringLiteral("api_keys"), QStringLiteral("rolled_from"), QStringLiteral("TEXT")))
        return false;
    if (!endpointsHadTime) {
        QList<QPair<QString, qint64>> times;
        q.exec(QStringLiteral("SELECT id, body FROM endpoints"));
        while (q.next()) {
            const auto body = parseJsonObject(q.value(1).toByteArray());
            const auto at = body.ok() ? parseTimestamp(body->value(QStringLiteral("createdAt")).toString())
                                      : std::optional<QDateTime>();
            times.append({q.value(0).toString(), at ? toMs(*at) : 0});
        }
        for (const auto& [id, ms] : std::as_const(times)) {
            q.prepare(QStringLiteral("UPDATE endpoints SET created_at = ? WHERE id = ?"));
            q.addBindValue(ms);
            q.addBindValue(id);
            q.exec();
        }
    }
    return true;
}

bool Store::takeFailure()
{
    return std::exchange(m_failed, false);
}

QString Store::quickCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
        return QStringLiteral("SQLite cannot read it: ") + q.lastError().text();
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return QStringLiteral("PRAGMA quick_check reports: ") + problems.join(QStringLiteral("; "));
}

bool Store::transaction()
{
    if (m_transactionDepth++ > 0)
        return true; // within the outer transaction
    if (m_db.transaction())
        return true;
    m_transactionDepth = 0;
    qCCritical(lcStore) << "cannot begin a transaction:" << m_db.lastError().text();
    m_failed = true;
    return false;
}

bool Store::commit()
{
    if (m_transactionDepth == 0)
        return false;
    if (--m_transactionDepth > 0)
        return true; // the outer transaction commits
    if (m_db.commit())
        return true;
    qCCritical(lcStore) << "cannot commit:" << m_db.lastError().text();
    m_failed = true;
    m_db.rollback();
    return false;
}

void Store::rollback()
{
    if (m_transactionDepth == 0)
        return;
    m_transactionDepth = 0;
    if (!m_db.rollback())
        qCCritical(lcStore) << "cannot roll back:" << m_db.lastError().text();
}

QString Store::meta(const QString& key) const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    s.bind(key).run();
    return s.q().next() ? s.q().value(0).toString() : QString();
}

void Store::setMeta(const QString& key, const QString& value)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"))
        .bind(key)
        .bind(value)
        .run();
}

bool Store::isEmpty() const
{
    // The key's check value is written before an account is seeded; it does not make one.
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT (SELECT COUNT(*) FROM api_keys) + (SELECT COUNT(*) FROM meta WHERE key <> '") +
              kKeyCheckMeta + QStringLiteral("')"));
    s.run();
    return s.q().next() && s.q().value(0).toLongLong() == 0;
}

// ---- API keys

void Store::insertKey(const ApiKey& k, const QByteArray& hash)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO api_keys (id, name, prefix, key_hash, legacy, enabled, created_at, "
                       "last_used_at, created_by, policies, expires_at, rolled_from) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(k.id)
        .bind(k.name)
        .bind(k.prefix)
        .bind(QString::fromLatin1(hash))
        .bind(k.legacy)
        .bind(k.enabled)
        .bind(toMs(k.createdAt))
        .bind(optToMs(k.lastUsedAt))
        .bind(k.createdBy)
        .bind(QString::fromUtf8(compact(k.policy.toDocuments())))
        .bind(optToMs(k.expiresAt))
        .bind(k.rolledFrom.isEmpty() ? QVariant() : QVariant(k.rolledFrom))
        .run();
}

std::optional<KeyAuth> Store::keyByHash(const QByteArray& hash) const
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT ") + kKeyColumns + QStringLiteral(" FROM api_keys WHERE key_hash = ?"));
    s.bind(QString::fromLatin1(hash)).run();
    if (!s.q().next())
        return std::nullopt;
    return KeyAuth{keyFromRow(s.q()), !s.q().value(9).isNull()};
}

std::optional<ApiKey> Store::keyById(const QString& id) const
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT ") + kKeyColumns +
              QStringLiteral(" FROM api_keys WHERE id = ? AND revoked_at IS NULL"));
    s.bind(id).run();
    if (!s.q().next())
        return std::nullopt;
    return keyFromRow(s.q());
}

QList<ApiKey> Store::keys() const
{
    QList<ApiKey> out;
    out.reserve(keyCount());
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT ") + kKeyColumns +
              QStringLiteral(" FROM api_keys WHERE revoked_at IS NULL ORDER BY created_at, id"));
    s.run();
    while (s.q().next())
        out.append(keyFromRow(s.q()));
    return out;
}

QByteArray Store::keyPageJson(const PageRequest& page, bool* hasMore, std::optional<ListPosition>* last) const
{
    // The list route's hot path at 100,000 keys: the stored policy documents (written by
    // AccessPolicy::toDocuments) are spliced in as they are instead of being decoded and encoded
    // again. The shape is ApiKey::toJson's; a test compares the two.
    QByteArray out;
    out.reserve(qsizetype(page.limit) * 480 + 16);
    out += '[';
    Sql s(m_statements, m_db, &m_failed, pageSql(kKeyPageSelect, page.after.has_value(), true));
    if (page.after)
        s.bind(page.after->primary).bind(page.after->secondary);
    s.bind(page.limit + 1).run();
    int count = 0;
    *hasMore = false;
    while (s.q().next()) {
        if (count == page.limit) {
            *hasMore = true;
            break;
        }
        const QSqlQuery& q = s.q();
        out += count++ == 0 ? "{\"id\":" : ",{\"id\":";
        appendJsonString(out, q.value(0).toString());
        out += ",\"name\":";
        appendJsonString(out, q.value(1).toString());
        out += ",\"prefix\":";
        appendJsonString(out, q.value(2).toString());
        out += q.value(3).toBool() ? ",\"legacy\":true" : ",\"legacy\":false";
        out += q.value(4).toBool() ? ",\"enabled\":true" : ",\"enabled\":false";
        // Timestamps need no escaping: written straight in, without QDateTime::toString (issue 16).
        out += ",\"createdAt\":\"";
        appendTimestamp(out, q.value(5).toLongLong());
        out += '"';
        out += ",\"lastUsedAt\":";
        if (q.value(6).isNull()) {
            out += "null";
        } else {
            out += '"';
            appendTimestamp(out, q.value(6).toLongLong());
            out += '"';
        }
        out += ",\"createdBy\":";
        appendJsonString(out, q.value(7).toString());
        out += ",\"policies\":";
        out += q.value(8).toByteArray();
        out += ",\"expiresAt\":";
        if (q.value(10).isNull()) {
            out += "null";
        } else {
            out += '"';
            appendTimestamp(out, q.value(10).toLongLong());
            out += '"';
        }
        if (!q.value(11).isNull()) {
            out += ",\"rolledFrom\":";
            appendJsonString(out, q.value(11).toString());
        }
        out += '}';
        *last = ListPosition{q.value(5).toLongLong(), q.value(0).toString()};
    }
    out += ']';
    return out;
}

int Store::keyCount() const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NULL"));
    s.run();
    return s.q().next() ? s.q().value(0).toInt() : 0;
}

void Store::updateKey(const ApiKey& k)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("UPDATE api_keys SET name = ?, enabled = ?, policies = ?, expires_at = ? WHERE id = ?"))
        .bind(k.name)
        .bind(k.enabled)
        .bind(QString::fromUtf8(compact(k.policy.toDocuments())))
        .bind(optToMs(k.expiresAt))
        .bind(k.id)
        .run();
}

void Store::touchKey(const QString& id, const QDateTime& at)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"))
        .bind(toMs(at))
        .bind(id)
        .run();
}

void Store::recordUse(const QString& keyId, const QString& endpointId, bool write, const QDateTime& at)
{
    // The later of the stored time and this one: seeds write the past in any order.
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral(
            "INSERT INTO key_usage (key_id, scope, read_at, write_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key_id, scope) DO UPDATE SET "
            "read_at = CASE WHEN excluded.read_at IS NULL THEN read_at "
            "WHEN read_at IS NULL OR excluded.read_at > read_at THEN excluded.read_at ELSE read_at END, "
            "write_at = CASE WHEN excluded.write_at IS NULL THEN write_at "
            "WHEN write_at IS NULL OR excluded.write_at > write_at THEN excluded.write_at ELSE write_at END"))
        .bind(keyId)
        .bind(endpointId)
        .bind(optToMs(write ? std::nullopt : std::optional<QDateTime>(at)))
        .bind(optToMs(write ? std::optional<QDateTime>(at) : std::nullopt))
        .run();
}

KeyUsage Store::usageOf(const QString& keyId) const
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT scope, read_at, write_at FROM key_usage WHERE key_id = ? ORDER BY scope"));
    s.bind(keyId).run();
    KeyUsage usage;
    while (s.q().next()) {
        const GrantUse use{optFromMs(s.q().value(1)), optFromMs(s.q().value(2))};
        const QString scope = s.q().value(0).toString();
        if (scope.isEmpty())
            usage.api = use;
        else
            usage.endpoints.insert(scope, use);
    }
    return usage;
}

void Store::revokeKey(const QString& id, const QDateTime& at)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("UPDATE api_keys SET revoked_at = ?, enabled = 0 WHERE id = ?"))
        .bind(toMs(at))
        .bind(id)
        .run();
}

// ---- Secrets

void Store::insertSecret(const Secret& s, const QByteArray& blob)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO secrets (id, name, description, created_at, value_updated_at, value) "
                       "VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(s.id)
        .bind(s.name)
        .bind(s.description)
        .bind(toMs(s.createdAt))
        .bind(toMs(s.valueLastUpdatedAt))
        .bind(blob)
        .run();
}

static const QString kSecretColumns = QStringLiteral("id, name, description, created_at, value_updated_at");

std::optional<Secret> Store::secretById(const QString& id) const
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT ") + kSecretColumns + QStringLiteral(" FROM secrets WHERE id = ?"));
    s.bind(id).run();
    if (!s.q().next())
        return std::nullopt;
    return secretFromRow(s.q());
}

bool Store::secretNameTaken(const QString& name) const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT 1 FROM secrets WHERE name = ?"));
    s.bind(name).run();
    return s.q().next();
}

QList<Secret> Store::secrets() const
{
    QList<Secret> out;
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT ") + kSecretColumns + QStringLiteral(" FROM secrets ORDER BY name"));
    s.run();
    while (s.q().next())
        out.append(secretFromRow(s.q()));
    return out;
}

QList<Secret> Store::secretsNamed(const QString& name) const
{
    // Names are ASCII (Validation::secretName), where NOCASE is exact.
    QList<Secret> out;
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT ") + kSecretColumns +
              QStringLiteral(" FROM secrets WHERE name = ? COLLATE NOCASE ORDER BY name"));
    s.bind(name).run();
    while (s.q().next())
        out.append(secretFromRow(s.q()));
    return out;
}

void Store::updateSecret(const Secret& secret, const std::optional<QByteArray>& blob)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("UPDATE secrets SET description = ?, value_updated_at = ? WHERE id = ?"))
        .bind(secret.description)
        .bind(toMs(secret.valueLastUpdatedAt))
        .bind(secret.id)
        .run();
    if (blob)
        Sql(m_statements, m_db, &m_failed, QStringLiteral("UPDATE secrets SET value = ? WHERE id = ?"))
            .bind(*blob)
            .bind(secret.id)
            .run();
}

void Store::deleteSecret(const QString& id)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM secrets WHERE id = ?")).bind(id).run();
}

std::optional<qint64> Store::secretBlobSize(const QString& name) const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT length(value) FROM secrets WHERE name = ?"));
    s.bind(name).run();
    if (!s.q().next())
        return std::nullopt;
    return s.q().value(0).toLongLong();
}

std::optional<SecretBlob> Store::anySecretBlob() const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT id, value FROM secrets ORDER BY id LIMIT 1"));
    s.run();
    if (!s.q().next())
        return std::nullopt;
    return SecretBlob{s.q().value(0).toString(), s.q().value(1).toByteArray()};
}

std::optional<SecretBlob> Store::secretBlobByName(const QString& name) const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT id, value FROM secrets WHERE name = ?"));
    s.bind(name).run();
    if (!s.q().next())
        return std::nullopt;
    return SecretBlob{s.q().value(0).toString(), s.q().value(1).toByteArray()};
}

// ---- Templates and endpoints

void Store::insertTemplate(const Template& t, const QDateTime& createdAt)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO templates (id, name, body, created_at) VALUES (?, ?, ?, ?)"))
        .bind(t.id)
        .bind(t.name)
        .bind(compact(t.toJson()))
        .bind(toMs(createdAt))
        .run();
}

void Store::updateTemplate(const Template& t)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("UPDATE templates SET name = ?, body = ? WHERE id = ?"))
        .bind(t.name)
        .bind(compact(t.toJson()))
        .bind(t.id)
        .run();
}

std::optional<Template> Store::templateById(const QString& id) const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT body FROM templates WHERE id = ?"));
    s.bind(id).run();
    if (!s.q().next())
        return std::nullopt;
    return decodeBody<Template>(s.q().value(0).toByteArray());
}

bool Store::templateNameTaken(const QString& name, const QString& exceptId) const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT 1 FROM templates WHERE name = ? AND id <> ?"));
    s.bind(name).bind(exceptId.isNull() ? QStringLiteral("") : exceptId).run(); // NULL would match nothing
    return s.q().next();
}

StorePage<Template> Store::templates(const PageRequest& page) const
{
    return readPage<Template>(m_statements, m_db, &m_failed, kTemplatePageSelect, QString(), page, true);
}

void Store::deleteTemplate(const QString& id)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM templates WHERE id = ?")).bind(id).run();
}

// An endpoint's body as stored: its template lives in the template_id column alone.
static QByteArray endpointBody(const Endpoint& e)
{
    QJsonObject body = e.toJson();
    body.remove(QStringLiteral("templateId"));
    return compact(body);
}

void Store::insertEndpoint(const Endpoint& e, const QString& templateId)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO endpoints (id, name, body, created_at, template_id) VALUES (?, ?, ?, ?, ?)"))
        .bind(e.id)
        .bind(e.name)
        .bind(endpointBody(e))
        .bind(toMs(e.createdAt))
        .bind(templateId.isEmpty() ? QVariant() : QVariant(templateId))
        .run();
}

void Store::updateEndpoint(const Endpoint& e)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("UPDATE endpoints SET name = ?, body = ? WHERE id = ?"))
        .bind(e.name)
        .bind(endpointBody(e))
        .bind(e.id)
        .run();
}

std::optional<Endpoint> Store::endpointById(const QString& id) const
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT created_at, id, body, template_id FROM endpoints WHERE id = ?"));
    s.bind(id).run();
    if (!s.q().next())
        return std::nullopt;
    auto e = decodeBody<Endpoint>(s.q().value(2).toByteArray());
    if (e)
        completeFromRow(&*e, s.q());
    return e;
}

StorePage<Endpoint> Store::endpoints(const PageRequest& page) const
{
    return readPage<Endpoint>(m_statements, m_db, &m_failed, kEndpointPageSelect, QString(), page, false);
}

QList<EndpointRef> Store::endpointsBoundTo(const QString& templateId) const
{
    QList<EndpointRef> out;
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT id, name FROM endpoints WHERE template_id = ? ORDER BY name, id"));
    s.bind(templateId).run();
    while (s.q().next())
        out.append({s.q().value(0).toString(), s.q().value(1).toString()});
    return out;
}

void Store::bindEndpointToTemplate(const QString& endpointId, const QString& templateId)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("UPDATE endpoints SET template_id = ? WHERE id = ?"))
        .bind(templateId)
        .bind(endpointId)
        .run();
}

void Store::deleteEndpoint(const QString& id)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM endpoints WHERE id = ?")).bind(id).run();
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM builds WHERE endpoint_id = ?")).bind(id).run();
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM workers WHERE endpoint_id = ?")).bind(id).run();
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM releases WHERE endpoint_id = ?")).bind(id).run();
}

RolloutState Store::rollout(const QString& endpointId) const
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT version, rollout_started_at, rollout_done FROM endpoints WHERE id = ?"));
    s.bind(endpointId).run();
    RolloutState state;
    if (s.q().next()) {
        state.version = s.q().value(0).toLongLong();
        state.startedAt = optFromMs(s.q().value(1));
        state.done = s.q().value(2).toInt();
    }
    return state;
}

void Store::setRollout(const QString& endpointId, const RolloutState& state)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("UPDATE endpoints SET version = ?, rollout_started_at = ?, rollout_done = ? WHERE id = ?"))
        .bind(state.version)
        .bind(optToMs(state.startedAt))
        .bind(state.done)
        .bind(endpointId)
        .run();
}

// ---- Workers and releases

void Store::insertWorker(const WorkerRow& w)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO workers (id, endpoint_id, version, started_at, image, gpu_count, gpu_type_id, "
                       "data_center_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(w.id)
        .bind(w.endpointId)
        .bind(w.version)
        .bind(toMs(w.startedAt))
        .bind(w.image)
        .bind(w.gpuCount)
        .bind(w.gpuTypeId ? QVariant(*w.gpuTypeId) : QVariant())
        .bind(w.dataCenterId ? QVariant(*w.dataCenterId) : QVariant())
        .run();
}

QList<WorkerRow> Store::workersOf(const QString& endpointId) const
{
    QList<WorkerRow> out;
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT id, endpoint_id, version, started_at, image, gpu_count, gpu_type_id, data_center_id "
                         "FROM workers WHERE endpoint_id = ? ORDER BY started_at, id"));
    s.bind(endpointId).run();
    while (s.q().next()) {
        const QSqlQuery& q = s.q();
        WorkerRow w;
        w.id = q.value(0).toString();
        w.endpointId = q.value(1).toString();
        w.version = q.value(2).toLongLong();
        w.startedAt = fromMs(q.value(3));
        w.image = q.value(4).toString();
        w.gpuCount = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            w.gpuTypeId = q.value(6).toString();
        if (!q.value(7).isNull())
            w.dataCenterId = q.value(7).toString();
        out.append(std::move(w));
    }
    return out;
}

void Store::deleteWorker(const QString& id)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM workers WHERE id = ?")).bind(id).run();
}

void Store::insertRelease(const QString& endpointId, const Release& release)
{
    Release stored = release;
    stored.workerCount = 0;
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO releases (id, endpoint_id, version, created_at, body) VALUES (?, ?, ?, ?, ?)"))
        .bind(release.id)
        .bind(endpointId)
        .bind(release.version.value_or(0))
        .bind(toMs(release.createdAt))
        .bind(compact(stored.toJson()))
        .run();
}

StorePage<Release> Store::releases(const QString& endpointId, const PageRequest& page) const
{
    return readPage<Release>(m_statements, m_db, &m_failed, kReleasePageSelect, endpointId, page, false,
                             QStringLiteral("version"));
}

// ---- Pods

Decoded<StoredPod> StoredPod::fromJson(const QJsonObject& json)
{
    StoredPod out;
    out.wire = json;
    const QJsonObject own = out.wire.take(QStringLiteral("sandbox")).toObject();
    auto pod = Pod::fromJson(out.wire);
    if (!pod.ok())
        return pod.error();
    out.pod = std::move(pod).value();
    out.hourlyRate = own.value(QStringLiteral("hourlyRate")).toDouble();
    out.publicIp = own.value(QStringLiteral("publicIp")).toString();
    out.sshPort = own.value(QStringLiteral("sshPort")).toInt();
    return out;
}

QJsonObject StoredPod::toJson() const
{
    QJsonObject out = wire;
    const QJsonObject fields = pod.toJson();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        out.insert(it.key(), it.value());
    out.insert(QStringLiteral("sandbox"), QJsonObject{{QStringLiteral("hourlyRate"), hourlyRate},
                                                      {QStringLiteral("publicIp"), publicIp},
                                                      {QStringLiteral("sshPort"), sshPort}});
    return out;
}

void Store::insertPod(const StoredPod& p)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO pods (id, name, created_at, body) VALUES (?, ?, ?, ?)"))
        .bind(p.pod.id)
        .bind(p.pod.name)
        .bind(toMs(p.pod.createdAt))
        .bind(compact(p.toJson()))
        .run();
}

void Store::updatePod(const StoredPod& p)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("UPDATE pods SET name = ?, body = ? WHERE id = ?"))
        .bind(p.pod.name)
        .bind(compact(p.toJson()))
        .bind(p.pod.id)
        .run();
}

std::optional<StoredPod> Store::podById(const QString& id) const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT body FROM pods WHERE id = ?"));
    s.bind(id).run();
    if (!s.q().next())
        return std::nullopt;
    return decodeBody<StoredPod>(s.q().value(0).toByteArray());
}

StorePage<StoredPod> Store::pods(const PageRequest& page) const
{
    return readPage<StoredPod>(m_statements, m_db, &m_failed, kPodPageSelect, QString(), page, false);
}

void Store::deletePod(const QString& id)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM pods WHERE id = ?")).bind(id).run();
}

// ---- Builds

void Store::insertBuild(const QString& endpointId, const Build& build, const QDateTime& createdAt)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO builds (id, endpoint_id, created_at, body) VALUES (?, ?, ?, ?)"))
        .bind(build.id)
        .bind(endpointId)
        .bind(toMs(createdAt))
        .bind(compact(build.toJson()))
        .run();
}

StorePage<Build> Store::builds(const QString& endpointId, const PageRequest& page) const
{
    return readPage<Build>(m_statements, m_db, &m_failed, kBuildPageSelect, endpointId, page, false);
}

std::optional<Build> Store::build(const QString& endpointId, const QString& buildId) const
{
    Sql s(m_statements, m_db, &m_failed, QStringLiteral("SELECT body FROM builds WHERE id = ? AND endpoint_id = ?"));
    s.bind(buildId).bind(endpointId).run();
    if (!s.q().next())
        return std::nullopt;
    return decodeBody<Build>(s.q().value(0).toByteArray());
}

// ---- Events

void Store::appendEvent(AuditEvent* e)
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("INSERT INTO events (at, actor_key_id, actor_key_name, actor_user, action, "
                         "resource_type, resource_id, resource_name, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bind(toMs(e->at))
        .bind(e->actor.keyId)
        .bind(e->actor.keyName)
        .bind(e->actor.user)
        .bind(toWireString(e->action))
        .bind(toWireString(e->resourceType))
        .bind(e->resourceId)
        .bind(e->resourceName)
        .bind(e->changes ? QVariant(QString::fromUtf8(compact(*e->changes))) : QVariant());
    if (s.run())
        e->id = QStringLiteral("evt_") + QString::number(s.q().lastInsertId().toLongLong());
}

StorePage<AuditEvent> Store::events(const EventQuery& query) const
{
    QVariantList binds;
    const QString sql = eventsSql(query, &binds);
    Sql s(m_statements, m_db, &m_failed, sql);
    for (const QVariant& v : std::as_const(binds))
        s.bind(v);
    s.run();
    StorePage<AuditEvent> page;
    while (s.q().next()) {
        const QSqlQuery& q = s.q();
        AuditEvent e;
        const qint64 seq = q.value(0).toLongLong();
        e.id = QStringLiteral("evt_") + QString::number(seq);
        e.at = fromMs(q.value(1));
        e.actor = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        const QString action = q.value(5).toString();
        const QString type = q.value(6).toString();
        e.resourceId = q.value(7).toString();
        e.resourceName = q.value(8).toString();
        if (!query.search.isEmpty()) {
            const QString* fields[] = {&e.actor.user, &e.actor.keyName, &type, &e.resourceId, &e.resourceName, &action};
            if (std::none_of(std::begin(fields), std::end(fields),
                             [&](const QString* f) { return f->contains(query.search, Qt::CaseInsensitive); }))
                continue;
        }
        if (page.items.size() == query.page.limit) {
            page.hasMore = true;
            break;
        }
        e.action = auditActionFromString(action).value_or(AuditAction::Updated);
        e.resourceType = resourceTypeFromString(type).value_or(ResourceType::ApiKey);
        if (!q.value(9).isNull())
            e.changes = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
        page.last = ListPosition{q.value(1).toLongLong(), QString::number(seq)};
        page.items.append(std::move(e));
    }
    return page;
}

QStringList Store::pageQueries()
{
    const ListPosition position{0, QStringLiteral("1")};
    EventQuery all;
    all.page.after = position;
    EventQuery ofResource = all;
    ofResource.resourceType = ResourceType::Secret;
    ofResource.resourceId = QStringLiteral("sec_1");
    QVariantList binds;
    return {pageSql(kKeyPageSelect, false, true),
            pageSql(kKeyPageSelect, true, true),
            pageSql(kTemplatePageSelect, false, true),
            pageSql(kTemplatePageSelect, true, true),
            pageSql(kEndpointPageSelect, false, false),
            pageSql(kEndpointPageSelect, true, false),
            pageSql(kBuildPageSelect, false, false),
            pageSql(kBuildPageSelect, true, false),
            pageSql(kReleasePageSelect, false, false, QStringLiteral("version")),
            pageSql(kReleasePageSelect, true, false, QStringLiteral("version")),
            pageSql(kPodPageSelect, false, false),
            pageSql(kPodPageSelect, true, false),
            eventsSql(all, &binds),
            eventsSql(ofResource, &binds)};
}

// ---- Jobs

void Store::insertJob(const Job& j)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("INSERT INTO jobs (") + kJobColumns + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(j.id)
        .bind(j.endpointId)
        .bind(j.status)
        .bind(QString::fromUtf8(compact(j.input)))
        .bind(QString::fromUtf8(compact(j.output)))
        .bind(toMs(j.submittedAt))
        .bind(optToMs(j.startedAt))
        .bind(optToMs(j.completedAt))
        .bind(j.retries)
        .run();
}

void Store::updateJob(const Job& j)
{
    Sql(m_statements, m_db, &m_failed,
        QStringLiteral("UPDATE jobs SET status = ?, output = ?, started_at = ?, completed_at = ?, retries = ? "
                       "WHERE id = ?"))
        .bind(j.status)
        .bind(QString::fromUtf8(compact(j.output)))
        .bind(optToMs(j.startedAt))
        .bind(optToMs(j.completedAt))
        .bind(j.retries)
        .bind(j.id)
        .run();
}

std::optional<Job> Store::job(const QString& endpointId, const QString& jobId) const
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM jobs WHERE id = ? AND endpoint_id = ?"));
    s.bind(jobId).bind(endpointId).run();
    if (!s.q().next())
        return std::nullopt;
    return jobFromRow(s.q());
}

QList<Job> Store::jobsInState(const QString& status) const
{
    QList<Job> out;
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT ") + kJobColumns +
              QStringLiteral(" FROM jobs WHERE status = ? ORDER BY submitted_at, id"));
    s.bind(status).run();
    while (s.q().next())
        out.append(jobFromRow(s.q()));
    return out;
}

QHash<QString, int> Store::jobCounts(const QString& endpointId) const
{
    QHash<QString, int> out;
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT status, COUNT(*) FROM jobs WHERE endpoint_id = ? GROUP BY status"));
    s.bind(endpointId).run();
    while (s.q().next())
        out.insert(s.q().value(0).toString(), s.q().value(1).toInt());
    return out;
}

int Store::retriedJobs(const QString& endpointId) const
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("SELECT COALESCE(SUM(retries), 0) FROM jobs WHERE endpoint_id = ?"));
    s.bind(endpointId).run();
    return s.q().next() ? s.q().value(0).toInt() : 0;
}

int Store::purgeQueue(const QString& endpointId)
{
    Sql s(m_statements, m_db, &m_failed,
          QStringLiteral("DELETE FROM jobs WHERE endpoint_id = ? AND status = 'IN_QUEUE'"));
    s.bind(endpointId).run();
    return s.q().numRowsAffected();
}

void Store::deleteJobsOf(const QString& endpointId)
{
    Sql(m_statements, m_db, &m_failed, QStringLiteral("DELETE FROM jobs WHERE endpoint_id = ?")).bind(endpointId).run();
}

} // namespace podwarden::sandbox
