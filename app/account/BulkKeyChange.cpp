#include "BulkKeyChange.h"

#include "account/AccountChanges.h"
#include "account/Session.h"

namespace podwarden {

namespace {
constexpr int kAtOnce = 4; // requests in flight: quick, and gentle with the rate limit
} // namespace

BulkKeyChange::BulkKeyChange(Session* session, Action action, QStringList keyIds, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_action(action)
    , m_keyIds(std::move(keyIds))
{}

int BulkKeyChange::succeeded() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const Result& r) { return r.ok; }));
}

void BulkKeyChange::start()
{
    if (m_keyIds.isEmpty()) {
        emit finished();
        return;
    }
    for (int i = 0; i < kAtOnce; ++i)
        next();
}

void BulkKeyChange::next()
{
    if (m_started >= m_keyIds.size())
        return;
    const QString keyId = m_keyIds.at(m_started++);
    QString name = keyId;
    std::optional<AccessPolicy> held;
    for (const ApiKey& k : m_session->snapshot().apiKeys) {
        if (k.id == keyId) {
            name = k.name;
            held = k.policy;
        }
    }
    AccountChanges* changes = m_session->changes();
    ChangeRequest* request = nullptr;
    switch (m_action) {
    case Action::Disable:
        request = changes->setKeyEnabled(keyId, false);
        break;
    case Action::Enable:
        request = changes->setKeyEnabled(keyId, true);
        break;
    case Action::Revoke:
        request = changes->revokeKey(keyId);
        break;
    case Action::SetExpiry:
        request =
            changes->updateKey(keyId, std::nullopt, std::nullopt, std::optional<std::optional<QDateTime>>(m_expiry));
        break;
    case Action::SetPolicy:
        if (!held || (m_expected.contains(keyId) && *held != m_expected.value(keyId))) {
            // Not sent: what was decided on is no longer what the key holds.
            m_results.append({keyId, name, false,
                              held ? tr("%1: its access changed meanwhile; it was left as it is now.").arg(name)
                                   : tr("%1: the key is no longer in the account.").arg(name)});
            emit progress(int(m_results.size()), int(m_keyIds.size()));
            if (m_results.size() == m_keyIds.size())
                emit finished();
            else
                next();
            return;
        }
        request = changes->updateKey(keyId, std::nullopt, m_policies.value(keyId));
        break;
    }
    ++m_running;
    connect(request, &ChangeRequest::finished, this, [this, keyId, name](const ChangeOutcome& outcome) {
        m_results.append({keyId, name, outcome.ok, outcome.message});
        --m_running;
        emit progress(int(m_results.size()), int(m_keyIds.size()));
        if (m_results.size() == m_keyIds.size()) {
            emit finished();
            return;
        }
        next();
    });
}

} // namespace podwarden
