#pragma once

#include "AccountSnapshot.h"
#include "TemplateDraft.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QtSql/QSqlDatabase>

#include <optional>

namespace podwarden {

// The local SQLite file (WAL, one connection per LocalStore): the last good account of each
// profile, metadata only, so the app shows the account at once on start and works offline. The
// account is kept as rows, one table per resource (api_keys, secrets, templates, endpoints, each
// row one item's JSON), so a change of one key rewrites one row. Session writes it from its own
// thread (SavedCopy); a LocalStore is used on the thread that opened it.
// Template drafts live here too: each save is one transaction, so a draft survives the app being
// killed at any moment, with its last saved revision intact.
//
//   LocalStore store(LocalStore::defaultPath());
//   if (!store.open()) showError(store.errorString());
//   store.saveSnapshot(profile.id, snapshot);
class LocalStore final
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
public:
    explicit LocalStore(QString path);
    ~LocalStore();
    Q_DISABLE_COPY_MOVE(LocalStore)

    static QString defaultPath(); // <AppDataLocation>/podwarden.sqlite

    // Creates the file (0600, its directory 0700) and the schema when needed.
    bool open();
    bool isOpen() const;
    QString errorString() const; // translated, names the file
    QString path() const { return m_path; }

    enum class Table { ApiKeys, Secrets, Templates, Endpoints, Pods, Deployments, PaperspaceSecrets, Events };
    // The row id of an item: its id, or for a Paperspace secret its scope and name.
    template <typename T> static QString rowId(const T& item) { return item.id; }
    static QString rowId(const ScopedPaperspaceSecret& item) { return item.id(); }

    // What a writer knows the store holds for a profile: the account it last read from it or saved
    // to it, and the rows it wrote one by one since (saveRow), by table.
    struct StoredAccount
    {
        AccountSnapshot snapshot;
        QMap<Table, QSet<QString>> changedRows;
    };
    // Replaces the profile's whole account in one transaction; false (and errorString) on failure.
    // Given what the store holds (`stored`), only the rows that differ from it are written: an item
    // equal to the stored one at the same place costs nothing, one that only moved gets its new
    // place, and 100,000 keys of which a few changed are a few rows, not 50 MB of JSON. Unless the
    // file still agrees with `stored` (its save time, its row counts), everything is written.
    bool saveSnapshot(const QString& profileId, const AccountSnapshot& snapshot, const StoredAccount* stored = nullptr);
    // nullopt when there is none or it cannot be read (a damaged row is reported and ignored).
    std::optional<AccountSnapshot> loadSnapshot(const QString& profileId);
    // One item of the account, written (`json` set) or removed, in its own transaction. A new item
    // goes after the others. Nothing is written for a profile that has no saved account yet.
    bool saveRow(const QString& profileId, Table table, const QString& id, const std::optional<QJsonObject>& json);

    // Inserts or replaces the draft (by its id).
    bool saveDraft(const TemplateDraft& draft);
    // The profile's drafts, most recently edited first; damaged ones are skipped (errorString says so).
    QList<TemplateDraft> loadDrafts(const QString& profileId);
    std::optional<TemplateDraft> loadDraft(const QString& draftId);
    bool removeDraft(const QString& draftId);

    // Everything kept for a profile that is being removed, in one transaction: its saved copy of the
    // account and its template drafts (every table with a profile_id column). False (and
    // errorString) on failure, with nothing removed.
    bool removeProfileData(const QString& profileId);

private:
    bool write(const QString& sql, const QVariantList& values, bool removing = false);
    std::optional<AccountSnapshot> loadLegacySnapshot(const QString& profileId);
    QList<TemplateDraft> readDrafts(const QString& where, const QString& key);

    QString m_path;
    QString m_connectionName;
    QString m_error;
};

} // namespace podwarden
