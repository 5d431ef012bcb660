#pragma once

#include "AccountSnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <QtSql/QSqlDatabase>

#include <optional>

namespace podwarden {

// The local SQLite file (WAL, one connection per LocalStore): the last good account snapshot of
// each profile, metadata only, so the app shows the account at once on start and works offline.
// Template drafts will live here too.
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

private:
    QString m_path;
    QString m_connectionName;
    QString m_error;
};

} // namespace podwarden
