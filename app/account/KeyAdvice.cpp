#include "KeyAdvice.h"

#include "Clock.h"
#include "account/Session.h"
#include "service/ServiceClient.h"

namespace podwarden {

namespace {
constexpr int kAtOnce = 4; // reads in flight: quick, and gentle with the rate limit
} // namespace

KeyAdvice::KeyAdvice(Session* session, QStringList keyIds, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    QHash<QString, const ApiKey*> byId;
    if (session) {
        for (const ApiKey& k : session->snapshot().apiKeys)
            byId.insert(k.id, &k);
    }
    for (const QString& id : keyIds) {
        Item item;
        if (const ApiKey* k = byId.value(id))
            item.key = *k;
        else
            item.key.id = id;
        item.suggestion.keyId = id;
        m_items.append(item);
    }
}

QList<KeyAdvice::Item> KeyAdvice::narrower() const
{
    QList<Item> out;
    for (const Item& item : m_items) {
        if (item.suggestion.isNarrower())
            out.append(item);
    }
    return out;
}

void KeyAdvice::start()
{
    if (m_items.isEmpty()) {
        emit finished();
        return;
    }
    for (int i = 0; i < kAtOnce; ++i)
        next();
}

void KeyAdvice::next()
{
    if (m_started >= m_items.size())
        return;
    const int index = m_started++;
    Item& item = m_items[index];
    if (item.key.name.isEmpty()) {
        settle(index, std::nullopt, tr("The key is no longer in the account."));
        return;
    }
    if (item.key.legacy) { // nothing to read: a legacy key's access cannot be narrowed
        item.suggestion = LeastPrivilege::suggest(item.key, {}, Clock::current().now());
        settle(index, std::nullopt, {});
        return;
    }
    auto* reply = m_session ? m_session->keyUsage(item.key.id) : nullptr;
    if (!reply) {
        settle(index, std::nullopt, tr("Connect to the account to read how the key was used."));
        return;
    }
    connect(reply, &ServiceReply::finished, this, [this, reply, index] {
        if (reply->ok())
            settle(index, reply->value(), {});
        else
            settle(index, std::nullopt, reply->error().message());
    });
}

void KeyAdvice::settle(int index, std::optional<KeyUsage> usage, const QString& error)
{
    Item& item = m_items[index];
    if (usage) {
        item.suggestion = LeastPrivilege::suggest(item.key, *usage, Clock::current().now());
        item.usage = std::move(usage);
    }
    item.error = error;
    ++m_done;
    emit progress(m_done, int(m_items.size()));
    if (m_done == m_items.size()) {
        emit finished();
        return;
    }
    next();
}

} // namespace podwarden
