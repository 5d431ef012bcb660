#pragma once

#include "AccessPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace podwarden {

class Session;

// One change applied to several keys (issue 20, items 3 and 4): disable, enable, revoke, set the
// expiry of or give new access to each, a few requests at a time (the rate limit is shared), each through
// AccountChanges, so the account and the saved copy follow key by key. Nothing half-done is
// hidden: finished() lists every key with its outcome, the refused ones with the service's reason.
class BulkKeyChange final : public QObject
{
    Q_OBJECT
public:
    enum class Action { Disable, Enable, Revoke, SetExpiry, SetPolicy };
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
    // For SetPolicy: each key's new access, and the access it must still have for the change to
    // go ahead (a key changed meanwhile, here or elsewhere, is refused with a reason, not overwritten).
    void setPolicies(QHash<QString, AccessPolicy> to, QHash<QString, AccessPolicy> expected)
    {
        m_policies = std::move(to);
        m_expected = std::move(expected);
    }
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
    QHash<QString, AccessPolicy> m_policies;
    QHash<QString, AccessPolicy> m_expected;
    int m_started = 0;
    int m_running = 0;
    QList<Result> m_results;
};

} // namespace podwarden
