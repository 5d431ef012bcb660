#include "SavedCopy.h"

#include "BackgroundThread.h"
#include "log/LogCategories.h"

#include <QMetaObject>

namespace podwarden {

// The half that lives on the thread: its own LocalStore (a SQLite connection belongs to the thread
// that opened it), opened at the first job.
class SavedCopyWorker final : public QObject
{
    Q_OBJECT
public:
    explicit SavedCopyWorker(QString path)
        : m_path(std::move(path))
    {}

    std::optional<AccountSnapshot> load(const QString& profileId)
    {
        if (!ready())
            return std::nullopt;
        auto snapshot = m_store->loadSnapshot(profileId);
        if (!snapshot && !m_store->errorString().isEmpty())
            reportFailure();
        remember(profileId, snapshot);
        return snapshot;
    }
    void saveAll(const QString& profileId, const AccountSnapshot& snapshot)
    {
        if (!ready())
            return;
        const LocalStore::StoredAccount* stored = m_stored && m_storedProfile == profileId ? &*m_stored : nullptr;
        if (m_store->saveSnapshot(profileId, snapshot, stored)) {
            remember(profileId, snapshot);
        } else {
            remember(profileId, std::nullopt);
            reportFailure();
        }
    }
    void saveRow(const QString& profileId, LocalStore::Table table, const QString& id,
                 const std::optional<QJsonObject>& json)
    {
        // Written or not, the row is no longer known to be the stored account's.
        if (m_stored && m_storedProfile == profileId)
            m_stored->changedRows[table].insert(id);
        if (ready() && !m_store->saveRow(profileId, table, id, json))
            reportFailure();
    }

signals:
    void failed(const QString& message);

private:
    bool ready()
    {
        if (!m_store) {
            m_store = std::make_unique<LocalStore>(m_path);
            if (!m_store->open())
                reportFailure();
        }
        return m_store->isOpen();
    }
    void reportFailure()
    {
        qCWarning(lcStore).noquote() << "saved copy:" << m_store->errorString();
        emit failed(m_store->errorString());
    }

    // The account the file holds for one profile, as last read or saved here (its lists shared
    // with the window's): the next save writes only what differs from it.
    void remember(const QString& profileId, const std::optional<AccountSnapshot>& snapshot)
    {
        m_storedProfile = profileId;
        if (snapshot)
            m_stored = LocalStore::StoredAccount{*snapshot, {}};
        else
            m_stored.reset();
    }

    QString m_path;
    std::unique_ptr<LocalStore> m_store;
    QString m_storedProfile;
    std::optional<LocalStore::StoredAccount> m_stored;
};

SavedCopy::SavedCopy(const QString& path, QObject* parent)
    : QObject(parent)
    , m_worker(new SavedCopyWorker(path))
{
    qRegisterMetaType<std::optional<AccountSnapshot>>();
    m_thread.setObjectName(QStringLiteral("podwarden-saved-copy"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SavedCopyWorker::failed, this, &SavedCopy::failed);
    // Writing 100,000 keys' rows takes the thread a few seconds after a refresh, while the window
    // takes the new account in: the window comes first.
    connect(&m_thread, &QThread::started, &m_thread, &runAsBackgroundThread, Qt::DirectConnection);
    m_thread.start(QThread::LowPriority);
}

SavedCopy::~SavedCopy()
{
    flush();
    m_thread.quit();
    m_thread.wait();
}

void SavedCopy::load(const QString& profileId, int ticket)
{
    QMetaObject::invokeMethod(m_worker, [this, profileId, ticket] {
        std::optional<AccountSnapshot> snapshot = m_worker->load(profileId);
        // Handed over through the event loop of the SavedCopy's thread.
        QMetaObject::invokeMethod(
            this, [this, ticket, snapshot = std::move(snapshot)] { emit loaded(ticket, snapshot); },
            Qt::QueuedConnection);
    });
}

void SavedCopy::saveAll(const QString& profileId, const AccountSnapshot& snapshot)
{
    // The lists are shared, not copied: the thread reads them while the screen may change its own.
    QMetaObject::invokeMethod(m_worker, [this, profileId, snapshot] { m_worker->saveAll(profileId, snapshot); });
}

void SavedCopy::saveRow(const QString& profileId, LocalStore::Table table, const QString& id,
                        const std::optional<QJsonObject>& json)
{
    QMetaObject::invokeMethod(m_worker,
                              [this, profileId, table, id, json] { m_worker->saveRow(profileId, table, id, json); });
}

void SavedCopy::flush()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace podwarden

#include "SavedCopy.moc"
