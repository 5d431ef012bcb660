#include "CredentialStore.h"

#include "log/LogCategories.h"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <qt6keychain/keychain.h>

namespace podwarden {

namespace {

// What a finished job means for us, whatever backend QtKeychain picked.
enum class Outcome { Ok, NotFound, Unavailable, Failed };

// QtKeychain 0.13.2's libsecret backend reports every D-Bus failure as OtherError with the GLib
// message as text: "Could not connect: No such file or directory" (no bus at that address),
// "Cannot autolaunch D-Bus without X11 $DISPLAY" (no bus at all), "The name org.freedesktop.secrets
// was not provided by any .service files" (a bus but no Secret Service). GLib translates some of
// these into the user's language, so they are not matched word by word. A Secret Service that did
// answer names one of its objects instead ("Object does not exist at path
// /org/freedesktop/secrets/collection/login" when there is no default keyring and no prompt can be
// shown); object paths are never translated.
Outcome classify(QKeychain::Error error, const QString& text)
{
    switch (error) {
    case QKeychain::NoError:
        return Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Outcome::Unavailable;
    case QKeychain::OtherError:
        return text.contains(QLatin1String("/org/freedesktop/secrets/")) ? Outcome::Failed : Outcome::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Outcome::Failed;
    }
    return Outcome::Failed;
}

enum class Operation { Read, Store, Remove };

QString failureMessage(Operation operation, QKeychain::Error error, const QString& text)
{
    QString what;
    switch (operation) {
    case Operation::Read:
        what = CredentialStore::tr("Your key could not be read from the system keyring.");
        break;
    case Operation::Store:
        what = CredentialStore::tr("Your key could not be saved in the system keyring.");
        break;
    case Operation::Remove:
        what = CredentialStore::tr("Your key could not be removed from the system keyring.");
        break;
    }
    QString advice;
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        advice =
            CredentialStore::tr("Access was denied. Allow Podwarden to use the keyring when asked, then try again.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        // gnome-keyring: "Cannot create an item in a locked collection" (AccessDenied) when the keyring
        // is locked and no unlock prompt can be shown; a missing default keyring ends up here too.
        advice = CredentialStore::tr("The keyring is locked or there is no default keyring. Unlock or create it "
                                     "(for example in “Passwords and Keys” or KWallet Manager), then try again.");
        break;
    default:
        advice = CredentialStore::tr("The keyring reported: %1").arg(text);
        break;
    }
    return what + QLatin1Char(' ') + advice;
}

const char* statusName(CredentialResult::Status status)
{
    switch (status) {
    case CredentialResult::Status::Ok:
        return "ok";
    case CredentialResult::Status::NotFound:
        return "not found";
    case CredentialResult::Status::SessionOnly:
        return "session only";
    case CredentialResult::Status::Failed:
        return "failed";
    }
    return "?";
}

// `done` runs only while the caller's context lives; no context means the caller always wants it.
struct ContextGuard
{
    explicit ContextGuard(QObject* context)
        : object(context)
        , required(context != nullptr)
    {}
    bool alive() const { return !required || !object.isNull(); }

    QPointer<QObject> object;
    bool required;
};

// What a finished job's error means. nullopt: the keyring did it, and the caller fills in the rest.
// A missing entry is NotFound, except for a write, where it can only be a refusal. No Secret
// Service: `inSession` answers from the session-only store instead.
template <typename InSession>
std::optional<CredentialResult> outcomeOf(QKeychain::Job* job, Operation operation, InSession inSession)
{
    CredentialResult result;
    Outcome outcome = classify(job->error(), job->errorString());
    if (outcome == Outcome::NotFound && operation == Operation::Store)
        outcome = Outcome::Failed;
    switch (outcome) {
    case Outcome::Ok:
        return std::nullopt;
    case Outcome::NotFound:
        result.status = CredentialResult::Status::NotFound;
        break;
    case Outcome::Unavailable:
        result = inSession(job->errorString());
        break;
    case Outcome::Failed:
        result.status = CredentialResult::Status::Failed;
        result.message = failureMessage(operation, job->error(), job->errorString());
        qCDebug(lcAccount) << "keyring error" << job->error() << job->errorString();
        break;
    }
    return result;
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& profileId)
{
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    // The fallback would write the key to a settings file in the clear.
    job->setInsecureFallback(false);
    job->setKey(profileId);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(QStringLiteral("Podwarden"), parent)
{}

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

CredentialStore::~CredentialStore()
{
    for (auto it = m_sessionKeys.begin(); it != m_sessionKeys.end(); ++it)
        SecretBuffer::wipe(it.value());
    m_sessionKeys.clear();
}

QString CredentialStore::unavailableMessage() const
{
    return tr("No system keyring is available, so your key is kept for this session only. To have Podwarden "
              "remember it, install and start GNOME Keyring or KWallet.");
}

void CredentialStore::readKey(const QString& profileId, QObject* context, Callback done)
{
    if (!m_keyringAvailable) {
        CredentialResult result = readFromSession(profileId);
        qCDebug(lcAccount) << "read key of profile" << profileId << "from this session ->" << statusName(result.status);
        answerLater(context, std::move(done), std::move(result));
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, profileId);
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, guard = ContextGuard(context), done = std::move(done)](QKeychain::Job* finished) {
                auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                std::optional<CredentialResult> outcome =
                    outcomeOf(finished, Operation::Read, [this, &profileId](const QString& why) {
                        markUnavailable(why);
                        return readFromSession(profileId);
                    });
                CredentialResult result;
                if (outcome) {
                    result = std::move(*outcome);
                } else {
                    // A copy for the caller; the job's storage, shared with `bytes`, is overwritten: the
                    // job has finished with it.
                    QByteArray bytes = read->binaryData();
                    result.key = SecretBuffer::takeFrom(bytes);
                    QByteArray jobCopy = read->binaryData();
                    SecretBuffer::wipeShared(jobCopy);
                }
                qCDebug(lcAccount) << "read key of profile" << profileId << "->" << statusName(result.status);
                if (guard.alive())
                    done(std::move(result));
            });
    job->start();
}

void CredentialStore::storeKey(const QString& profileId, SecretBuffer key, QObject* context, Callback done)
{
    if (!m_keyringAvailable) {
        CredentialResult result = keepForSession(profileId, key);
        qCDebug(lcAccount) << "stored key of profile" << profileId << "for this session ->"
                           << statusName(result.status);
        answerLater(context, std::move(done), std::move(result));
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, profileId);
    // The job shares the buffer's storage; the buffer lives until the job has finished, and that storage
    // is overwritten then.
    auto buffer = std::make_shared<SecretBuffer>(std::move(key));
    job->setBinaryData(buffer->bytes());
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, buffer, guard = ContextGuard(context), done = std::move(done)](QKeychain::Job* finished) {
                CredentialResult result =
                    outcomeOf(finished, Operation::Store, [this, &profileId, &buffer](const QString& why) {
                        markUnavailable(why);
                        return keepForSession(profileId, *buffer);
                    }).value_or(CredentialResult{});
                QByteArray shared = buffer->bytes();
                buffer->wipe();
                SecretBuffer::wipeShared(shared);
                qCDebug(lcAccount) << "stored key of profile" << profileId << "->" << statusName(result.status);
                if (guard.alive())
                    done(std::move(result));
            });
    job->start();
}

void CredentialStore::removeKey(const QString& profileId, QObject* context, Callback done)
{
    if (!m_keyringAvailable) {
        CredentialResult result = removeFromSession(profileId);
        qCDebug(lcAccount) << "removed key of profile" << profileId << "from this session ->"
                           << statusName(result.status);
        answerLater(context, std::move(done), std::move(result));
        return;
    }
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, profileId);
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, guard = ContextGuard(context), done = std::move(done)](QKeychain::Job* finished) {
                CredentialResult result =
                    outcomeOf(finished, Operation::Remove, [this, &profileId](const QString& why) {
                        markUnavailable(why);
                        return removeFromSession(profileId);
                    }).value_or(CredentialResult{});
                qCDebug(lcAccount) << "removed key of profile" << profileId << "->" << statusName(result.status);
                if (guard.alive())
                    done(std::move(result));
            });
    job->start();
}

void CredentialStore::markUnavailable(const QString& backendError)
{
    if (!m_keyringAvailable)
        return;
    m_keyringAvailable = false;
    m_backendError = backendError;
    qCWarning(lcAccount) << "no Secret Service, keys are kept for this session only:" << backendError;
    emit keyringAvailabilityChanged(false);
}

CredentialResult CredentialStore::readFromSession(const QString& profileId) const
{
    CredentialResult result;
    const auto it = m_sessionKeys.constFind(profileId);
    if (it == m_sessionKeys.constEnd()) {
        result.status = CredentialResult::Status::NotFound;
        return result;
    }
    // A deep copy: takeFrom wipes what it is given, and a shared copy would wipe the stored key.
    QByteArray copy(it->constData(), it->size());
    result.status = CredentialResult::Status::SessionOnly;
    result.key = SecretBuffer::takeFrom(copy);
    result.message = unavailableMessage();
    return result;
}

CredentialResult CredentialStore::keepForSession(const QString& profileId, const SecretBuffer& key)
{
    auto it = m_sessionKeys.find(profileId);
    if (it != m_sessionKeys.end())
        SecretBuffer::wipe(it.value());
    // A deep copy the map alone owns, so wiping the caller's buffer leaves it intact and vice versa.
    m_sessionKeys.insert(profileId, QByteArray(key.bytes().constData(), key.size()));
    CredentialResult result;
    result.status = CredentialResult::Status::SessionOnly;
    result.message = unavailableMessage();
    return result;
}

CredentialResult CredentialStore::removeFromSession(const QString& profileId)
{
    CredentialResult result;
    auto it = m_sessionKeys.find(profileId);
    if (it == m_sessionKeys.end()) {
        result.status = CredentialResult::Status::NotFound;
        return result;
    }
    SecretBuffer::wipe(it.value());
    m_sessionKeys.erase(it);
    return result;
}

void CredentialStore::answerLater(QObject* context, Callback done, CredentialResult result)
{
    // Shared, because the timer's functor must be copyable and the result holds a move-only key.
    auto shared = std::make_shared<CredentialResult>(std::move(result));
    QTimer::singleShot(0, context ? context : this, [shared, done = std::move(done)] { done(std::move(*shared)); });
}

} // namespace podwarden
