#include "LocalStore.h"

#include "JsonReader.h"
#include "TemplateDraft.h"
#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <type_traits>

namespace podwarden {

namespace {

// 1: snapshots (one JSON blob per profile); 2: template drafts; 3: the account as rows (a blob of
// schema 1 is still read, once, and replaced by rows at the next save); 4: pods; 5: Paperspace
// deployments and secrets; 6: the newest events of the history.
constexpr int kSchemaVersion = 6;

struct TableInfo
{
    LocalStore::Table table;
    const char* name;
};
constexpr TableInfo kTables[] = {{LocalStore::Table::ApiKeys, "api_keys"},
                                 {LocalStore::Table::Secrets, "secrets"},
                                 {LocalStore::Table::Templates, "templates"},
                                 {LocalStore::Table::Endpoints, "endpoints"},
                                 {LocalStore::Table::Pods, "pods"},
                                 {LocalStore::Table::Deployments, "deployments"},
                                 {LocalStore::Table::PaperspaceSecrets, "paperspace_secrets"},
                                 {LocalStore::Table::Events, "audit_events"}};

QString tableName(LocalStore::Table table)
{
    for (const TableInfo& info : kTables) {
        if (info.table == table)
            return QLatin1String(info.name);
    }
    return {};
}

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// Replaces a table's rows of `profileId` with `items`, in their order. Each item is encoded just
// before its row is written, so the whole table's JSON never exists at once (100,000 keys' rows
// would be some 50 MB). False on the first failure (the caller rolls back).
template <typename T>
bool replaceRows(QSqlQuery& query, LocalStore::Table table, const QString& profileId, const QList<T>& items)
{
    const QString name = tableName(table);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE profile_id = ?").arg(name));
    query.addBindValue(profileId);
    if (!query.exec())
        return false;
    query.prepare(QStringLiteral("INSERT INTO %1 (profile_id, id, position, json) VALUES (?, ?, ?, ?)").arg(name));
    int position = 0;
    for (const T& item : items) {
        query.bindValue(0, profileId);
        query.bindValue(1, LocalStore::rowId(item));
        query.bindValue(2, position++);
        query.bindValue(3, compact(item.toJson()));
        if (!query.exec())
            return false;
    }
    return true;
}

// Brings a table's rows of `profileId` from `stored` (what the file holds, but for the `changed`
// ids) to `items`: an item equal to its stored row at the same position is left alone, one that
// only moved gets its new position, the others are encoded and written, and rows no longer there
// are removed. False on the first failure (the caller rolls back).
template <typename T>
bool updateRows(QSqlDatabase& db, LocalStore::Table table, const QString& profileId, const QList<T>& items,
                const QList<T>& stored, QSet<QString> changed, QString* error)
{
    const auto fail = [error](const QSqlQuery& q) {
        *error = q.lastError().text();
        return false;
    };
    const QString name = tableName(table);
    QHash<QString, qsizetype> storedAt;
    storedAt.reserve(stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        storedAt.insert(LocalStore::rowId(stored.at(i)), i);
    QSqlQuery write(db);
    QSqlQuery move(db);
    bool writePrepared = false;
    bool movePrepared = false;
    for (qsizetype position = 0; position < items.size(); ++position) {
        const T& item = items.at(position);
        const QString id = LocalStore::rowId(item);
        const auto at = storedAt.constFind(id);
        const bool wasChanged = changed.remove(id);
        if (at != storedAt.cend()) {
            const qsizetype before = *at;
            storedAt.erase(at);
            if (!wasChanged && stored.at(before) == item) {
                if (before == position)
                    continue;
                if (!movePrepared &&
                    !(movePrepared = move.prepare(
                          QStringLiteral("UPDATE %1 SET position = ? WHERE profile_id = ? AND id = ?").arg(name))))
                    return fail(move);
                move.bindValue(0, int(position));
                move.bindValue(1, profileId);
                move.bindValue(2, id);
                if (!move.exec())
                    return fail(move);
                continue;
            }
        }
        if (!writePrepared && !(writePrepared = write.prepare(
                                    QStringLiteral("INSERT INTO %1 (profile_id, id, position, json) "
                                                   "VALUES (?, ?, ?, ?) ON CONFLICT (profile_id, id) DO "
                                                   "UPDATE SET position = excluded.position, json = excluded.json")
                                        .arg(name))))
            return fail(write);
        write.bindValue(0, profileId);
        write.bindValue(1, id);
        write.bindValue(2, int(position));
        write.bindValue(3, compact(item.toJson()));
        if (!write.exec())
            return fail(write);
    }
    // Stored rows not seen, and rows written one by one that are no longer there.
    QStringList gone = storedAt.keys();
    gone += QStringList(changed.cbegin(), changed.cend());
    if (gone.isEmpty())
        return true;
    QSqlQuery remove(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM %1 WHERE profile_id = ? AND id = ?").arg(name)))
        return fail(remove);
    for (const QString& id : std::as_const(gone)) {
        remove.bindValue(0, profileId);
        remove.bindValue(1, id);
        if (!remove.exec())
            return fail(remove);
    }
    return true;
}

const QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

LocalStore::LocalStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("podwarden-localstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

LocalStore::~LocalStore()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        // removeDatabase() wants no QSqlDatabase handle of the connection alive.
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString LocalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/podwarden.sqlite");
}

bool LocalStore::open()
{
    if (isOpen())
        return true;
    m_error.clear();
    const QString shown = QDir::toNativeSeparators(m_path);

    const QFileInfo info(m_path);
    const QString dirPath = info.absolutePath();
    if (!QFileInfo::exists(dirPath)) {
        // Only a directory we create is tightened; an existing one (a user's choice) is left alone.
        if (!QDir().mkpath(dirPath) || !QFile::setPermissions(dirPath, kOwnerDir)) {
            m_error = tr("Cannot create the folder of the local store “%1”.").arg(shown);
            return false;
        }
    }
    if (!info.exists()) {
        // Created here with 0600 so SQLite never makes it with the umask's mode; its -wal and -shm
        // files take the database file's mode.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile)) {
            m_error = tr("Cannot create the local store “%1”: %2").arg(shown, file.errorString());
            return false;
        }
    } else if (!QFile::setPermissions(m_path, kOwnerFile)) {
        qCWarning(lcStore) << "cannot restrict the permissions of" << m_path;
    }

    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = tr("Cannot open the local store “%1”: %2").arg(shown, db.lastError().text());
        return false;
    }

    auto fail = [this, &db, &shown](const QString& detail) {
        m_error = tr("Cannot open the local store “%1”: %2").arg(shown, detail);
        db.close();
        return false;
    };

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return fail(query.lastError().text());
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "SQLite kept journal mode" << query.value(0).toString() << "for" << m_path;
    if (!query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(query.lastError().text());
    const int version = query.value(0).toInt();
    query.finish();
    if (version > kSchemaVersion) {
        // A newer Podwarden wrote this file; writing to it with an older schema could lose data.
        m_error = tr("The local store “%1” was written by a newer version of Podwarden.").arg(shown);
        db.close();
        return false;
    }
    if (version < kSchemaVersion) {
        if (!db.transaction())
            return fail(db.lastError().text());
        const bool created =
            query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS snapshots ("
                                      "profile_id TEXT PRIMARY KEY, fetched_at TEXT, json BLOB)")) &&
            query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS drafts ("
                                      "id TEXT PRIMARY KEY, profile_id TEXT NOT NULL, "
                                      "template_id TEXT, state TEXT NOT NULL, updated_at TEXT, "
                                      "revision INTEGER NOT NULL, json BLOB NOT NULL)")) &&
            query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS drafts_profile "
                                      "ON drafts (profile_id)")) &&
            query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS accounts ("
                                      "profile_id TEXT PRIMARY KEY, fetched_at TEXT NOT NULL)")) &&
            std::all_of(std::begin(kTables), std::end(kTables),
                        [&query](const TableInfo& t) {
                            return query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                                                             "profile_id TEXT NOT NULL, id TEXT NOT NULL, "
                                                             "position INTEGER NOT NULL, json BLOB NOT NULL, "
                                                             "PRIMARY KEY (profile_id, id))")
                                                  .arg(QLatin1String(t.name))) &&
                                   query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_order ON %1 "
                                                             "(profile_id, position)")
                                                  .arg(QLatin1String(t.name)));
                        }) &&
            query.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
        if (!created) {
            const QString detail = query.lastError().text();
            db.rollback();
            return fail(detail);
        }
        if (!db.commit())
            return fail(db.lastError().text());
    }
    qCDebug(lcStore) << "opened" << m_path << "schema" << kSchemaVersion;
    return true;
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString LocalStore::errorString() const
{
    return m_error;
}

// One statement in its own transaction: it is in the file completely or not at all, whenever the
// process dies.
bool LocalStore::write(const QString& sql, const QVariantList& values, bool removing)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!isOpen()) {
        m_error = tr("The local store “%1” is not open.").arg(shown);
        return false;
    }
    const auto failed = [this, &shown, removing](const QString& detail) {
        m_error = removing ? tr("Cannot remove from the local store “%1”: %2").arg(shown, detail)
                           : tr("Cannot save to the local store “%1”: %2").arg(shown, detail);
        return false;
    };
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return failed(db.lastError().text());
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        query.finish();
        db.rollback();
        return failed(detail);
    }
    query.finish();
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return failed(detail);
    }
    return true;
}

bool LocalStore::saveSnapshot(const QString& profileId, const AccountSnapshot& snapshot, const StoredAccount* stored)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!isOpen()) {
        m_error = tr("The local store “%1” is not open.").arg(shown);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto failed = [this, &shown, &db](const QString& detail) {
        m_error = tr("Cannot save to the local store “%1”: %2").arg(shown, detail);
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return failed(db.lastError().text());
    QSqlQuery query(db);
    // The rows are changed from `stored` only while the file still agrees with it: its account was
    // saved at the same time (no other writer saved it since, it was not removed) and each table
    // has as many rows, give or take the ones written one by one.
    bool fromStored = stored != nullptr;
    if (fromStored) {
        query.prepare(QStringLiteral("SELECT fetched_at FROM accounts WHERE profile_id = ?"));
        query.addBindValue(profileId);
        if (!query.exec())
            return failed(query.lastError().text());
        fromStored = query.next() && query.value(0).toString() == formatTimestamp(stored->snapshot.fetchedAt);
        query.finish();
    }
    const auto agrees = [&](Table table, qsizetype storedRows) {
        if (!fromStored)
            return false;
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE profile_id = ?").arg(tableName(table)));
        count.addBindValue(profileId);
        if (!count.exec() || !count.next())
            return false;
        const qsizetype rows = count.value(0).toLongLong();
        return std::abs(rows - storedRows) <= stored->changedRows.value(table).size();
    };
    QString rowsError;
    const auto rows = [&](Table table, const auto& items, const auto& storedItems) {
        if (agrees(table, storedItems.size()))
            return updateRows(db, table, profileId, items, storedItems, stored->changedRows.value(table), &rowsError);
        if (replaceRows(query, table, profileId, items))
            return true;
        rowsError = query.lastError().text();
        return false;
    };
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO accounts (profile_id, fetched_at) VALUES (?, ?)"));
    query.addBindValue(profileId);
    query.addBindValue(formatTimestamp(snapshot.fetchedAt));
    if (!query.exec())
        return failed(query.lastError().text());
    query.prepare(QStringLiteral("DELETE FROM snapshots WHERE profile_id = ?")); // a schema-1 blob, now rows
    query.addBindValue(profileId);
    if (!query.exec())
        return failed(query.lastError().text());
    static const AccountSnapshot none;
    const AccountSnapshot& before = stored ? stored->snapshot : none;
    const bool written = rows(Table::ApiKeys, snapshot.apiKeys, before.apiKeys) &&
                         rows(Table::Secrets, snapshot.secrets, before.secrets) &&
                         rows(Table::Templates, snapshot.templates, before.templates) &&
                         rows(Table::Endpoints, snapshot.endpoints, before.endpoints) &&
                         rows(Table::Pods, snapshot.pods, before.pods) &&
                         rows(Table::Deployments, snapshot.deployments, before.deployments) &&
                         rows(Table::PaperspaceSecrets, snapshot.paperspaceSecrets, before.paperspaceSecrets) &&
                         rows(Table::Events, snapshot.recentEvents, before.recentEvents);
    static_assert(std::size(kTables) == 8, "every table of kTables is written above");
    if (!written)
        return failed(rowsError);
    query.finish();
    if (!db.commit())
        return failed(db.lastError().text());
    return true;
}

bool LocalStore::saveRow(const QString& profileId, Table table, const QString& id,
                         const std::optional<QJsonObject>& json)
{
    const QString name = tableName(table);
    if (!json) {
        return write(QStringLiteral("DELETE FROM %1 WHERE profile_id = ? AND id = ?").arg(name), {profileId, id}, true);
    }
    // Only into a saved account: a row alone would make a partial account out of nothing.
    return write(QStringLiteral("INSERT INTO %1 (profile_id, id, position, json) "
                                "SELECT ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM %1 WHERE profile_id = ?), ? "
                                "WHERE EXISTS (SELECT 1 FROM accounts WHERE profile_id = ?) "
                                "ON CONFLICT (profile_id, id) DO UPDATE SET json = excluded.json")
                     .arg(name),
                 {profileId, id, profileId, compact(*json), profileId});
}

std::optional<AccountSnapshot> LocalStore::loadSnapshot(const QString& profileId)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!isOpen()) {
        m_error = tr("The local store “%1” is not open.").arg(shown);
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT fetched_at FROM accounts WHERE profile_id = ?"));
    query.addBindValue(profileId);
    if (!query.exec()) {
        m_error = tr("Cannot read the local store “%1”: %2").arg(shown, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return loadLegacySnapshot(profileId);
    AccountSnapshot snapshot;
    const auto fetched = parseTimestamp(query.value(0).toString());
    query.finish();
    const auto damaged = [this, &shown, &profileId](const QString& what) {
        // A damaged row costs only the offline view of one profile; the next refresh replaces it.
        qCWarning(lcStore).noquote() << "ignoring the damaged saved account of profile" << profileId << "in" << m_path
                                     << ":" << what;
        m_error = tr("The saved account in the local store “%1” is damaged and was ignored.").arg(shown);
        return std::nullopt;
    };
    if (!fetched)
        return damaged(QStringLiteral("fetched_at"));
    snapshot.fetchedAt = *fetched;

    // One table: each row decoded with the item's own codec, in the saved order.
    const auto readTable = [&](const char* name, auto& list) -> bool {
        using Item = typename std::decay_t<decltype(list)>::value_type;
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(
            QStringLiteral("SELECT id, json FROM %1 WHERE profile_id = ? ORDER BY position").arg(QLatin1String(name)));
        rows.addBindValue(profileId);
        if (!rows.exec()) {
            m_error = tr("Cannot read the local store “%1”: %2").arg(shown, rows.lastError().text());
            return false;
        }
        while (rows.next()) {
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(rows.value(1).toByteArray(), &parseError);
            auto decoded = document.isObject() ? Item::fromJson(document.object()) : Decoded<Item>(DecodeError{});
            if (!document.isObject() || !decoded) {
                damaged(QLatin1String(name) + QLatin1Char('/') + rows.value(0).toString());
                return false;
            }
            list.append(std::move(decoded).value());
        }
        return true;
    };
    if (!readTable("api_keys", snapshot.apiKeys) || !readTable("secrets", snapshot.secrets) ||
        !readTable("templates", snapshot.templates) || !readTable("endpoints", snapshot.endpoints) ||
        !readTable("pods", snapshot.pods) || !readTable("deployments", snapshot.deployments) ||
        !readTable("paperspace_secrets", snapshot.paperspaceSecrets) ||
        !readTable("audit_events", snapshot.recentEvents))
        return std::nullopt;
    return snapshot;
}

std::optional<AccountSnapshot> LocalStore::loadLegacySnapshot(const QString& profileId)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT json FROM snapshots WHERE profile_id = ?"));
    query.addBindValue(profileId);
    if (!query.exec()) {
        m_error = tr("Cannot read the local store “%1”: %2").arg(shown, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const QByteArray bytes = query.value(0).toByteArray();
    query.finish();

    // A damaged row costs only the offline view of one profile; the next refresh replaces it.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        qCWarning(lcStore) << "ignoring the damaged snapshot of profile" << profileId << "in" << m_path << ":"
                           << (parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                            : QStringLiteral("not a JSON object"));
        m_error = tr("The saved account in the local store “%1” is damaged and was ignored.").arg(shown);
        return std::nullopt;
    }
    auto decoded = AccountSnapshot::fromJson(document.object());
    if (!decoded) {
        qCWarning(lcStore) << "ignoring the damaged snapshot of profile" << profileId << "in" << m_path << ":"
                           << decoded.error().field << "is not" << decoded.error().expected;
        m_error = tr("The saved account in the local store “%1” is damaged and was ignored.").arg(shown);
        return std::nullopt;
    }
    return std::move(decoded).value();
}

bool LocalStore::saveDraft(const TemplateDraft& draft)
{
    return write(QStringLiteral("INSERT OR REPLACE INTO drafts (id, profile_id, template_id, state, updated_at, "
                                "revision, json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {draft.id, draft.profileId, draft.draft.id.isEmpty() ? QVariant() : QVariant(draft.draft.id),
                  toWireString(draft.state), draft.updatedAt.isValid() ? formatTimestamp(draft.updatedAt) : QString(),
                  draft.revision, QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact)});
}

bool LocalStore::removeDraft(const QString& draftId)
{
    return write(QStringLiteral("DELETE FROM drafts WHERE id = ?"), {draftId}, true);
}

QList<TemplateDraft> LocalStore::readDrafts(const QString& where, const QString& key)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QList<TemplateDraft> drafts;
    if (!isOpen()) {
        m_error = tr("The local store “%1” is not open.").arg(shown);
        return drafts;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, json FROM drafts WHERE ") + where +
                  QStringLiteral(" = ? ORDER BY updated_at DESC"));
    query.addBindValue(key);
    if (!query.exec()) {
        m_error = tr("Cannot read the local store “%1”: %2").arg(shown, query.lastError().text());
        return drafts;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toByteArray());
        auto decoded = TemplateDraft::fromJson(document.object());
        if (!document.isObject() || !decoded) {
            // A damaged draft is reported and skipped; the others are still there.
            qCWarning(lcStore) << "ignoring the damaged draft" << id << "in" << m_path;
            m_error = tr("A draft in the local store “%1” is damaged and was ignored.").arg(shown);
            continue;
        }
        drafts.append(decoded.value());
    }
    return drafts;
}

QList<TemplateDraft> LocalStore::loadDrafts(const QString& profileId)
{
    return readDrafts(QStringLiteral("profile_id"), profileId);
}

std::optional<TemplateDraft> LocalStore::loadDraft(const QString& draftId)
{
    const QList<TemplateDraft> found = readDrafts(QStringLiteral("id"), draftId);
    return found.isEmpty() ? std::nullopt : std::optional<TemplateDraft>(found.first());
}

bool LocalStore::removeProfileData(const QString& profileId)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!isOpen()) {
        m_error = tr("The local store “%1” is not open.").arg(shown);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto failed = [this, &shown, &db](const QString& detail) {
        m_error = tr("Cannot remove from the local store “%1”: %2").arg(shown, detail);
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return failed(db.lastError().text());
    // Found rather than listed, so a table added for a profile's data is cleared with the rest.
    QStringList tables;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
                                       "WHERE m.type = 'table' AND c.name = 'profile_id'")))
            return failed(query.lastError().text());
        while (query.next())
            tables << query.value(0).toString();
    }
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE profile_id = ?").arg(table));
        query.addBindValue(profileId);
        if (!query.exec())
            return failed(query.lastError().text());
    }
    if (!db.commit())
        return failed(db.lastError().text());
    qCDebug(lcStore) << "removed the data of profile" << profileId << "from" << tables;
    return true;
}

} // namespace podwarden
