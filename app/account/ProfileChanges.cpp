#include "ProfileChanges.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "log/LogCategories.h"
#include "service/PaperspaceClient.h"
#include "service/ServiceClient.h"
#include "store/LocalStore.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace podwarden {

namespace {

// `done`, only while the caller's context lives; a caller without a context always gets it.
ProfileChanges::Callback guarded(QObject* context, ProfileChanges::Callback done)
{
    QPointer<QObject> guard(context);
    const bool required = context != nullptr;
    return [guard, required, done = std::move(done)](const ProfileChangeResult& result) {
        if (!required || guard)
            done(result);
    };
}

QString refusedProblem(const ServiceError& error)
{
    const QString host = error.host.isEmpty() ? ProfileChanges::tr("The service") : error.host;
    return ProfileChanges::tr("%1 refused this key (%2). Check that you pasted the whole key and that it has not "
                              "been disabled or revoked.")
        .arg(host, error.serviceDetail().isEmpty() ? ProfileChanges::tr("HTTP 401") : error.serviceDetail());
}

// What the service's answer to the check means for the person who pasted the key.
QString checkProblem(const ServiceError& error)
{
    switch (error.kind) {
    case ServiceError::Kind::Unauthorized:
        return refusedProblem(error);
    case ServiceError::Kind::Forbidden:
        return ProfileChanges::tr("This key is valid, but it cannot read the account (%1). Podwarden needs a key with "
                                  "API read access: All, Read Only, or Restricted with API Read.")
            .arg(error.serviceDetail().isEmpty() ? ProfileChanges::tr("HTTP 403") : error.serviceDetail());
    default:
        return error.message();
    }
}

// The same for Paperspace, whose check reads the profile's project: a key that works can still be
// one of another team, or the project id can be mistyped, and Paperspace answers both with 403 or 404.
QString paperspaceCheckProblem(const ServiceError& error, const QString& projectId)
{
    switch (error.kind) {
    case ServiceError::Kind::Unauthorized:
        return refusedProblem(error);
    case ServiceError::Kind::Forbidden:
    case ServiceError::Kind::NotFound:
        return ProfileChanges::tr("This key cannot see the Paperspace project %1 (%2). Check that the project id is "
                                  "right and that the key belongs to the team that owns the project.")
            .arg(projectId, error.serviceDetail().isEmpty() ? ProfileChanges::tr("HTTP %1").arg(error.httpStatus)
                                                            : error.serviceDetail());
    default:
        return error.message();
    }
}

} // namespace

ProfileChanges::ProfileChanges(ProfileStore* profiles, CredentialStore* credentials, LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_store(store)
{}

ProfileChanges::~ProfileChanges() = default;

QList<Profile> ProfileChanges::profiles() const
{
    return m_profiles->profiles();
}

std::optional<Profile> ProfileChanges::profile(const QString& id) const
{
    return m_profiles->profile(id);
}

void ProfileChanges::checkKey(const Profile& profile, SecretBuffer key, QObject* context, Callback done)
{
    Callback answer = guarded(context, std::move(done));
    const auto answerLater = [this, answer](const QString& problem) {
        QTimer::singleShot(0, this, [answer, problem] { answer(ProfileChangeResult{problem, {}}); });
    };
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        answerLater(problem);
        return;
    }
    if (key.isEmpty()) {
        answerLater(tr("Paste the API key to connect with. Create one in the cloud console's settings."));
        return;
    }
    if (profile.isPaperspace()) {
        checkPaperspaceKey(profile, std::move(key), std::move(answer));
        return;
    }
    ServiceConfig config;
    config.managementBase = profile.managementBase;
    config.invocationBase = profile.invocationBase;
    config.caFile = profile.caFile;
    // Its own client, gone with the answer: nothing of the check outlives it.
    auto* client = new ServiceClient(config, this);
    if (!client->configurationError().isEmpty()) {
        answerLater(client->configurationError());
        client->deleteLater();
        return;
    }
    client->setKey(std::move(key));
    auto* reply = client->checkKey();
    connect(reply, &ServiceReply::finished, this, [reply, client, answer] {
        ProfileChangeResult result;
        if (!reply->ok())
            result.problem = checkProblem(reply->error());
        qCInfo(lcAccount).noquote() << "key check:"
                                    << (result.ok() ? QStringLiteral("accepted") : toWireString(reply->error().kind));
        client->deleteLater();
        answer(result);
    });
}

void ProfileChanges::checkPaperspaceKey(const Profile& profile, SecretBuffer key, Callback answer)
{
    PaperspaceConfig config;
    config.base = profile.managementBase;
    config.caFile = profile.caFile;
    // Its own client, gone with the answer, as for Runpod.
    auto* client = new PaperspaceClient(config, this);
    if (!client->configurationError().isEmpty()) {
        const QString problem = client->configurationError();
        QTimer::singleShot(0, this, [answer, problem] { answer(ProfileChangeResult{problem, {}}); });
        client->deleteLater();
        return;
    }
    client->setKey(std::move(key));
    auto* reply = client->checkKey(profile.projectId);
    connect(reply, &ServiceReply::finished, this, [reply, client, answer, projectId = profile.projectId] {
        ProfileChangeResult result;
        if (!reply->ok())
            result.problem = paperspaceCheckProblem(reply->error(), projectId);
        qCInfo(lcAccount).noquote() << "Paperspace key check:"
                                    << (result.ok() ? QStringLiteral("accepted") : toWireString(reply->error().kind));
        client->deleteLater();
        answer(result);
    });
}

void ProfileChanges::save(const Profile& profile, std::optional<SecretBuffer> key, QObject* context, Callback done)
{
    if (!key) {
        if (const QString problem = profile.validate(); !problem.isEmpty()) {
            Callback answer = guarded(context, std::move(done));
            QTimer::singleShot(0, this, [answer, problem] { answer(ProfileChangeResult{problem, {}}); });
            return;
        }
        store(profile, std::nullopt, context, std::move(done));
        return;
    }
    // The check consumes its buffer; the keyring gets the other copy only once the service said yes,
    // and only while the caller still wants it (a dialog cancelled during the check saves nothing).
    auto kept = std::make_shared<SecretBuffer>(key->clone());
    checkKey(profile, std::move(*key), context,
             [this, profile, kept, context, done = std::move(done)](const ProfileChangeResult& checked) {
                 if (!checked.ok()) {
                     done(checked);
                     return;
                 }
                 store(profile, std::move(*kept), context, done);
             });
}

void ProfileChanges::store(const Profile& profile, std::optional<SecretBuffer> key, QObject* context, Callback done)
{
    Callback answer = guarded(context, std::move(done));
    m_profiles->save(profile);
    m_profiles->sync();
    qCInfo(lcAccount) << "saved profile" << profile.id << (key ? "with a new key" : "");
    if (!key || !m_credentials) {
        emit profilesChanged();
        QTimer::singleShot(0, this, [answer] { answer(ProfileChangeResult{}); });
        return;
    }
    m_credentials->storeKey(profile.id, std::move(*key), this, [this, answer](CredentialResult stored) {
        ProfileChangeResult result;
        if (stored.status == CredentialResult::Status::SessionOnly || stored.status == CredentialResult::Status::Failed)
            result.notice = stored.message;
        emit profilesChanged();
        answer(result);
    });
}

void ProfileChanges::remove(const QString& profileId, QObject* context, Callback done)
{
    Callback answer = guarded(context, std::move(done));
    m_profiles->remove(profileId);
    m_profiles->sync();
    auto notices = std::make_shared<QStringList>();
    if (m_store && m_store->isOpen() && !m_store->removeProfileData(profileId))
        *notices << m_store->errorString();
    qCInfo(lcAccount) << "removed profile" << profileId;
    const auto finish = [this, notices, answer] {
        emit profilesChanged();
        answer(ProfileChangeResult{{}, notices->join(QLatin1Char(' '))});
    };
    if (!m_credentials) {
        QTimer::singleShot(0, this, finish);
        return;
    }
    m_credentials->removeKey(profileId, this, [notices, finish](CredentialResult removed) {
        if (removed.status == CredentialResult::Status::Failed)
            *notices << removed.message;
        finish();
    });
}

} // namespace podwarden
