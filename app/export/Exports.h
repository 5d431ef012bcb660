#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace podwarden {

class ExportFile;
class ServiceReply;
class Session;

// An export under way (issue 19, item 4): progress as it goes, cancel at any time (nothing is left
// behind then), finished() once. A page shows it in a progress dialog.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0;
    bool isCancelled() const { return m_cancelled; }

signals:
    // `total` is -1 when it is not known ahead (events are paged in from the service).
    void progress(int written, int total);
    // `ok` false: `message` says what went wrong (translated); a cancel finishes with ok false and
    // no message.
    void finished(bool ok, const QString& message);

protected:
    std::atomic<bool> m_cancelled{false};
};

// The key inventory: the keys given (the list as shown), written on a worker thread.
class KeyInventoryExport final : public ExportJob
{
    Q_OBJECT
public:
    KeyInventoryExport(QList<ApiKey> keys, QString path, QObject* parent = nullptr);
    ~KeyInventoryExport() override; // cancels and waits for the worker
    void start() override;
    void cancel() override { m_cancelled = true; }

private:
    void run();

    QList<ApiKey> m_keys; // shares the session's keys until they change
    QString m_path;
    QThread* m_thread = nullptr;
};

// The events of a filter, every page read from the service (1,000 a page) and written as it
// arrives. Needs a connection.
class EventsExport final : public ExportJob
{
    Q_OBJECT
public:
    EventsExport(Session* session, EventQuery query, QString path, QObject* parent = nullptr);
    ~EventsExport() override;
    void start() override;
    void cancel() override;

private:
    void requestPage(const QString& cursor);
    void done(bool ok, const QString& message);

    Session* m_session;
    EventQuery m_query;
    std::unique_ptr<ExportFile> m_file;
    QPointer<ServiceReply> m_pending;
    bool m_finished = false;
};

} // namespace podwarden
