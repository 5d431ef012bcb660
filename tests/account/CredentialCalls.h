#pragma once

#include "account/CredentialStore.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

namespace podwarden {

// QCOMPARE prints statuses by name.
inline char* toString(CredentialResult::Status status)
{
    switch (status) {
    case CredentialResult::Status::Ok:
        return qstrdup("Ok");
    case CredentialResult::Status::NotFound:
        return qstrdup("NotFound");
    case CredentialResult::Status::SessionOnly:
        return qstrdup("SessionOnly");
    case CredentialResult::Status::Failed:
        return qstrdup("Failed");
    }
    return qstrdup("?");
}

namespace test {

// Each call waits for the store's answer, at most 30 s, so a D-Bus call that hangs fails the test
// with a message instead of running into ctest's timeout. nullopt: no answer in time.
class CredentialCalls final
{
public:
    static constexpr int kTimeoutMs = 30000;

    static std::optional<CredentialResult> read(CredentialStore& store, const QString& profileId)
    {
        return wait([&](QObject* context, CredentialStore::Callback done) {
            store.readKey(profileId, context, std::move(done));
        });
    }

    static std::optional<CredentialResult> store(CredentialStore& store, const QString& profileId,
                                                 const QByteArray& key)
    {
        // A deep copy: takeFrom wipes its argument's storage, which `key` would otherwise share.
        QByteArray copy(key.constData(), key.size());
        return wait([&](QObject* context, CredentialStore::Callback done) {
            store.storeKey(profileId, SecretBuffer::takeFrom(copy), context, std::move(done));
        });
    }

    static std::optional<CredentialResult> remove(CredentialStore& store, const QString& profileId)
    {
        return wait([&](QObject* context, CredentialStore::Callback done) {
            store.removeKey(profileId, context, std::move(done));
        });
    }

private:
    template <typename Start> static std::optional<CredentialResult> wait(Start start)
    {
        // Shared, so an answer arriving after the timeout writes somewhere valid.
        auto answer = std::make_shared<std::optional<CredentialResult>>();
        QObject context;
        start(&context, [answer](CredentialResult result) { *answer = std::move(result); });
        if (!QTest::qWaitFor([&] { return answer->has_value(); }, kTimeoutMs))
            return std::nullopt;
        return std::move(*answer);
    }
};

} // namespace test
} // namespace podwarden
