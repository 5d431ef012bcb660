#pragma once

#include "account/Profile.h"
#include "secrethandling/SecretBuffer.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace podwarden {

class CredentialStore;
class LocalStore;
class ProfileStore;

// What became of a profile change. `problem` set: nothing was changed (a key the service refused,
// an address it could not reach, a profile that does not validate). `notice` set: the change was
// made, with something the user should know (the keyring kept the key for this session only).
struct ProfileChangeResult
{
    QString problem;
    QString notice;
    bool ok() const { return problem.isEmpty(); }
};

// The one place that adds, edits and removes profiles. A pasted key is checked with one read
// against the profile's own service (Runpod: GET /v2/templates?limit=1; Paperspace: the first
// secret of the profile's project, GET /v1/projects/{id}/secrets?limit=1) before anything is saved,
// so a mistyped key, a revoked one, a key without API read or one that cannot see the project never
// lands in the keyring. Removing a
// profile removes its key from the keyring and its saved copy and drafts from the local store.
// Dialogs ask it and show what it answers; they make no calls of their own.
//
//   changes->save(profile, std::move(key), this, [this](const ProfileChangeResult& r) {
//       if (!r.ok()) showProblem(r.problem); else accept();
//   });
class ProfileChanges final : public QObject
{
    Q_OBJECT
public:
    ProfileChanges(ProfileStore* profiles, CredentialStore* credentials, LocalStore* store, QObject* parent = nullptr);
    ~ProfileChanges() override;

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> profile(const QString& id) const;

    using Callback = std::function<void(const ProfileChangeResult&)>;
    // Each calls `done` once, from the event loop, unless `context` is gone by then.

    // Only the check: the service's answer in a sentence (`problem`), or ok.
    void checkKey(const Profile& profile, SecretBuffer key, QObject* context, Callback done);
    // Inserts or replaces `profile` (by id). With a key, the key is checked first and stored in the
    // keyring after; without one, a stored key stays as it is. Nothing is saved when the check
    // fails, or when `context` is gone before the service answered.
    void save(const Profile& profile, std::optional<SecretBuffer> key, QObject* context, Callback done);
    // Removes the profile, its keyring entry, and its saved copy and drafts.
    void remove(const QString& profileId, QObject* context, Callback done);

signals:
    void profilesChanged();

private:
    void checkPaperspaceKey(const Profile& profile, SecretBuffer key, Callback answer);
    void store(const Profile& profile, std::optional<SecretBuffer> key, QObject* context, Callback done);

    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    LocalStore* m_store;
};

} // namespace podwarden
