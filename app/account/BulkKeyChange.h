#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <optional>

namespace podwarden {

class Session;

// One change applied to several keys (issue 20, item 4): disable, enable, revoke or set the
// expiry of each, a few requests at a time (the rate limit is shared), each through
// AccountChanges, so the account and the saved copy follow key by key. Nothing half-done is
// hidden: finished() lists every key with its outcome, the refused ones with the service's reason.
class BulkKeyChange final : public QObject
{
    Q_OBJECT
public:
    enum class Action { Disable, Enable, Revoke, SetExpiry };
    struct Result
    {
        QString keyId;
        QString keyName;
        bool ok = false;
        QString message; // the refusal, or what was done
    };

    BulkKeyChange(Session* session, Action action, QStringList keyIds, QObject* parent = nullptr);
    // For SetExpiry: the time (nullopt: never expires).
    void setExpiry(const std::optional<QDateTime>& at) { m_expiry = at; }
    void start();
    const QList<Result>& results() const { return m_results; }
    int succeeded() const;

signals:
    void progress(int done, int total);
    void finished();

private:
    void next();

    Session* m_session;
    Action m_action;
    QStringList m_keyIds;
    std::optional<QDateTime> m_expiry;
    int m_started = 0;
    int m_running = 0;
    QList<Result> m_results;
};

} // namespace podwarden
