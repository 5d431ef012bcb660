#pragma once

#include "AccountSnapshot.h"
#include "TemplateDraft.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QtSql/QSqlDatabase>

#include <optional>

namespace podwarden {

// The local SQLite file (WAL, one connection per LocalStore): the last good account snapshot of
// each profile, metadata only, so the app shows the account at once on start and works offline.
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

    // Replaces the profile's snapshot in one transaction; false (and errorString) on failure.
    bool saveSnapshot(const QString& profileId, const AccountSnapshot& snapshot);
    // nullopt when there is none or it cannot be read (a damaged row is reported and ignored).
    std::optional<AccountSnapshot> loadSnapshot(const QString& profileId);
    bool removeSnapshot(const QString& profileId);

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
    QList<TemplateDraft> readDrafts(const QString& where, const QString& key);

    QString m_path;
    QString m_connectionName;
    QString m_error;
};

} // namespace podwarden
