#include "Exports.h"

#include "ExportFile.h"
#include "ExportFormat.h"
#include "account/Session.h"
#include "service/ServiceReply.h"

#include <QThread>

namespace podwarden {

namespace {
constexpr int kProgressEvery = 2000; // keys between two progress reports
constexpr int kEventsPage = 1000;
} // namespace

KeyInventoryExport::KeyInventoryExport(QList<ApiKey> keys, QString path, QObject* parent)
    : ExportJob(parent)
    , m_keys(std::move(keys))
    , m_path(std::move(path))
{}

KeyInventoryExport::~KeyInventoryExport()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void KeyInventoryExport::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("key-export"));
    m_thread->start();
}

// On the worker: nothing here touches a QObject of the GUI thread; reports go back queued.
void KeyInventoryExport::run()
{
    const int total = int(m_keys.size());
    const auto report = [this](auto&& call) { QMetaObject::invokeMethod(this, call, Qt::QueuedConnection); };
    ExportFile file(m_path, ExportFile::formatOf(m_path), QStringLiteral("apiKeys"), ExportFormat::keyColumns());
    const bool json = file.format() == ExportFormat::Format::Json;
    if (!file.open()) {
        report([this, message = file.errorString()] { emit finished(false, message); });
        return;
    }
    for (int i = 0; i < total; ++i) {
        if (m_cancelled) {
            file.cancel();
            report([this] { emit finished(false, QString()); });
            return;
        }
        const ApiKey& key = m_keys.at(i);
        const bool written =
            json ? file.write({}, ExportFormat::keyJson(key)) : file.write(ExportFormat::keyFields(key), {});
        if (!written) {
            report([this, message = file.errorString()] { emit finished(false, message); });
            return;
        }
        if ((i + 1) % kProgressEvery == 0)
            report([this, i, total] { emit progress(i + 1, total); });
    }
    if (m_cancelled) {
        file.cancel();
        report([this] { emit finished(false, QString()); });
        return;
    }
    const bool ok = file.commit();
    report([this, ok, total, message = file.errorString()] {
        if (ok)
            emit progress(total, total);
        emit finished(ok, message);
    });
}

EventsExport::EventsExport(Session* session, EventQuery query, QString path, QObject* parent)
    : ExportJob(parent)
    , m_session(session)
    , m_query(std::move(query))
    , m_file(std::make_unique<ExportFile>(path, ExportFile::formatOf(path), QStringLiteral("events"),
                                          ExportFormat::eventColumns()))
{
    m_query.limit = kEventsPage;
}

EventsExport::~EventsExport()
{
    if (!m_finished)
        m_file->cancel();
    if (m_pending) {
        m_pending->disconnect(this); // nothing of this object runs again
        m_pending->cancel();
    }
}

void EventsExport::start()
{
    if (!m_file->open()) {
        done(false, m_file->errorString());
        return;
    }
    requestPage({});
}

void EventsExport::cancel()
{
    m_cancelled = true;
    if (m_pending)
        m_pending->cancel(); // finishes the reply, which ends the export
    else
        done(false, {});
}

void EventsExport::requestPage(const QString& cursor)
{
    EventQuery q = m_query;
    q.cursor = cursor;
    auto* reply = m_session->history(q);
    if (!reply) {
        done(false, tr("Connect to the account to export its history."));
        return;
    }
    m_pending = reply;
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        m_pending.clear();
        if (m_cancelled) {
            done(false, {});
            return;
        }
        if (!reply->ok()) {
            done(false, tr("The history could not be read: %1").arg(reply->error().message()));
            return;
        }
        const AuditEventPage& page = reply->value();
        const bool json = m_file->format() == ExportFormat::Format::Json;
        for (const AuditEvent& e : page.events) {
            if (!(json ? m_file->write({}, ExportFormat::eventJson(e))
                       : m_file->write(ExportFormat::eventFields(e), {}))) {
                done(false, m_file->errorString());
                return;
            }
        }
        emit progress(int(m_file->items()), -1);
        const QString next = page.page.hasNextPage ? page.page.nextCursor.value_or(QString()) : QString();
        if (!next.isEmpty()) {
            requestPage(next);
            return;
        }
        if (!m_file->commit()) {
            done(false, m_file->errorString());
            return;
        }
        done(true, {});
    });
}

void EventsExport::done(bool ok, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!ok)
        m_file->cancel();
    emit finished(ok, message);
}

} // namespace podwarden
