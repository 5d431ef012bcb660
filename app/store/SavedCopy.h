#pragma once

#include "AccountSnapshot.h"
#include "store/LocalStore.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace podwarden {

class SavedCopyWorker;

// The offline copy of the account, read and written on a thread of its own, so that neither the
// first paint nor a refresh of 100,000 keys waits for SQLite or for the JSON of the rows. Jobs run
// in the order they were asked for. A change of one item writes that item's row only.
//
//   SavedCopy copy(store.path());
//   connect(&copy, &SavedCopy::loaded, this, [](int ticket, std::optional<AccountSnapshot> s) { ... });
//   copy.load(profileId, ++ticket);
//   copy.saveRow(profileId, LocalStore::Table::ApiKeys, key.id, key.toJson());
class SavedCopy final : public QObject
{
    Q_OBJECT
public:
    explicit SavedCopy(const QString& path, QObject* parent = nullptr);
    // Waits for the writes asked for so far: nothing the user did is lost at quit.
    ~SavedCopy() override;

    // Reads the profile's saved account; loaded() follows with `ticket`.
    void load(const QString& profileId, int ticket);
    // Replaces the whole saved account (after a load from the service).
    void saveAll(const QString& profileId, const AccountSnapshot& snapshot);
    // One item written, or removed when `json` is empty.
    void saveRow(const QString& profileId, LocalStore::Table table, const QString& id,
                 const std::optional<QJsonObject>& json);
    // Blocks until every job asked for before has run (tests; the destructor).
    void flush();

signals:
    void loaded(int ticket, const std::optional<podwarden::AccountSnapshot>& snapshot);
    // A read or write failed: the store's sentence (the copy on screen is unaffected).
    void failed(const QString& message);

private:
    QThread m_thread;
    SavedCopyWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
};

} // namespace podwarden
